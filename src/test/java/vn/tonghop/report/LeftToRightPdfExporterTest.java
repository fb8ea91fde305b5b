package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;

import net.sf.jasperreports.pdf.JRPdfExporter;

import vn.tonghop.system.TestMessages;

/**
 * The reports' PDF exporter lays every page out exactly as JasperReports' own does: justified paragraphs that wrap,
 * a heading, a table, and a paragraph with Hebrew in it (which still goes through the bidirectional algorithm).
 */
class LeftToRightPdfExporterTest {

	private static final ReportTemplates TEMPLATES = new ReportTemplates();

	@Test
	void everyPageIsLaidOutAsJasperReportsOwnExporterLaysItOut() throws Exception {
		// The widths of reports/summary-table.jrxml's seven columns.
		ReportTable table = new ReportTable("summary-table",
				List.of(new ReportTable.Column("code", "Mã", 60, ReportTable.Align.CENTER),
						new ReportTable.Column("name", "Nội dung", 147, ReportTable.Align.LEFT),
						new ReportTable.Column("unit", "Đơn vị tính", 56, ReportTable.Align.CENTER),
						new ReportTable.Column("y1", "Năm 2018", 50, ReportTable.Align.RIGHT),
						new ReportTable.Column("y2", "Năm 2019", 50, ReportTable.Align.RIGHT),
						new ReportTable.Column("y3", "Năm 2020", 50, ReportTable.Align.RIGHT),
						new ReportTable.Column("period", "Cả giai đoạn", 54, ReportTable.Align.RIGHT)),
				List.of(Map.of("section", true, "code", "I", "name", "LAO ĐỘNG"),
						Map.of("code", "LD01", "name", "Tổng số công nhân, viên chức, lao động tại đơn vị", "unit",
								"người", "y1", "1.140", "y2", "1.332", "y3", "1.454", "period", "1.454")));
		String paragraph = "Năm 2020, tổng số công nhân, viên chức, lao động (CNVCLĐ) tại đơn vị là 1.454 người, tăng 314 "
				+ "người (27,5%) so với năm 2018; thu nhập bình quân đạt 7,8 triệu đồng/người/tháng. ";
		MidtermDocument document = new MidtermDocument(
				new MidtermDocument.Header(List.of("LIÊN ĐOÀN LAO ĐỘNG", "TỈNH MỘT"),
						List.of("LIÊN ĐOÀN LAO ĐỘNG", "HUYỆN HAI"), "Số: 12/BC-LĐLĐ", "Hai, ngày 15 tháng 12 năm 2020",
						"BÁO CÁO", "Số liệu sơ kết giữa nhiệm kỳ"),
				List.of(Block.heading("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT"), Block.paragraph(paragraph.repeat(4)),
						Block.caption("Bảng 1. Số liệu"), Block.table(table),
						Block.paragraph("Công ty TNHH שלום Việt Nam (tên có chữ viết từ phải sang trái) 2020."),
						Block.heading("IV. KIẾN NGHỊ"), Block.paragraph(paragraph)),
				new MidtermDocument.Closing("Nơi nhận:", List.of("- Như trên;", "- Lưu VP."), "TM. BAN THƯỜNG VỤ",
						"CHỦ TỊCH", "Lê Văn Ba"),
				null);

		PdfReader ours = new PdfReader(pdf(document, LeftToRightPdfExporter::new));
		PdfReader theirs = new PdfReader(pdf(document, JRPdfExporter::new));

		assertThat(ours.getNumberOfPages()).isEqualTo(theirs.getNumberOfPages()).isGreaterThan(0);
		for (int page = 1; page <= ours.getNumberOfPages(); page++) {
			assertThat(new String(ours.getPageContent(page), StandardCharsets.ISO_8859_1)).as("page %d", page)
				.isEqualTo(new String(theirs.getPageContent(page), StandardCharsets.ISO_8859_1));
		}
	}

	private static byte[] pdf(MidtermDocument document, Supplier<JRPdfExporter> exporter) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfWriter(TEMPLATES, TestMessages.vietnamese(), exporter).write(document, "Báo cáo", out);
		return out.toByteArray();
	}
}
