package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.tonghop.system.TestMessages;

/**
 * The DOCX written as text reads back in Apache POI as the document it describes: text that XML must escape or
 * cannot hold, spaces at the ends of a run, a table's repeated heading and its section lines, the annex on a page of
 * its own, the page headers and a published version's subject.
 */
class DocxWriterTest {

	private static final String CHART_TITLE = "Số \"đoàn viên\" & <nữ> 2018–2020";

	private static final Instant CREATED = Instant.parse("2020-12-15T03:04:05Z");

	private static final String TRICKY = " Tệp \"A&B\" <đã sửa> ]]> ngày 1\u0007 ";

	@Test
	void whatIsWrittenReadsBackInPoi() throws Exception {
		ReportTable table = new ReportTable("summary-table",
				List.of(new ReportTable.Column("code", "Mã", 60, ReportTable.Align.CENTER),
						new ReportTable.Column("name", "Nội dung", 147, ReportTable.Align.LEFT),
						new ReportTable.Column("value", "Năm 2020", 50, ReportTable.Align.RIGHT)),
				List.of(Map.of("section", true, "code", "I", "name", "LAO ĐỘNG"),
						Map.of("code", "LD01", "name", "Tổng số lao động", "value", "1.234")));
		MidtermDocument document = new MidtermDocument(
				new MidtermDocument.Header(List.of("LIÊN ĐOÀN LAO ĐỘNG", "TỈNH MỘT"), List.of("LIÊN ĐOÀN LAO ĐỘNG", "HUYỆN HAI"),
						"Số: 12/BC-LĐLĐ", "Hai, ngày 15 tháng 12 năm 2020", "BÁO CÁO", "Số liệu sơ kết"),
				List.of(new Block(Block.Kind.PARAGRAPH, TRICKY, null, null), new Block(Block.Kind.TABLE, null, table, null),
						new Block(Block.Kind.CHART, null, null, chart())),
				new MidtermDocument.Closing("Nơi nhận:", List.of("- Như trên;"), "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Văn Ba"),
				new MidtermDocument.Annex("PHỤ LỤC", "(Kèm theo Báo cáo số 12/BC-LĐLĐ)", table))
			.published("Bản phát hành số 12 & lần tổng hợp số 3");
		java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closed.set(true);
			}
		};
		new DocxWriter(TestMessages.vietnamese(), Clock.fixed(CREATED, ZoneOffset.UTC)).write(document, out);
		// The caller's stream stays open: it is the caller's to close.
		assertThat(closed).isFalse();

		// Word drops spaces at the ends of a run unless told to keep them (POI reads them back either way).
		assertThat(part(out.toByteArray(), "word/document.xml")).contains("<w:t xml:space=\"preserve\"> Tệp \"A&amp;B\"");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<XWPFParagraph> paragraphs = docx.getParagraphs();
			// A control character XML cannot hold is written as "?"; everything else, spaces at both ends included,
			// comes back as it was.
			assertThat(paragraphs).extracting(XWPFParagraph::getText).contains(" Tệp \"A&B\" <đã sửa> ]]> ngày 1? ");
			XWPFParagraph body = paragraphs.stream().filter(p -> p.getText().contains("A&B")).findFirst().orElseThrow();
			assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
			assertThat(body.getFirstLineIndent()).isEqualTo(567);
			assertThat(body.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);

			// The header's two columns, the body table, the signature, the annex's table.
			List<XWPFTable> tables = docx.getTables();
			assertThat(tables).hasSize(4);
			// Each name on its lines, broken where the PDF breaks them.
			assertThat(tables.get(0).getRow(0).getCell(0).getText()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG\nTỈNH MỘT"
					+ "LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN HAISố: 12/BC-LĐLĐ");
			// Each column holds its lines with 5 pt to spare: the national title in bold 12 pt, the left block's lines
			// as HeaderLines wraps them. LibreOffice broke the title before "NAM" when it filled its column to 2 pt.
			double nation = new FontMeasure(12f, true, TestMessages.vietnamese().locale())
				.width(TestMessages.vietnamese().get("report.nation"));
			assertThat(tables.get(0).getRow(0).getCell(1).getWidth() / 20.0 - nation).isGreaterThanOrEqualTo(5);
			assertThat(tables.get(0).getRow(0).getCell(0).getWidth() / 20.0 - HeaderLines.WIDTH).isGreaterThanOrEqualTo(5);
			XWPFTable figures = tables.get(1);
			assertThat(figures.getRow(0).isRepeatHeader()).isTrue();
			assertThat(figures.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("Mã", "Nội dung",
					"Năm 2020");
			assertThat(figures.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly("I", "LAO ĐỘNG");
			assertThat(figures.getRow(1).getCell(1).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
			assertThat(figures.getRow(2).getTableCells()).extracting(c -> c.getText()).containsExactly("LD01",
					"Tổng số lao động", "1.234");
			assertThat(figures.getRow(2).getCell(2).getParagraphs().get(0).getAlignment())
				.isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(figures.getRow(2).isCantSplitRow()).isTrue();
			assertThat(tables.get(2).getRow(0).getCell(1).getText()).endsWith("Lê Văn Ba");

			XWPFParagraph annexTitle = paragraphs.stream().filter(p -> p.getText().equals("PHỤ LỤC")).findFirst()
				.orElseThrow();
			assertThat(paragraphs.get(paragraphs.indexOf(annexTitle) - 1).isPageBreak()).isTrue();
			assertThat(paragraphs.get(paragraphs.size() - 1).getText()).isEqualTo("Bản phát hành số 12 & lần tổng hợp số 3");
			assertThat(docx.getProperties().getCoreProperties().getSubject())
				.isEqualTo("Bản phát hành số 12 & lần tổng hợp số 3");
			assertThat(docx.getProperties().getCoreProperties().getCreated()).isEqualTo(Date.from(CREATED));

			// The chart is a picture whose alternative text is its title, quotes and all.
			assertThat(docx.getAllPictures()).hasSize(1);
			var picture = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
				.flatMap(r -> r.getEmbeddedPictures().stream()).findFirst().orElseThrow();
			assertThat(picture.getDescription()).isEqualTo(CHART_TITLE);
			assertThat(picture.getCTPicture().getNvPicPr().getCNvPr().getDescr()).isEqualTo(CHART_TITLE);

			XWPFHeaderFooterPolicy headers = docx.getHeaderFooterPolicy();
			assertThat(headers.getFirstPageHeader().getText()).isBlank();
			assertThat(headers.getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr())
				.isEqualTo("PAGE");
			var margins = docx.getDocument().getBody().getSectPr().getPgMar();
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
				.extracting(Object::toString)
				.containsExactly("1134", "1134", "1701", "851");
		}
	}

	private static org.jfree.chart.JFreeChart chart() {
		var data = new org.jfree.data.category.DefaultCategoryDataset();
		data.addValue(117, "Đoàn viên", "2020");
		return org.jfree.chart.ChartFactory.createBarChart(CHART_TITLE, null, null, data);
	}

	private static String part(byte[] docx, String name) throws java.io.IOException {
		try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " is missing");
	}
}
