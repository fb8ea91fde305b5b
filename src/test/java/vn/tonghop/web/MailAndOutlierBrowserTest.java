package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser, at 1366×768: the administrator finds the sample's year-over-year warning (W7) on its file's page,
 * then the e-mailed file of an unknown sender from "Tệp đã nhận", and discards it. Screenshots go to
 * target/screenshots/.
 */
class MailAndOutlierBrowserTest extends WebTestSupport {

	ChromeDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theOutlierIsShownOnItsFilesPageAndAStrangersFileIsDiscarded() throws Exception {
		Path folder = Files.createDirectories(dataDirectory.inbox().resolve("_chua-xac-dinh"));
		Files.copy(Path.of("sample-data/inbox/TN-DMC/BIEU01-CDCS_TN-DMC-CS02.xlsx"), folder.resolve("bieu-gui-nham.xlsx"));
		jdbc.sql("INSERT INTO mail_intake (sender, subject, received_at, file_name, inbox_path, status) VALUES (?, ?, ?, "
				+ "?, ?, 'QUARANTINED')")
			.params("ai.do@example.org", "Báo cáo năm", Timestamp.from(Instant.now()), "bieu-gui-nham.xlsx",
					"_chua-xac-dinh/bieu-gui-nham.xlsx")
			.update();
		browser = Browser.start(Path.of("target/test-data/mail-downloads"));
		WebDriverWait wait = Browser.waitFor(browser);
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(ADMIN);
		browser.findElement(By.id("password")).sendKeys(PASSWORD + "!");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));

		String sha = jdbc.sql("SELECT sha256 FROM received_file WHERE file_name = ?")
			.param("TN-HT/chap-nhan-W7-lao-dong-thua-mot-so-0.xlsx").query(String.class).single();
		browser.get(url("/files/" + sha));
		String warning = browser.findElement(By.id("run-findings")).getText();
		assertThat(warning).contains("Cảnh báo so sánh với các đơn vị khác (W7)")
			.contains("năm 2020 là 190, năm 2019 là 20 (gấp 9,50 lần)");
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("file-w7.png"));

		browser.findElement(By.linkText("Tệp đã nhận")).click();
		browser.findElement(By.cssSelector("#quarantine-link a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quarantine")));
		assertThat(browser.findElement(By.id("quarantine")).getText()).contains("ai.do@example.org")
			.contains("bieu-gui-nham.xlsx");
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("quarantine.png"));
		browser.findElement(By.xpath("//tr[td[contains(., 'bieu-gui-nham.xlsx')]]//button[text()='Bỏ']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã bỏ tệp"));
		assertThat(folder.resolve("bieu-gui-nham.xlsx")).doesNotExist();
	}
}
