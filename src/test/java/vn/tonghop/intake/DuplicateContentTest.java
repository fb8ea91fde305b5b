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

	@Autowired
	IntakeRepository intake;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
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

	private static FileOutcome returned(int position, String path, String sha256) {
		return new FileOutcome(position, path, sha256, "x/" + sha256, 10, Instant.EPOCH, Outcome.REJECTED, null, null,
				null, List.of(), null);
	}
}
