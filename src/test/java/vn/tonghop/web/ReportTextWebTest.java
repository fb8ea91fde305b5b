package vn.tonghop.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tonghop.outputs.ReportService;
import vn.tonghop.reporttext.ReportPart;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff finish their unit's report on the web: the draft shows, a saved section and signer go into the PDF and the
 * DOCX at once, the change is kept with who made it, "back to the draft" is one click, and a sibling district's
 * report can be neither read nor written.
 */
class ReportTextWebTest extends WebTestSupport {

	@Autowired
	ReportService reports;

	@Autowired
	vn.tonghop.rounds.Rounds rounds;

	private static final String PROPOSALS = "Đề nghị Huyện ủy quan tâm chỉ đạo thành lập công đoàn ở các doanh nghiệp mới.";

	private Path report(String extension) {
		return dataDirectory.outputs().resolve("latest/reports/TN-DMC." + extension);
	}

	private static String pdfText(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String docxText(Path docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))
					+ document.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
		}
	}

	private long proposalEdits() {
		return jdbc.sql("SELECT COUNT(*) FROM report_edit WHERE unit_code = 'TN-DMC' AND part = 'PROPOSALS'")
			.query(Long.class).single();
	}

	@Test
	void aDistrictWritesItsSectionsAndSignerAndTheyGoIntoThePdfAndTheWordFile() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		String page = dmc.get("/reports/text/TN-DMC").body();
		// The draft from the sample's figures: org-units.csv has 23 CĐCS of TN-DMC standing at the end of 2020;
		// TN-DMC-CS08 sent nothing and TN-DMC-CS14's only file is returned (E2), so 21 reported: 21/23 = 91,3 %.
		assertThat(page).contains("I.1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ", "IV. Kiến nghị",
				"Năm 2020, 21/23 công đoàn cơ sở đã gửi báo cáo được chấp nhận (91,3%).",
				"Đang dùng bản dự thảo viết từ số liệu.");

		long before = proposalEdits();
		var saved = dmc.postForm("/reports/text/TN-DMC", Map.of("PROPOSALS", PROPOSALS, "SIGNER_NAME", "Phạm Văn Ký",
				"SIGNER_TITLE", "PHÓ CHỦ TỊCH", "SIGN_ON_BEHALF", "KT. CHỦ TỊCH"), true);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(pdfText(report("pdf"))).contains(PROPOSALS + "./.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Ký")
			.doesNotContain("(Phần này do đơn vị soạn: kiến nghị");
		assertThat(docxText(report("docx"))).contains(PROPOSALS, "Phạm Văn Ký");
		String after = dmc.get("/reports/text/TN-DMC").body();
		assertThat(after).contains("Đã lưu. Báo cáo PDF và Word của đơn vị đã được xuất lại.", "Đơn vị đã sửa phần này.",
				"Về bản dự thảo");
		assertThat(after).contains("<td>" + DISTRICT + "</td>");

		assertThat(dmc.postForm("/reports/text/TN-DMC/draft", Map.of("part", "PROPOSALS"), true).statusCode())
			.isEqualTo(302);
		assertThat(pdfText(report("pdf"))).doesNotContain(PROPOSALS).contains("(Phần này do đơn vị soạn: kiến nghị",
				"Phạm Văn Ký");
		// Both changes are kept: the text, then its return to the draft.
		assertThat(proposalEdits()).isEqualTo(before + 2);
	}

	@Test
	void savingTheSettingsWithTheDraftsAsTheBrowserSendsThemKeepsTheDrafts() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		dmc.get("/reports/text/TN-DMC");
		String results = reports.drafts(rounds.first(), "TN-DMC").orElseThrow().get(ReportPart.RESULTS);
		// A browser sends a textarea's lines ended with CR LF; the draft's are LF.
		assertThat(dmc.postForm("/reports/text/TN-DMC", Map.of("RESULTS", results.replace("\n", "\r\n") + "\r\n",
				"DOCUMENT_NUMBER", "7"), true).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("SELECT part FROM report_edit WHERE unit_code = 'TN-DMC' AND edited_by = ?")
			.param(DISTRICT).query(String.class).list()).contains("DOCUMENT_NUMBER").doesNotContain("RESULTS");
		assertThat(pdfText(report("pdf"))).contains("Số: 7/BC-LĐLĐ");
	}

	@Test
	void aDateThatIsNotADateIsRefusedInVietnameseAndNothingIsSaved() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		dmc.get("/reports/text/TN-DMC");
		long before = jdbc.sql("SELECT COUNT(*) FROM report_edit").query(Long.class).single();
		dmc.postForm("/reports/text/TN-DMC", Map.of("DATE", "31/02/2020", "DOCUMENT_NUMBER", "99"), true);
		assertThat(dmc.get("/reports/text/TN-DMC").body()).contains("Ngày &quot;31/02/2020&quot; không đúng");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM report_edit").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aSiblingDistrictsReportCanBeNeitherReadNorWritten() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		assertThat(dmc.get("/reports/text/TN-TP").statusCode()).isEqualTo(404);
		dmc.get("/reports/text/TN-DMC");
		assertThat(dmc.postForm("/reports/text/TN-TP", Map.of("OUTLOOK", "Không được phép"), true).statusCode())
			.isEqualTo(404);
		assertThat(dmc.postForm("/reports/text/TN/draft", Map.of("part", "OUTLOOK"), true).statusCode())
			.isEqualTo(404);
		// Other tests of the shared installation write the province's report as its own staff; the district never.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM report_edit WHERE unit_code IN ('TN-TP', 'TN') AND edited_by = ?")
			.param(DISTRICT).query(Long.class).single()).isZero();
	}
}
