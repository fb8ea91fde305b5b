package vn.tonghop.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium through its chromedriver, at an office screen's size. Nothing is downloaded: without
 * the two programs the browser tests are skipped, unless {@code TONGHOP_REQUIRE_BROWSER} is set (as {@code .ci/run}
 * does), where they fail instead.
 */
final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	static ChromeDriver start(Path downloads) throws java.io.IOException {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (System.getenv("TONGHOP_REQUIRE_BROWSER") == null) {
			Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed (apt install chromium "
					+ "chromium-driver); browser tests skipped");
		}
		Files.createDirectories(downloads);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1366,768", "--lang=vi", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync");
		options.setExperimentalOption("prefs", Map.of("download.default_directory",
				downloads.toAbsolutePath().toString(), "download.prompt_for_download", false,
				"intl.accept_languages", "vi-VN,vi"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	/**
	 * A wait of a minute that reads the page again when it changed under a read. A form's submit loads a new page
	 * while a condition still reads the old one's text; Chromium reports that as a stale element or, since 150, as
	 * the driver's "Node with given id does not belong to the document". Any driver error is retried until the
	 * minute is over, and then the wait fails with it as the cause.
	 */
	static org.openqa.selenium.support.ui.WebDriverWait waitFor(ChromeDriver driver) {
		var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60));
		wait.ignoring(org.openqa.selenium.WebDriverException.class);
		return wait;
	}

	static void screenshot(ChromeDriver driver, Path file) throws java.io.IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}
}
