package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: a district clerk sends a sibling district's form, reads why it will be returned, withdraws it
 * and still finds it in her list; the administrator creates an account with a lower-case unit code and resets its
 * password. Screenshots go to target/screenshots/.
 */
class TrustBrowserTest extends WebTestSupport {

	private static final Path SIBLINGS_FORM = Path.of("sample-data/inbox/TN-CT/BIEU01-CDCS_TN-CT-CS06.xlsx");

	ChromeDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aClerkSeesWhyASiblingsFormIsRefusedAndTheAdministratorResetsAPassword() throws Exception {
		browser = Browser.start(Path.of("target/test-data/trust-downloads"));
		WebDriverWait wait = Browser.waitFor(browser);
		signInAs(DISTRICT, wait);

		browser.findElement(By.linkText("Gửi tệp")).click();
		browser.findElement(By.id("files")).sendKeys(resaved(SIBLINGS_FORM).toAbsolutePath().toString());
		browser.findElement(By.id("send")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
		assertThat(text()).contains("Tệp là biểu của Công đoàn cơ sở")
			.contains("(TN-CT-CS06).")
			.contains("Tệp sẽ bị trả lại vì: Tệp nằm trong thư mục của Liên đoàn Lao động huyện Dương Minh Châu (TN-DMC) "
					+ "nhưng là biểu của");
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("upload-out-of-scope.png"));

		browser.findElement(By.cssSelector("button.withdraw")).click();
		// It asks first; the clerk confirms.
		assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText())
			.isEqualTo("Rút lại tệp \"BIEU01-CDCS_TN-CT-CS06.xlsx\"? Tệp sẽ không được tổng hợp (bản lưu trữ vẫn được giữ).");
		browser.switchTo().alert().accept();
		wait.until(ExpectedConditions.urlContains("/files"));
		assertThat(text()).contains("Đã rút lại tệp").contains("TN-DMC/BIEU01-CDCS_TN-CT-CS06.xlsx")
			.contains("Đã rút lại");
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("files-district.png"));
		browser.findElement(By.linkText("Tổng quan")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counts")));
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("dashboard-district.png"));
		// A mistyped address answers in Vietnamese, inside the app's page.
		browser.get(url("/files?page=abc"));
		assertThat(browser.findElement(By.id("error-message")).getText())
			.startsWith("Địa chỉ trang hoặc dữ liệu gửi lên không đúng dạng");
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("error-400.png"));
		browser.findElement(By.id("logout")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		signInAs(ADMIN, wait);
		browser.findElement(By.linkText("Người dùng")).click();
		browser.findElement(By.id("username")).sendKeys("canbo.trinhduyet");
		browser.findElement(By.id("displayName")).sendKeys("Võ Thị Duyệt");
		browser.findElement(By.id("unitCode")).sendKeys("tn-dmc");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("#new-user button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Đã tạo người dùng canbo.trinhduyet."));
		assertThat(browser.findElement(By.id("user-canbo.trinhduyet")).getText()).contains("Cán bộ tổng hợp");
		browser.findElement(By.cssSelector("#user-canbo\\.trinhduyet button.reset")).click();
		assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText())
			.isEqualTo("Đặt lại mật khẩu của canbo.trinhduyet? Mật khẩu hiện tại sẽ không dùng được nữa.");
		browser.switchTo().alert().accept();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-password")));
		assertThat(browser.findElement(By.id("new-password")).getText())
			.startsWith("Đã đặt lại mật khẩu của canbo.trinhduyet. Mật khẩu tạm thời: ");
		assertThat(browser.findElement(By.id("account-events")).getText()).contains("Tạo tài khoản")
			.contains("Đặt lại mật khẩu");
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("users.png"));

		// A text file renamed .xlsx offers no annotated copy; asked for anyway, its page says why.
		String notExcel = jdbc.sql("SELECT sha256 FROM received_file WHERE file_name = ?")
			.param("TN-BC/loi-E1-khong-phai-excel.xlsx").query(String.class).single();
		browser.get(url("/files/" + notExcel + "/annotated"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-annotated")));
		assertThat(browser.findElements(By.id("download-annotated"))).isEmpty();
		assertThat(browser.findElement(By.id("no-annotated")).getText())
			.startsWith("Không tạo được bản chú thích lỗi cho tệp này");
		Browser.screenshot(browser, BrowserWalkTest.SCREENSHOTS.resolve("file-no-annotated.png"));
	}

	private void signInAs(String username, WebDriverWait wait) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD + "!");
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
	}

	/** The sample form saved again by POI: the same figures in new bytes, so it is not a duplicate. */
	private static Path resaved(Path sample) throws Exception {
		Path copy = Path.of("target/test-data/trust-upload").resolve(sample.getFileName());
		Files.createDirectories(copy.getParent());
		try (var in = Files.newInputStream(sample); Workbook workbook = WorkbookFactory.create(in);
				var out = Files.newOutputStream(copy)) {
			workbook.write(out);
		}
		return copy;
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}
}
