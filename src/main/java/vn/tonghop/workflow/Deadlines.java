package vn.tonghop.workflow;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The owner of table round_deadline: each round's deadline per level (unit type). */
@Service
public class Deadlines {

	private final JdbcClient jdbc;

	Deadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets the given levels' deadlines of a round, leaving the others as they are. */
	@Transactional
	public void set(String roundCode, Map<String, LocalDate> byType) {
		byType.forEach((type, due) -> {
			jdbc.sql("DELETE FROM round_deadline WHERE round_code = ? AND unit_type = ?").params(roundCode, type).update();
			jdbc.sql("INSERT INTO round_deadline (round_code, unit_type, due_on) VALUES (?, ?, ?)")
				.params(roundCode, type, Date.valueOf(due))
				.update();
		});
	}

	/** The round's deadlines by unit type; empty when it has none. */
	public Map<String, LocalDate> of(String roundCode) {
		Map<String, LocalDate> due = new TreeMap<>();
		jdbc.sql("SELECT unit_type, due_on FROM round_deadline WHERE round_code = ?")
			.param(roundCode)
			.query((rs, n) -> due.put(rs.getString(1), rs.getDate(2).toLocalDate()))
			.list();
		return due;
	}

	/**
	 * The deadlines of a rounds file ({@code code,…,deadlines}, the last as {@link #parse} reads it), for rounds new
	 * and old; a file without the column sets none.
	 *
	 * @return the number of rounds whose deadlines were set
	 * @throws IllegalArgumentException naming a deadline that cannot be read
	 */
	@Transactional
	public int importRoundsCsv(java.io.InputStream input) throws java.io.IOException {
		int set = 0;
		var format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setTrim(true).get();
		// The rounds file, which the rounds' own import has read (and refused if it is not UTF-8) first.
		java.io.Reader text = vn.tonghop.system.CsvInput.utf8(input);
		try (var parser = org.apache.commons.csv.CSVParser.parse(text, vn.tonghop.system.CsvInput.delimited(text, format))) {
			if (!parser.getHeaderNames().contains("deadlines")) {
				return 0;
			}
			for (var r : parser) {
				if (!r.get("deadlines").isBlank()) {
					set(r.get("code"), parse(r.get("deadlines")));
					set++;
				}
			}
		}
		return set;
	}

	/**
	 * "CDCS=2020-11-15;HUYEN=2020-12-31" (or "CDCS=15/11/2020", see {@link vn.tonghop.system.VietnameseFormat#parseDate})
	 * as a map; the form the rounds file and the command take.
	 *
	 * @throws IllegalArgumentException naming the part that is not TYPE=date
	 */
	public static Map<String, LocalDate> parse(String text) {
		Map<String, LocalDate> due = new TreeMap<>();
		for (String part : text.split("[;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			String[] kv = part.split("=", 2);
			try {
				due.put(kv[0].strip().toUpperCase(java.util.Locale.ROOT),
						vn.tonghop.system.VietnameseFormat.parseDate(kv[1]).orElseThrow());
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(part, ex);
			}
		}
		return due;
	}
}
