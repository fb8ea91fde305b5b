package vn.tonghop.form;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of table form_definition: the forms this installation can read, each checked whole when it is
 * imported and kept as its text. A stored version never changes (see {@link FormVersionTaken}).
 */
@Service
public class FormCatalog {

	/** What an import did. */
	public enum Outcome {
		IMPORTED, UNCHANGED, REPLACED
	}

	public record Imported(Form form, Outcome outcome) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FormLoader loader = new FormLoader();

	private final Map<String, Form> cache = new ConcurrentHashMap<>();

	/** Indicator names by code over every stored form; rebuilt after an import. */
	private volatile Map<String, String> names;

	FormCatalog(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/**
	 * Checks a definition and stores it under its id and version.
	 *
	 * @param source the file it came from, kept for {@code forms list}
	 * @throws FormDefinitionException naming every fault with its line; nothing is stored
	 * @throws FormVersionTaken when that id and version hold another definition
	 */
	@Transactional
	public Imported importDefinition(String text, String source) {
		return store(text, source, false);
	}

	/** The application's own form: stored on first start, and replacing its stored text when an upgrade changed it. */
	@Transactional
	public Imported importBundled(String text, String source) {
		return store(text, source, true);
	}

	private Imported store(String text, String source, boolean bundled) {
		Form form = loader.parse(text, source);
		String sha = sha256(text);
		Optional<String> stored = jdbc.sql("SELECT sha256 FROM form_definition WHERE form_id = ? AND version = ?")
			.params(form.id(), form.version())
			.query(String.class)
			.optional();
		if (stored.isPresent() && stored.get().equals(sha)) {
			return new Imported(form, Outcome.UNCHANGED);
		}
		if (stored.isPresent() && !bundled) {
			throw new FormVersionTaken(form.id(), form.version());
		}
		if (stored.isPresent()) {
			jdbc.sql("DELETE FROM form_definition WHERE form_id = ? AND version = ?")
				.params(form.id(), form.version())
				.update();
		}
		jdbc.sql("INSERT INTO form_definition (form_id, version, title, definition, sha256, source, imported_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(form.id(), form.version(), form.title(), text, sha, source, Timestamp.from(clock.instant()))
			.update();
		cache.put(key(form.id(), form.version()), form);
		names = null;
		return new Imported(form, stored.isPresent() ? Outcome.REPLACED : Outcome.IMPORTED);
	}

	/** The stored form of that id and version. */
	public Optional<Form> find(String id, String version) {
		Form cached = cache.get(key(id, version));
		if (cached != null) {
			return Optional.of(cached);
		}
		return jdbc.sql("SELECT definition, source FROM form_definition WHERE form_id = ? AND version = ?")
			.params(id, version)
			.query((rs, n) -> loader.parse(rs.getString(1), rs.getString(2)))
			.optional()
			.map(form -> {
				cache.put(key(id, version), form);
				return form;
			});
	}

	/** The newest imported version of a form id. */
	public Optional<Form> newest(String id) {
		return jdbc.sql("SELECT version FROM form_definition WHERE form_id = ? ORDER BY imported_at DESC, version DESC")
			.param(id)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.flatMap(version -> find(id, version));
	}

	/**
	 * The name of an indicator of any stored form (the newest form's where forms name it differently): a finding
	 * names its indicator by code only.
	 */
	public Optional<String> indicatorName(String code) {
		Map<String, String> known = names;
		if (known == null) {
			Map<String, String> built = new java.util.HashMap<>();
			list().forEach(stored -> find(stored.id(), stored.version()).orElseThrow()
				.indicators()
				.forEach(i -> built.put(i.code(), i.name())));
			known = Map.copyOf(built);
			names = known;
		}
		return Optional.ofNullable(known.get(code));
	}

	/** Every stored form, in the order imported. */
	public List<StoredForm> list() {
		record Row(String id, String version, String source, Instant at) {
		}
		return jdbc.sql("SELECT form_id, version, source, imported_at FROM form_definition ORDER BY imported_at, "
				+ "form_id, version")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list()
			.stream()
			.map(row -> {
				Form form = find(row.id(), row.version()).orElseThrow();
				return new StoredForm(form.id(), form.version(), form.title(), form.firstYear(), form.lastYear(),
						form.indicators().size(), row.source(), row.at());
			})
			.toList();
	}

	private static String key(String id, String version) {
		return id + "\u0000" + version;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
