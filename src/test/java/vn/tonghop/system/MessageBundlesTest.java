package vn.tonghop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every user-facing string exists in Vietnamese (the default bundle) and in English, and every page's key too. */
class MessageBundlesTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> vietnamese = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(diff(vietnamese, english)).as("keys missing in messages_en.properties").isEmpty();
		assertThat(diff(english, vietnamese)).as("keys missing in messages.properties").isEmpty();
	}

	/** A key written twice keeps only its last text: the file-size message once read as a cell's "value too large". */
	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Set<String> seen = new TreeSet<>();
			Set<String> twice = new TreeSet<>();
			Properties counting = new Properties() {
				@Override
				public synchronized Object put(Object key, Object value) {
					if (!seen.add((String) key)) {
						twice.add((String) key);
					}
					return super.put(key, value);
				}
			};
			try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
				counting.load(reader);
			}
			assertThat(twice).as("keys defined twice in " + bundle).isEmpty();
		}
	}

	@Test
	void everyKeyThePagesUseIsDefined() throws IOException {
		Set<String> defined = keys("messages.properties");
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[(}]");
		Pattern prefixed = Pattern.compile("#\\{([a-zA-Z][\\w.]*\\.)__\\$\\{");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> pages = Files.list(RESOURCES.resolve("templates"))) {
			for (Path page : pages.toList()) {
				String html = Files.readString(page);
				Matcher m = literal.matcher(html);
				while (m.find()) {
					if (!defined.contains(m.group(1))) {
						missing.add(page.getFileName() + ": " + m.group(1));
					}
				}
				Matcher p = prefixed.matcher(html);
				while (p.find()) {
					String prefix = p.group(1);
					if (defined.stream().noneMatch(k -> k.startsWith(prefix))) {
						missing.add(page.getFileName() + ": " + prefix + "*");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** A value the pages show through a prefixed key ({@code #{deferral.__${…}__}}) has its words, each value. */
	@Test
	void everyValueAPageShowsByItsNameHasItsWords() throws IOException {
		Set<String> defined = keys("messages.properties");
		Set<String> missing = new TreeSet<>();
		java.util.Map<String, Enum<?>[]> shown = java.util.Map.of("deferral.", vn.tonghop.intake.Deferral.values(),
				"audit.kind.", vn.tonghop.audit.AuditKind.values(), "web.role.", vn.tonghop.account.Role.values());
		shown.forEach((prefix, values) -> Stream.of(values).map(v -> prefix + v.name())
			.filter(key -> !defined.contains(key)).forEach(missing::add));
		assertThat(missing).isEmpty();
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> diff(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}
}
