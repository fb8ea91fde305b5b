package vn.tonghop.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A content is received once: met again, in a later chunk or in the same one, it is recorded under its new path only. */
@TonghopSpringTest
class DuplicateContentTest {

	private static final String ONE = "1".repeat(64);

	private static final String TWO = "2".repeat(64);

	private static final String LARGE = "3".repeat(64);

	private static final String LARGE_ROUND = "large-form-test";

	@Autowired
	IntakeRepository intake;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM submission_figures WHERE submission_id IN (SELECT id FROM submission WHERE round_code = ?)")
			.param(LARGE_ROUND).update();
		jdbc.sql("DELETE FROM submission WHERE round_code = ?").param(LARGE_ROUND).update();
		jdbc.sql("DELETE FROM duplicate_file").update();
		// The paths it records as seen go with their contents: the next listing trusts them.
		jdbc.sql("DELETE FROM inbox_seen").update();
		jdbc.sql("DELETE FROM received_file").update();
	}

	@Test
	void aContentReceivedInAnEarlierChunkOrEarlierInTheSameChunkIsStoredOnce() {
		intake.saveAll(95L, vn.tonghop.rounds.TestRounds.FIRST, List.of(returned(0, "a.xlsx", ONE)), unit -> false,
				Set.of());
		intake.saveAll(95L, vn.tonghop.rounds.TestRounds.FIRST, List.of(returned(1, "copy/a.xlsx", ONE),
				returned(2, "c.xlsx", TWO), returned(3, "d.xlsx", TWO)), unit -> false, Set.of());

		assertThat(jdbc.sql("SELECT sha256 || ' ' || file_name FROM received_file ORDER BY sha256").query(String.class)
			.list()).containsExactly(ONE + " a.xlsx", TWO + " c.xlsx");
		assertThat(jdbc.sql("SELECT path FROM duplicate_file ORDER BY path").query(String.class).list())
			.containsExactly("copy/a.xlsx", "d.xlsx");
	}

	/**
	 * A form is data, and a larger one than the sample's (1.500 indicators over six years here, 214.501 characters of
	 * figures) is stored whole on the embedded database too: cut short at 32.000 characters, storing it failed, and
	 * every file of that form was returned as the system's failure.
	 */
	@Test
	void theFiguresOfALargeFormAreStoredWhole() {
		java.util.Map<String, java.util.Map<Integer, Object>> figures = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 1500; i++) {
			java.util.Map<Integer, Object> years = new java.util.LinkedHashMap<>();
			for (int year = 2023; year <= 2028; year++) {
				years.put(year, new java.math.BigDecimal("123456789012"));
			}
			figures.put(String.format("CT%04d", i), years);
		}
		FileOutcome accepted = new FileOutcome(0, "large.xlsx", LARGE, "x/" + LARGE, 10, Instant.EPOCH,
				Outcome.ACCEPTED, "H1-A", "1", figures, List.of(), null, null);

		intake.saveAll(96L, LARGE_ROUND, List.of(accepted), unit -> false, Set.of());

		String stored = jdbc.sql("SELECT f.figures FROM submission_figures f JOIN submission s ON s.id = "
				+ "f.submission_id WHERE s.sha256 = ?").param(LARGE).query(String.class).single();
		assertThat(stored.length()).isGreaterThan(100_000);
		assertThat(stored).isEqualTo(Figures.encode(figures));
	}

	private static FileOutcome returned(int position, String path, String sha256) {
		return new FileOutcome(position, path, sha256, "x/" + sha256, 10, Instant.EPOCH, Outcome.REJECTED, null, null,
				null, List.of(), null, null);
	}
}
