package vn.tonghop.web;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser, on the office's 1366×768 screen: a district clerk opens her unit's report from "Báo cáo", reads
 * the drafts, writes the recommendations and the signer, saves, then takes the recommendations back to the draft.
 * Screenshots go to target/screenshots/.
 */
class ReportTextBrowserTest extends WebTestSupport {

	private static final String PROPOSAL = "Đề nghị Thường trực Huyện ủy chỉ đạo các doanh nghiệp mới thành lập công đoàn.";

	ChromeDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aClerkWritesHerUnitsReportAndTakesASectionBackToTheDraft() throws Exception {
		browser = Browser.start(Path.of("target/test-data/report-text-downloads"));
		WebDriverWait wait = Browser.waitFor(browser);
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(DISTRICT);
		browser.findElement(By.id("password")).sendKeys(PASSWORD + "!");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));

		browser.findElement(By.linkText("Báo cáo")).click();
		browser.findElement(By.id("report-text-TN-DMC")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
		assertThat(browser.findElement(By.id("text-RESULTS")).getAttribute("value"))
			.startsWith("Năm 2020, 21/23 công đoàn cơ sở đã gửi báo cáo được chấp nhận (91,3%).");
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("report-text.png"));

		browser.findElement(By.id("text-PROPOSALS")).sendKeys(PROPOSAL);
		browser.findElement(By.id("setting-SIGNER_NAME")).clear();
		browser.findElement(By.id("setting-SIGNER_NAME")).sendKeys("Phạm Thị Duyệt");
		browser.findElement(By.id("report-text-save")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Đã lưu. Báo cáo PDF và Word của đơn vị đã được xuất lại."));
		assertThat(browser.findElement(By.id("text-PROPOSALS")).getAttribute("value")).isEqualTo(PROPOSAL);
		// The drafts the browser sent back unchanged stay drafts; only what she wrote is hers.
		assertThat(jdbc.sql("SELECT part FROM report_edit WHERE unit_code = 'TN-DMC' AND content = ?")
			.param(PROPOSAL).query(String.class).list()).containsExactly("PROPOSALS");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM report_edit WHERE unit_code = 'TN-DMC' AND part = 'RESULTS'")
			.query(Long.class).single()).isZero();
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("report-text-saved.png"));

		browser.findElement(By.id("draft-PROPOSALS")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Đã trả phần này về bản dự thảo."));
		assertThat(browser.findElement(By.id("text-PROPOSALS")).getAttribute("value")).isEmpty();
		assertThat(browser.findElement(By.id("text-PROPOSALS")).getAttribute("placeholder"))
			.startsWith("(Phần này do đơn vị soạn: kiến nghị");
	}
}
