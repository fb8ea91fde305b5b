package vn.tonghop.rounds;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.form.Form;
import vn.tonghop.form.FormCatalog;

/**
 * The one owner of table report_round. A round is open from its creation; a returned file goes to the open round of
 * its form's id and version, so two open rounds never collect the same form version.
 */
@Service
public class Rounds {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private static final String COLUMNS = "code, title, form_id, form_version, reference_date, compare_with, status, "
			+ "ordinal";

	private final JdbcClient jdbc;

	private final FormCatalog forms;

	private final Clock clock;

	/**
	 * @param bundled the application's own form, stored in the catalog before any round is read; an installation
	 * configured with another bundled form gets its round here on first start (the migration creates the standard one)
	 */
	Rounds(JdbcClient jdbc, FormCatalog forms, Form bundled, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		if (jdbc.sql("SELECT COUNT(*) FROM report_round").query(Integer.class).single() == 0) {
			create(bundled.id() + ":" + bundled.version(), bundled.title(), null, null);
		}
	}

	/** The longest round title kept (table report_round). */
	static final int MAX_TITLE = 500;

	/**
	 * Creates and opens a round.
	 *
	 * @param formRef a stored form's id, or id:version (without a version, the newest imported)
	 * @param referenceDate the day the tree is taken at; null for 31/12 of the form's last year
	 * @param code the round's id; null for one made of the form's id and years
	 * @throws RoundRejected when the form is not stored, the code is taken or malformed, the title is blank, or an
	 * open round already collects that form version
	 */
	@Transactional
	public Round create(String formRef, String title, LocalDate referenceDate, String code) {
		String[] ref = formRef.split(":", 2);
		Form form = (ref.length == 2 ? forms.find(ref[0], ref[1]) : forms.newest(ref[0]))
			.orElseThrow(() -> new RoundRejected("round.formUnknown", formRef));
		if (title == null || title.isBlank()) {
			throw new RoundRejected("round.titleMissing");
		}
		if (title.strip().length() > MAX_TITLE) {
			throw new RoundRejected("round.titleTooLong", title.strip().length(), MAX_TITLE);
		}
		String id = code != null ? code : defaultCode(form);
		if (!CODE.matcher(id).matches()) {
			throw new RoundRejected("round.codeMalformed", id);
		}
		if (find(id).isPresent()) {
			throw new RoundRejected("round.codeTaken", id);
		}
		Optional<Round> collecting = openFor(form.id(), form.version());
		if (collecting.isPresent()) {
			throw new RoundRejected("round.formTaken", form.id(), form.version(), collecting.get().code());
		}
		LocalDate reference = referenceDate != null ? referenceDate : LocalDate.of(form.lastYear(), 12, 31);
		int ordinal = jdbc.sql("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM report_round").query(Integer.class).single();
		jdbc.sql("INSERT INTO report_round (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, NULL, 'OPEN', ?, ?)")
			.params(id, title.strip(), form.id(), form.version(), Date.valueOf(reference), ordinal,
					Timestamp.from(clock.instant()))
			.update();
		return require(id);
	}

	/** Sets (or, with null, clears) the round whose figures this round's reports show beside its own. */
	@Transactional
	public Round compareWith(String code, String previous) {
		require(code);
		if (previous != null && (previous.equals(code) || find(previous).isEmpty())) {
			throw new RoundRejected("round.previousUnknown", previous);
		}
		jdbc.sql("UPDATE report_round SET compare_with = ? WHERE code = ?").params(previous, code).update();
		return require(code);
	}

	/** Every round, in the order created. */
	public List<Round> all() {
		return rows("ORDER BY ordinal");
	}

	public List<Round> open() {
		return all().stream().filter(Round::open).toList();
	}

	/** The first round, the bundled form's: the one data/out/latest and the commands without --round speak of. */
	public Round first() {
		return all().get(0);
	}

	public Optional<Round> find(String code) {
		return rows("WHERE code = ?", code).stream().findFirst();
	}

	public Round require(String code) {
		return find(code).orElseThrow(() -> new RoundRejected("round.unknown", code, codes(all())));
	}

	/**
	 * The round a command means: the one named, or without a name the only open round.
	 *
	 * @throws RoundRejected when the named round does not exist, or none is named and several are open
	 */
	public Round chosen(String code) {
		if (code != null) {
			return require(code);
		}
		List<Round> open = open();
		if (open.size() != 1) {
			throw new RoundRejected("round.choose", codes(open.isEmpty() ? all() : open));
		}
		return open.get(0);
	}

	/** The open round that collects this form version, if any. */
	public Optional<Round> openFor(String formId, String formVersion) {
		return open().stream()
			.filter(r -> r.form().id().equals(formId) && r.form().version().equals(formVersion))
			.findFirst();
	}

	private static String codes(List<Round> rounds) {
		return rounds.stream().map(Round::code).collect(Collectors.joining(", "));
	}

	private static String defaultCode(Form form) {
		String years = form.firstYear() == form.lastYear() ? String.valueOf(form.firstYear())
				: form.firstYear() + "-" + form.lastYear();
		return (form.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + years).replaceAll("^-+", "");
	}

	private List<Round> rows(String where, Object... params) {
		record Row(String code, String title, String formId, String version, LocalDate reference, String previous,
				boolean open, int ordinal) {
		}
		// Rows first, forms after: a form may need a query of its own, which is not made while a result is open.
		return jdbc.sql("SELECT " + COLUMNS + " FROM report_round " + where)
			.params(params)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), rs.getString(6), "OPEN".equals(rs.getString(7)), rs.getInt(8)))
			.list()
			.stream()
			.map(r -> new Round(r.code(), r.title(),
					forms.find(r.formId(), r.version())
						.orElseThrow(() -> new IllegalStateException("The form of round " + r.code() + " is not stored")),
					r.reference(), r.previous(), r.open(), r.ordinal()))
			.toList();
	}
}
