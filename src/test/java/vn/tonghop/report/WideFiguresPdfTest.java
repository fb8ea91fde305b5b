package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

import net.sf.jasperreports.engine.JRElement;

import vn.tonghop.form.Form;
import vn.tonghop.form.FormLoader;
import vn.tonghop.form.TestForms;
import vn.tonghop.system.Messages;
import vn.tonghop.system.TestMessages;

/**
 * A figure in a report's PDF table is never split over two lines. A large province's totals have seven digits
 * ("1.234.567" members; "−1.234.567,8" million đồng of change), wider than some columns at the tables' 10 pt: such a
 * figure is set smaller in its cell, whole, rather than broken after its comma ("−52.274," over "9").
 */
class WideFiguresPdfTest {

	/** The widest figure a province's report can be expected to hold: a change of seven digits and a decimal. */
	private static final String WIDE = "−9.999.999,9";

	private static final ReportTemplates TEMPLATES = new ReportTemplates();

	private static final Messages MESSAGES = TestMessages.vietnamese();

	private static final Form ANNUAL = new FormLoader()
		.load(new ClassPathResource("sampledata/forms/bieu02-nam-2021.yaml"));

	static Stream<ReportTable> tables() {
		UnitFigures none = new UnitFigures(List.of());
		return Stream.of(new SummaryTable(TestForms.bieu01(), MESSAGES).table(none, Optional.empty(), Optional.empty()),
				new SummaryTable(TestForms.bieu01(), MESSAGES).table(none, Optional.of(2017), Optional.of(none)),
				new SummaryTable(ANNUAL, MESSAGES).table(none, Optional.empty(), Optional.empty()),
				new SummaryTable(ANNUAL, MESSAGES).table(none, Optional.of(2020), Optional.of(none)),
				new ChildrenTable(TestForms.bieu01(), MESSAGES, "CDCS")
					.table(List.of(Map.of("name", "Liên đoàn Lao động thành phố Hồ Chí Minh"))),
				MidtermReportBuilder.targetsTable(MESSAGES, List.of(Map.of("name", "Kết nạp đoàn viên mới"))));
	}

	@ParameterizedTest
	@MethodSource("tables")
	void everyFigureStaysWholeOnOneLine(ReportTable real) throws Exception {
		List<ReportTable.Column> figures = real.columns().stream().filter(c -> c.align() == ReportTable.Align.RIGHT).toList();
		assertThat(figures).isNotEmpty();
		List<Map<String, ?>> rows = new ArrayList<>();
		for (Map<String, ?> row : real.rows()) {
			Map<String, Object> wide = new LinkedHashMap<>(row);
			if (!Boolean.TRUE.equals(row.get("section"))) {
				figures.forEach(c -> wide.put(c.key(), WIDE));
			}
			rows.add(wide);
		}
		long cells = rows.stream().filter(row -> !Boolean.TRUE.equals(row.get("section"))).count() * figures.size();
		ReportTable table = new ReportTable(real.layout(), real.columns(), rows);

		String text = text(pdf(table));

		assertThat(Pattern.compile(Pattern.quote(WIDE)).matcher(text).results().count()).as(table.layout())
			.isEqualTo(cells);
	}

	/**
	 * The Java table gives each column the width its JRXML gives it: the words are fitted to the Java widths (a
	 * section row's cells, which span the table, are left out).
	 */
	@Test
	void theTablesWidthsAreTheirTemplatesWidths() {
		tables().forEach(table -> {
			JRElement[] elements = TEMPLATES.get(table.layout()).getDetailSection().getBands()[0].getElements();
			int[] template = Arrays.stream(elements)
				.filter(e -> e.getPrintWhenExpression() == null || e.getPrintWhenExpression().getText().equals("!$F{section}"))
				.sorted(Comparator.comparingInt(JRElement::getX))
				.mapToInt(JRElement::getWidth)
				.toArray();
			assertThat(table.columns().stream().mapToInt(ReportTable.Column::width).toArray()).as(table.layout())
				.containsExactly(template);
		});
	}

	private static byte[] pdf(ReportTable table) throws Exception {
		MidtermDocument document = new MidtermDocument(
				new MidtermDocument.Header(List.of("TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM"),
						List.of("LIÊN ĐOÀN LAO ĐỘNG", "TỈNH MỘT"), "Số: 1/BC-LĐLĐ", "Một, ngày 15 tháng 12 năm 2020",
						"BÁO CÁO", "Số liệu"),
				List.of(Block.caption("Bảng 1. Số liệu"), Block.table(table)),
				new MidtermDocument.Closing("Nơi nhận:", List.of("- Lưu VP."), "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Văn Ba"),
				null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfWriter(TEMPLATES, MESSAGES).write(document, "Báo cáo", out);
		return out.toByteArray();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// Content-stream order: JasperReports writes each text element whole, a line of it at a time.
			stripper.setSortByPosition(false);
			return stripper.getText(document);
		}
	}
}
