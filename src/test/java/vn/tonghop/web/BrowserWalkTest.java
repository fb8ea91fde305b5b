package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The whole morning of the province's staff, as a person does it in the browser: sign in (and replace the password
 * the administrator set), send a good and a bad form with "check now", run the consolidation, find the rejection
 * and its reason, download the annotated copy and a district's PDF, sign out. Screenshots go to
 * target/screenshots/.
 */
class BrowserWalkTest extends WebTestSupport {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static final Path GOOD = Path.of("sample-data/inbox/TN-DMC/BIEU01-CDCS_TN-DMC-CS01.xlsx");

	/** TC06 of 2020 is LD01 + 12: rule E5 (sample-data/README.md), cell G21. */
	static final Path BAD = Path.of("sample-data/inbox/TN-TBI/loi-E5-doan-vien-nhieu-hon-lao-dong.xlsx");

	final Path downloads = Path.of("target/test-data/browser-downloads");

	ChromeDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void provinceStaffWalkThroughTheirMorning() throws Exception {
		FileSystemUtils.deleteRecursively(downloads);
		browser = Browser.start(downloads);
		WebDriverWait wait = Browser.waitFor(browser);

		// Sign in; the password the administrator set must be replaced first.
		browser.get(url("/"));
		wait.until(ExpectedConditions.urlContains("/login"));
		Browser.screenshot(browser, SCREENSHOTS.resolve("login.png"));
		browser.findElement(By.id("username")).sendKeys(PROVINCE);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/account/password"));
		assertThat(text()).contains("Mật khẩu của bạn do người khác đặt. Hãy đặt mật khẩu mới trước khi làm việc.");
		browser.findElement(By.id("current")).sendKeys(PASSWORD);
		browser.findElement(By.id("replacement")).sendKeys("Tây-Ninh-2020");
		browser.findElement(By.id("repeat")).sendKeys("Tây-Ninh-2020");
		browser.findElement(By.id("save-password")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã đổi mật khẩu."));
		assertThat(browser.findElement(By.id("signed-in")).getText())
			.isEqualTo("Đăng nhập: Nguyễn Thị Tỉnh — Liên đoàn Lao động tỉnh Tây Ninh");

		// Send a good and a bad form, checked at once.
		browser.findElement(By.linkText("Gửi tệp")).click();
		assertThat(text()).contains("Mỗi tệp tối đa 20 MB; tối đa 50 tệp mỗi lần gửi, cả lần gửi tối đa 30 MB.");
		// While the files are sent and checked, the button says so and cannot be pressed a second time (the sending
		// is held back here, to see the button as it stands then).
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('upload-form')"
				+ ".addEventListener('submit', function (e) { e.preventDefault(); })");
		browser.findElement(By.id("send")).click();
		assertThat(browser.findElement(By.id("send")).isEnabled()).isFalse();
		assertThat(browser.findElement(By.id("send")).getText()).startsWith("Đang gửi và kiểm tra từng tệp…");
		browser.navigate().refresh();
		// A zip too large for one sending is said so as soon as it is chosen (its own size is no file's limit).
		Path large = Files.createDirectories(Path.of("target/test-data/browser-upload")).resolve("rat-lon.zip");
		try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(large.toFile(), "rw")) {
			sparse.setLength(31_000_000);
		}
		browser.findElement(By.id("files")).sendKeys(large.toAbsolutePath().toString());
		assertThat(browser.findElement(By.id("client-warning")).getText())
			.isEqualTo("Lần gửi quá lớn: cả lần gửi tối đa 30 MB, mỗi tệp tối đa 20 MB. Không tệp nào trong lần gửi này "
					+ "được lưu; hãy chia thành nhiều lần gửi, hoặc bỏ tệp lớn hơn giới hạn (thường do ảnh chèn trong "
					+ "bảng tính — hãy xóa ảnh rồi lưu lại).");
		browser.navigate().refresh();
		browser.findElement(By.id("files"))
			.sendKeys(resaved(GOOD).toAbsolutePath() + "\n" + resaved(BAD).toAbsolutePath());
		browser.findElement(By.id("send")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
		assertThat(text()).contains("Đã lưu tệp \"BIEU01-CDCS_TN-DMC-CS01.xlsx\"")
			.contains("Tệp là biểu của Công đoàn cơ sở")
			.contains("Tệp sẽ bị trả lại vì: Số liệu thành phần vượt quá tổng");
		assertThat(browser.findElements(By.cssSelector(".check-result")))
			.extracting(WebElement::getText)
			.contains("Tệp sẽ được tổng hợp trong lần chạy tới.");
		Browser.screenshot(browser, SCREENSHOTS.resolve("upload.png"));

		// A file saved too deep in long folders to be received: the run leaves it, and says where and why.
		String deep = String.join("/", java.util.Collections.nCopies(10, "Bao cao tong hop nam 2020 ".repeat(9).trim()));
		Path tooDeep = dataDirectory.inbox().resolve("TN-DMC/" + deep + "/BIEU01-CDCS_TN-DMC-CS02.xlsx");
		Files.createDirectories(tooDeep.getParent());
		Files.copy(GOOD, tooDeep);

		// Run now, follow the progress on the dashboard until the run has finished.
		browser.findElement(By.linkText("Tổng quan")).click();
		long runsBefore = jdbc.sql("SELECT COUNT(*) FROM run").query(Long.class).single();
		browser.findElement(By.id("run-now")).click();
		wait.until(d -> jdbc.sql("SELECT COUNT(*) FROM run WHERE status <> 'STARTED'").query(Long.class).single()
				> runsBefore && !runs.isRunning());
		browser.get(url("/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("latest-run")));
		assertThat(browser.findElement(By.id("latest-run")).getText()).contains("hoàn thành")
			.containsPattern("Thời gian chạy: \\d+ giây");
		long rejected = jdbc.sql("SELECT COUNT(*) FROM received_file WHERE status = 'REJECTED'").query(Long.class)
			.single();
		assertThat(browser.findElement(By.id("count-REJECTED")).getText()).isEqualTo(rejected + "\nTrả lại");
		assertThat(browser.findElement(By.id("count-DEFERRED")).getText()).isEqualTo("1\nĐể lần sau");
		assertThat(browser.findElements(By.cssSelector("#completeness tbody tr"))).hasSize(12);
		Browser.screenshot(browser, SCREENSHOTS.resolve("dashboard.png"));

		// The runs, with what each left for the next run (the file too deep), and the files page saying which.
		browser.get(url("/runs"));
		// The column before the last ("Của đợt khác").
		WebElement left = browser.findElement(By.cssSelector("#runs thead th:nth-last-child(2)"));
		assertThat(left.getText()).isEqualTo("Để lần sau");
		assertThat(left.getAttribute("title")).contains("không có quyền đọc").contains("trang “Tệp đã nhận”");
		assertThat(browser.findElement(By.cssSelector("#runs tbody tr:first-child td:nth-last-child(2)")).getText())
			.isEqualTo("1");
		Browser.screenshot(browser, SCREENSHOTS.resolve("runs.png"));
		browser.get(url("/files"));
		assertThat(browser.findElement(By.id("deferred")).getText()).contains("Tệp chưa đọc được ở lần chạy số")
			.contains("TN-DMC/…/BIEU01-CDCS_TN-DMC-CS02.xlsx")
			.contains("Hãy chuyển tệp vào thư mục có đường dẫn ngắn hơn");
		assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
			.isLessThanOrEqualTo(0L);
		Browser.screenshot(browser, SCREENSHOTS.resolve("files-deferred.png"));
		FileSystemUtils.deleteRecursively(dataDirectory.inbox().resolve("TN-DMC/" + deep.substring(0, deep.indexOf('/'))));

		// The round picker of the header: choosing the annual round shows its files at once, then back again.
		WebElement picker = browser.findElement(By.id("round-choice"));
		new Select(picker).selectByVisibleText("Báo cáo số liệu năm 2021");
		wait.until(ExpectedConditions.stalenessOf(picker));
		browser.get(url("/files?unit=TN-DMC"));
		assertThat(new Select(browser.findElement(By.id("round-choice"))).getFirstSelectedOption().getText())
			.isEqualTo("Báo cáo số liệu năm 2021");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("BIEU02-NAM_TN-DMC-CS01.xlsx")
			.doesNotContain("BIEU01-CDCS_TN-DMC-CS01.xlsx");
		Browser.screenshot(browser, SCREENSHOTS.resolve("files-annual-round.png"));
		picker = browser.findElement(By.id("round-choice"));
		new Select(picker).selectByVisibleText("Sơ kết giữa nhiệm kỳ 2018–2020");
		wait.until(ExpectedConditions.stalenessOf(picker));
		browser.get(url("/"));

		// The rejected file, its reason on the page, its annotated copy.
		browser.findElement(By.linkText("Tệp đã nhận")).click();
		new Select(browser.findElement(By.id("status"))).selectByVisibleText("Trả lại");
		browser.findElement(By.id("filter")).click();
		wait.until(ExpectedConditions.urlContains("status=REJECTED"));
		Browser.screenshot(browser, SCREENSHOTS.resolve("files.png"));
		browser.findElement(By.linkText("TN/loi-E5-doan-vien-nhieu-hon-lao-dong.xlsx")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
		assertThat(browser.findElement(By.id("file-status")).getText()).isEqualTo("Trả lại");
		String reason = browser.findElement(By.id("findings")).getText();
		assertThat(reason).contains("G21").contains("Số liệu thành phần vượt quá tổng").contains("TC06");
		Browser.screenshot(browser, SCREENSHOTS.resolve("file.png"));
		browser.findElement(By.id("download-annotated")).click();
		Path annotated = downloaded("loi-E5-doan-vien-nhieu-hon-lao-dong-chu-thich.xlsx");
		try (Workbook workbook = WorkbookFactory.create(annotated.toFile(), null, true)) {
			assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
		}

		// A district's PDF from the reports page.
		browser.findElement(By.linkText("Báo cáo")).click();
		Browser.screenshot(browser, SCREENSHOTS.resolve("reports.png"));
		browser.findElement(By.id("report-TN-DMC-pdf")).click();
		Path pdf = downloaded("TN-DMC.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String pdfText = new PDFTextStripper().getText(document).toUpperCase(new Locale("vi"));
			assertThat(pdfText).contains("DƯƠNG MINH CHÂU");
			assertThat(pdfText).doesNotContain("THÀNH PHỐ TÂY NINH");
		}

		// The registry, searched without diacritics.
		browser.findElement(By.linkText("Danh mục đơn vị")).click();
		browser.findElement(By.id("q")).sendKeys("duong minh chau");
		browser.findElement(By.id("search")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Tìm thấy"));
		assertThat(browser.findElement(By.id("units")).getText()).contains("Liên đoàn Lao động huyện Dương Minh Châu");
		Browser.screenshot(browser, SCREENSHOTS.resolve("registry.png"));

		// Sign out.
		browser.findElement(By.id("logout")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(text()).contains("Bạn đã đăng xuất.");
	}

	/**
	 * The sample form saved again by POI under its own name: the same figures in new bytes. The sample files
	 * themselves were received by the first run already and would be "unchanged" now.
	 */
	private static Path resaved(Path sample) throws IOException {
		Path copy = Path.of("target/test-data/browser-upload").resolve(sample.getFileName());
		Files.createDirectories(copy.getParent());
		try (java.io.InputStream in = Files.newInputStream(sample); Workbook workbook = WorkbookFactory.create(in);
				java.io.OutputStream out = Files.newOutputStream(copy)) {
			workbook.write(out);
		}
		return copy;
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	/** Waits for a download to be complete (Chrome writes .crdownload until then). */
	private Path downloaded(String name) throws IOException, InterruptedException {
		Path file = downloads.resolve(name);
		for (int i = 0; i < 200; i++) {
			if (Files.isRegularFile(file) && Files.size(file) > 0 && !partial()) {
				return file;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("not downloaded: " + name + " in " + downloads);
	}

	private boolean partial() throws IOException {
		try (Stream<Path> files = Files.list(downloads)) {
			return files.anyMatch(f -> f.toString().endsWith(".crdownload"));
		}
	}
}
