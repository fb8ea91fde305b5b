package vn.tonghop.reporttext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.orgunit.Scope;

/**
 * The one owner of table report_edit: what staff set in a unit's report of a round, each change kept with who made it
 * and when. Every write names the writer's scope and touches only a unit within it.
 */
@Service
public class ReportTexts {

	/** A section's text is bounded so one paste cannot bloat every report of the tree. */
	public static final int MAX_LENGTH = 50_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportTexts(JdbcClient jdbc, java.util.Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** The parts set for the unit in the round, each its newest value (a part taken back to the draft is not in it). */
	public ReportEdits of(String roundCode, String unitCode) {
		Map<ReportPart, String> values = new EnumMap<>(ReportPart.class);
		jdbc.sql("SELECT part, content FROM report_edit e WHERE round_code = ? AND unit_code = ? AND id = (SELECT MAX(id) "
				+ "FROM report_edit x WHERE x.round_code = e.round_code AND x.unit_code = e.unit_code AND x.part = e.part)")
			.params(roundCode, unitCode)
			.query((rs, n) -> {
				if (rs.getString(2) != null) {
					values.put(ReportPart.valueOf(rs.getString(1)), rs.getString(2));
				}
				return null;
			})
			.list();
		return new ReportEdits(values);
	}

	/**
	 * Saves the given parts of a unit's report; a blank value takes the part back to its draft or default. Only
	 * parts whose value changes are recorded.
	 *
	 * @return the number of parts changed
	 * @throws vn.tonghop.orgunit.OutOfScopeException when the unit is outside the writer's scope
	 * @throws ReportEditRejected when a value cannot be used (a date that is not a date, a text too long)
	 */
	@Transactional
	public int save(Scope scope, String roundCode, String unitCode, Map<ReportPart, String> values, String editor) {
		scope.require(unitCode);
		Map<ReportPart, String> current = of(roundCode, unitCode).values();
		int changed = 0;
		for (Map.Entry<ReportPart, String> entry : values.entrySet()) {
			String value = normalised(entry.getKey(), entry.getValue());
			if (!Objects.equals(value, current.get(entry.getKey()))) {
				insert(roundCode, unitCode, entry.getKey(), value, editor);
				changed++;
			}
		}
		return changed;
	}

	/** Takes one part back to its draft or default, recording who did it. */
	@Transactional
	public void revert(Scope scope, String roundCode, String unitCode, ReportPart part, String editor) {
		save(scope, roundCode, unitCode, Map.of(part, ""), editor);
	}

	/** Every change to the unit's report in the round, newest first. */
	public List<ReportEdit> history(String roundCode, String unitCode) {
		return jdbc.sql("SELECT unit_code, part, content, edited_by, edited_at FROM report_edit WHERE round_code = ? AND "
				+ "unit_code = ? ORDER BY id DESC")
			.params(roundCode, unitCode)
			.query((rs, n) -> new ReportEdit(rs.getString(1), ReportPart.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	private void insert(String roundCode, String unitCode, ReportPart part, String value, String editor) {
		jdbc.sql("INSERT INTO report_edit (round_code, unit_code, part, content, edited_by, edited_at) VALUES (?, ?, ?, "
				+ "?, ?, ?)")
			.params(roundCode, unitCode, part.name(), value, editor, Timestamp.from(Instant.now(clock)))
			.update();
	}

	/**
	 * A text as it is kept: NFC, line ends "\n" (a browser sends a textarea's as "\r\n"), no surrounding blanks; null
	 * for a blank one. Compare a text sent back with its draft in this form.
	 */
	public static String canonical(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return java.text.Normalizer.normalize(value.replace("\r\n", "\n").strip(), java.text.Normalizer.Form.NFC);
	}

	private static String normalised(ReportPart part, String value) {
		String text = canonical(value);
		if (text == null) {
			return null;
		}
		if (text.length() > MAX_LENGTH) {
			throw new ReportEditRejected("reportText.error.tooLong", part, String.valueOf(MAX_LENGTH));
		}
		if (part == ReportPart.DATE) {
			try {
				LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new ReportEditRejected("reportText.error.date", part, text);
			}
		}
		return text;
	}
}
