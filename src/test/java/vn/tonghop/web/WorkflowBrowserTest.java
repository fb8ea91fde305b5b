package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser, on the office's 1366×768 screen: the district clerk reads her "Chưa báo cáo" list and confirms her
 * figures; the administrator locks the province, reopens both with a reason, sets the province's report number and
 * publishes it, then downloads the published PDF, which is the bytes kept. Every step leaves one audit entry.
 * Screenshots go to target/screenshots/.
 */
class WorkflowBrowserTest extends WebTestSupport {

	ChromeDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void confirmLockReopenAndPublish() throws Exception {
		Path downloads = Path.of("target/test-data/workflow-downloads");
		// A file left by an earlier run would make the browser save this one under another name.
		org.springframework.util.FileSystemUtils.deleteRecursively(downloads);
		browser = Browser.start(downloads);
		WebDriverWait wait = Browser.waitFor(browser);
		// Other tests share this installation and its audit log: this test's entries are those after this one.
		long auditBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();
		signInAs(wait, DISTRICT);

		browser.findElement(By.linkText("Tiến độ")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("missing")));
		// Dương Minh Châu: 23 CĐCS stand at the end of 2020; the sample returns two of them, and two never sent.
		assertThat(browser.findElement(By.id("reporting")).getText()).contains("Liên đoàn Lao động huyện Dương Minh Châu")
			.contains("hạn nộp của công đoàn cơ sở 15/11/2020");
		assertThat(browser.findElements(By.cssSelector("#missing-list tbody tr"))).isNotEmpty()
			.allSatisfy(row -> assertThat(row.getText()).startsWith("TN-DMC-"));
		// No mail server in these tests: the reminder button is off and the page says why.
		assertThat(browser.findElement(By.id("remind")).isEnabled()).isFalse();
		assertThat(browser.findElement(By.id("mail-off")).getText()).startsWith("Chưa cấu hình máy chủ thư (SMTP)");
		// The same list as a spreadsheet: title, counts, then a row per unit, its code first.
		browser.findElement(By.id("export-missing")).click();
		Path xlsx = downloads.resolve("chua-bao-cao-bieu01-cdcs-2018-2020-TN-DMC.xlsx");
		wait.until(d -> Files.exists(xlsx));
		Thread.sleep(500);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
			var sheet = workbook.getSheet("Chưa báo cáo");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("(TN-DMC)");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
			List<String> codes = new java.util.ArrayList<>();
			for (int r = 4; r <= sheet.getLastRowNum(); r++) {
				codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(codes).isEqualTo(browser.findElements(By.cssSelector("#missing-list tbody tr td:first-child"))
				.stream().map(org.openqa.selenium.WebElement::getText).toList());
		}
		browser.findElement(By.id("copy-missing")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-done")));
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("status-district.png"));

		browser.findElement(By.id("confirm")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Đã xác nhận số liệu của TN-DMC."));
		assertThat(browser.findElement(By.id("held-by")).getText()).contains("Xác nhận số liệu — TN-DMC");
		browser.findElement(By.id("logout")).click();

		signInAs(wait, ADMIN);
		browser.get(url("/status"));
		browser.findElement(By.id("lock")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã chốt số liệu của TN."));
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("status-locked.png"));
		long provinceLock = openLock("TN");
		long districtLock = openLock("TN-DMC");
		// Without a reason the browser itself asks for one; with it, the lock is reopened and the reason kept.
		browser.findElement(By.id("reason-" + provinceLock)).sendKeys("Tỉnh cho phép bổ sung số liệu đến 20/12");
		browser.findElement(By.cssSelector("#lock-" + provinceLock + " form.reopen button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã mở khóa."));
		assertThat(browser.findElement(By.id("lock-" + provinceLock)).getText())
			.contains("Tỉnh cho phép bổ sung số liệu đến 20/12");
		browser.findElement(By.id("reason-" + districtLock)).sendKeys("Huyện bổ sung số liệu");
		browser.findElement(By.cssSelector("#lock-" + districtLock + " form.reopen button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lock-" + districtLock), "Huyện bổ sung"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM round_lock WHERE reopened_at IS NULL AND unit_code IN ('TN', "
				+ "'TN-DMC')").query(Long.class).single()).isZero();

		// Publishing the province's report: number, date and signer first, then "Phát hành".
		browser.get(url("/reports/text/TN"));
		browser.findElement(By.id("setting-DOCUMENT_NUMBER")).clear();
		browser.findElement(By.id("setting-DOCUMENT_NUMBER")).sendKeys("88");
		browser.executeScript("arguments[0].value = '2020-12-20'", browser.findElement(By.id("setting-DATE")));
		browser.findElement(By.id("setting-SIGNER_NAME")).clear();
		browser.findElement(By.id("setting-SIGNER_NAME")).sendKeys("Hoàng Văn Tỉnh");
		browser.findElement(By.id("report-text-save")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã lưu."));
		browser.findElement(By.id("publish")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Đã phát hành báo cáo số 88 ngày 20/12/2020"));
		assertThat(browser.findElement(By.id("publication-list")).getText()).contains("88").contains("20/12/2020")
			.contains("Hoàng Văn Tỉnh").contains(ADMIN);
		assertInView(By.id("publish-notice"));
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("report-published.png"));
		// The same number again is refused, said where the page comes back to, not at its top out of sight.
		browser.findElement(By.id("publish")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("publish-error"), "88"));
		assertInView(By.id("publish-error"));
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("report-publish-refused.png"));
		browser.findElement(By.cssSelector("#publication-list a.publication-pdf")).click();
		Path pdf = downloads.resolve("bao-cao-TN-so-88.pdf");
		wait.until(d -> Files.exists(pdf) && pdfComplete(pdf));
		byte[] kept = jdbc.sql("SELECT pdf FROM published_report WHERE unit_code = 'TN' AND doc_number = '88'")
			.query((rs, n) -> rs.getBytes(1)).single();
		assertThat(Files.readAllBytes(pdf)).isEqualTo(kept);

		browser.get(url("/audit?kind=PUBLICATION"));
		assertThat(browser.findElement(By.id("audit-list")).getText()).contains("Phát hành báo cáo số 88 ngày 20/12/2020");
		browser.get(url("/audit"));
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("audit.png"));
		assertThat(jdbc.sql("SELECT kind || ':' || actor FROM audit_event WHERE id > ? AND kind IN ('CONFIRMATION', "
				+ "'LOCK', 'REOPENING', 'PUBLICATION') ORDER BY id").param(auditBefore).query(String.class).list())
			.containsExactly("CONFIRMATION:dmc", "LOCK:quantri", "REOPENING:quantri", "REOPENING:quantri",
					"PUBLICATION:quantri");
	}

	private void signInAs(WebDriverWait wait, String user) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(PASSWORD + "!");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
	}

	/** The element lies within the window as the page was left (1366×768), where staff read without scrolling. */
	private void assertInView(By element) {
		Object inView = browser.executeScript("var r = arguments[0].getBoundingClientRect(); "
				+ "return r.top >= 0 && r.bottom <= window.innerHeight;", browser.findElement(element));
		assertThat(inView).as(element.toString()).isEqualTo(Boolean.TRUE);
	}

	private long openLock(String unit) {
		return jdbc.sql("SELECT id FROM round_lock WHERE unit_code = ? AND reopened_at IS NULL")
			.param(unit)
			.query(Long.class)
			.single();
	}

	private static boolean pdfComplete(Path pdf) {
		try {
			byte[] bytes = Files.readAllBytes(pdf);
			return new String(bytes, bytes.length - 8, 8, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}
}
