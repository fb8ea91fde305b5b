package vn.tonghop.system;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The real message bundles and settings, for unit tests that run without a Spring context. */
public final class TestMessages {

	private TestMessages() {
	}

	public static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	public static TonghopSettings settings() {
		return new TonghopSettings(Path.of("target/unit-test-data"), Locale.forLanguageTag("vi"),
				List.of("TINH", "HUYEN", "KKT", "NGANH", "CDCS"), "CDCS", 20_000_000L, 100_000, 0);
	}

	public static Messages vietnamese() {
		return new Messages(source(), settings());
	}
}
