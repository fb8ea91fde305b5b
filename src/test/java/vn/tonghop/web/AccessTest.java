package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tonghop.intake.ReceivedFiles;
import vn.tonghop.orgunit.OutOfScopeException;
import vn.tonghop.outputs.ReportFiles;
import vn.tonghop.outputs.ReportService;

/**
 * Staff of a district (TN-DMC) reach their own subtree and nothing of the sibling district (TN-TP), through pages,
 * direct URLs and the services themselves; forged and oversized requests get their answer.
 */
class AccessTest extends WebTestSupport {

	@Autowired
	ReceivedFiles files;

	@Autowired
	vn.tonghop.rounds.Rounds rounds;

	@Autowired
	ReportFiles reportFiles;

	@Autowired
	ReportService reportService;

	@Autowired
	vn.tonghop.batch.RunLauncher launcher;

	@Test
	void aDistrictSeesItsOwnFilesReportsAndTemplates() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		long run = reportService.latestRun(rounds.first()).orElseThrow();
		String own = receivedFrom("TN-DMC");

		HttpResponse<String> list = dmc.get("/files");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("TN-DMC/").doesNotContain("TN-TP/").doesNotContain("TN-CT/");
		assertThat(dmc.get("/files/" + own).statusCode()).isEqualTo(200);
		HttpResponse<byte[]> original = dmc.getBytes("/files/" + own + "/original");
		assertThat(original.statusCode()).isEqualTo(200);
		// The bytes as received: read back from the run's pack, they hash to the SHA-256 the file is known by.
		assertThat(java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(original.body()))).isEqualTo(own);
		HttpResponse<byte[]> pdf = dmc.getBytes("/reports/" + run + "/TN-DMC/PDF");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// The CSV: the rows of totals.csv of TN-DMC and its CĐCS (codes TN-DMC-…), no other unit's.
		HttpResponse<String> csv = dmc.get("/reports/" + run + "/TN-DMC/CSV");
		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> rows = csv.body().lines().toList();
		assertThat(rows.get(0)).isEqualTo("unit_code,indicator,period,value");
		assertThat(rows.subList(1, rows.size())).hasSizeGreaterThan(100).allMatch(r -> r.startsWith("TN-DMC"))
			.anyMatch(r -> r.startsWith("TN-DMC-CS01,"));
		assertThat(Files.readAllLines(dataDirectory.outputs().resolve("latest/totals.csv")).stream()
			.filter(r -> r.startsWith("TN-DMC"))).containsExactlyElementsOf(rows.subList(1, rows.size()));
		HttpResponse<byte[]> zip = dmc.getBytes("/templates?unit=TN-DMC");
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.body()[0]).isEqualTo((byte) 'P');
		// "biểu-mẫu-TN-DMC.zip" in RFC 5987 form: ể is E1 BB 83 and ẫ is E1 BA AB in UTF-8.
		assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("filename*=UTF-8''bi%E1%BB%83u-m%E1%BA%ABu-TN-DMC.zip");
		assertThat(dmc.get("/units/TN-DMC-CS01/history").statusCode()).isEqualTo(200);
	}

	@Test
	void aDistrictGetsNotFoundForEverythingOfItsSibling() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		long run = reportService.latestRun(rounds.first()).orElseThrow();
		String sibling = receivedFrom("TN-TP");
		for (String url : new String[] { "/files/" + sibling, "/files/" + sibling + "/original",
				"/files/" + sibling + "/annotated", "/files?unit=TN-TP", "/units/TN-TP-CS01/history",
				"/units/TN-TP/history", "/reports/" + run + "/TN-TP/PDF", "/reports/" + run + "/TN-TP/XLSX",
				"/reports/" + run + "/TN-TP/CSV", "/reports/" + run + "/TN/CSV", "/reports/" + run + "/TN/PDF", "/templates?unit=TN-TP", "/templates?unit=TN-TP-CS01",
				"/templates?unit=TN", "/?unit=TN-TP", "/?unit=TN" }) {
			HttpResponse<String> response = dmc.get(url);
			assertThat(response.statusCode()).as(url).isEqualTo(404);
			assertThat(response.body()).as(url).contains("Không tìm thấy trang hoặc tệp này, hoặc bạn không có quyền xem.")
				.doesNotContain("Exception").doesNotContain("at vn.tonghop");
		}
	}

	@Test
	void theServicesThemselvesRefuseOutOfScopeUnits() throws Exception {
		var dmc = accounts.scopeOf(accounts.find(DISTRICT).orElseThrow());
		long run = reportService.latestRun(rounds.first()).orElseThrow();
		assertThat(files.find(dmc, vn.tonghop.rounds.TestRounds.FIRST, DISTRICT, receivedFrom("TN-TP"))).isEmpty();
		assertThat(files.find(dmc, vn.tonghop.rounds.TestRounds.FIRST, DISTRICT, receivedFrom("TN-DMC"))).isPresent();
		assertThatThrownBy(() -> reportFiles.file(dmc, rounds.first(), run, "TN-TP", ReportFiles.Kind.PDF))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> reportFiles.writeCsv(dmc, rounds.first(), run, "TN-TP", OutputStream.nullOutputStream()))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> files.history(dmc, vn.tonghop.rounds.TestRounds.FIRST, "TN-TP-CS01")).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> files.list(dmc, vn.tonghop.rounds.TestRounds.FIRST, DISTRICT, "TN-TP", null, ReceivedFiles.Sort.NEWEST, 0))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(files.list(dmc, vn.tonghop.rounds.TestRounds.FIRST, DISTRICT, null, null, ReceivedFiles.Sort.NEWEST, 0))
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.path()).startsWith("TN-DMC/"));
		assertThat(reportFiles.of(dmc, rounds.first(), run)).extracting(r -> r.unit().code()).containsExactly("TN-DMC");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndStoresNothing() throws Exception {
		WebSession dmc = uploadPage();
		long before = count(districtInbox());
		HttpResponse<String> forged = dmc.upload(Map.of("gia-mao.xlsx", new byte[] { 1, 2, 3 }), false);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(count(districtInbox())).isEqualTo(before);
		assertThat(dmc.postForm("/runs", Map.of(), false).statusCode()).isEqualTo(403);
	}

	@Test
	void anOversizedFileIsAnsweredInVietnameseByNameAndNotKept() throws Exception {
		WebSession dmc = uploadPage();
		long before = count(districtInbox());
		HttpResponse<String> sent = dmc.upload(Map.of("qua-lon.xlsx", new byte[20_000_001]), true);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(dmc.get("/upload").body())
			.contains("Tệp &quot;qua-lon.xlsx&quot; quá lớn: tối đa 20 MB. Tệp này không được lưu.");
		assertThat(count(districtInbox())).isEqualTo(before);
	}

	@Test
	void moreThanFiftyFilesInOneSendingAreRefusedWithTheLimit() throws Exception {
		WebSession dmc = uploadPage();
		long before = count(districtInbox());
		Map<String, byte[]> many = new java.util.LinkedHashMap<>();
		for (int i = 1; i <= 51; i++) {
			many.put("bieu-" + i + ".xlsx", new byte[] { 1 });
		}
		assertThat(dmc.upload(many, true).statusCode()).isEqualTo(302);
		assertThat(dmc.get("/upload").body()).contains("Mỗi lần gửi tối đa 50 tệp. Không tệp nào trong lần gửi này "
				+ "được lưu; hãy chia thành nhiều lần gửi.");
		assertThat(count(districtInbox())).isEqualTo(before);
	}

	@Test
	void aSendingOverTheWholeRequestLimitIsAnsweredBeforeItIsRead() throws Exception {
		WebSession dmc = uploadPage();
		long before = count(districtInbox());
		// The tests bound a whole sending at 30 MB (250 MB in application.yaml).
		HttpResponse<String> sent = dmc.upload(Map.of("a.xlsx", new byte[16_000_000], "b.xlsx", new byte[16_000_000]),
				true);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/upload?tooLarge");
		assertThat(dmc.get("/upload?tooLarge").body())
			.contains("Lần gửi quá lớn: cả lần gửi tối đa 30 MB, mỗi tệp tối đa 20 MB. Không tệp nào trong lần gửi "
					+ "này được lưu; hãy chia thành nhiều lần gửi");
		assertThat(count(districtInbox())).isEqualTo(before);
	}

	@Test
	void sameNamesAreStoredBesideAndHostileNamesStaySafe() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		dmc.get("/upload");
		byte[] content = Files.readAllBytes(Path.of("sample-data/inbox/TN-DMC/BIEU01-CDCS_TN-DMC-CS01.xlsx"));
		assertThat(dmc.upload(Map.of("cung-ten.xlsx", content), true).statusCode()).isEqualTo(302);
		dmc.get("/upload");
		assertThat(dmc.upload(Map.of("cung-ten.xlsx", content), true).statusCode()).isEqualTo(302);
		dmc.get("/upload");
		assertThat(dmc.upload(Map.of("../../../etc/CON.xlsx", content), true).statusCode()).isEqualTo(302);
		Path folder = districtInbox();
		assertThat(folder.resolve("cung-ten.xlsx")).exists();
		assertThat(folder.resolve("cung-ten (2).xlsx")).exists();
		assertThat(folder.resolve("_CON.xlsx")).exists();
		assertThat(Files.mismatch(folder.resolve("cung-ten.xlsx"), folder.resolve("cung-ten (2).xlsx"))).isEqualTo(-1);
	}

	@Test
	void onlyAdministratorsManageUsersAndOnlyTheProvinceStartsRuns() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		assertThat(dmc.get("/admin/users").statusCode()).isEqualTo(403);
		dmc.get("/");
		HttpResponse<String> run = dmc.postForm("/runs", Map.of(), true);
		assertThat(run.statusCode()).isEqualTo(302);
		assertThat(dmc.get("/").body()).contains("Chỉ quản trị viên và cán bộ cấp tỉnh được chạy tổng hợp.");
		assertThat(signIn(ADMIN).get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void aSecondRunNowWhileOneIsGoingIsRefusedWithAMessage() throws Exception {
		WebSession admin = signIn(ADMIN);
		admin.get("/");
		admin.postForm("/runs", Map.of(), true);
		admin.get("/");
		admin.postForm("/runs", Map.of(), true);
		try {
			assertThat(admin.get("/").body())
				.contains("Đang có một lần tổng hợp đang chạy. Hãy chờ lần đó xong rồi chạy lại.");
		}
		finally {
			// Leave no run going for the next test.
			for (int i = 0; i < 600 && launcher.isBusy(); i++) {
				Thread.sleep(100);
			}
		}
		assertThat(launcher.isBusy()).isFalse();
	}

	@Test
	void repeatedWrongPasswordsHoldTheAccount() throws Exception {
		WebSession session = new WebSession(url(""));
		session.get("/login");
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> wrong = session.postForm("/login", Map.of("username", SIBLING, "password", "sai-" + i),
					true);
			assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}
		HttpResponse<String> right = session.postForm("/login",
				Map.of("username", SIBLING, "password", PASSWORD + "!"), true);
		assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
		assertThat(session.get("/login?locked").body())
			.contains("Tài khoản tạm bị khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau 15 phút");
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		HttpResponse<String> login = new WebSession(url("")).get("/login");
		assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'self'");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(login.body()).doesNotContain("http://").doesNotContain("https://");
	}

	/** TN-DMC's staff, signed in, on the upload page (whose CSRF token the next POST carries). */
	private WebSession uploadPage() throws Exception {
		WebSession dmc = signIn(DISTRICT);
		dmc.get("/upload");
		return dmc;
	}

	private Path districtInbox() {
		return dataDirectory.inbox().resolve("TN-DMC");
	}

	private static long count(Path folder) throws java.io.IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
