package vn.tonghop.intake;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What is written and read a batch or a page at a time comes back whole and in order. */
@TonghopSpringTest
class ReceivedFilesPagingTest {

	@Autowired
	IntakeRepository intake;

	@Autowired
	InboxListing inboxListing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	vn.tonghop.system.Database database;

	@BeforeEach
	@org.junit.jupiter.api.AfterEach
	void clean() {
		jdbc.sql("DELETE FROM finding").update();
		jdbc.sql("DELETE FROM received_file").update();
		jdbc.sql("DELETE FROM inbox_seen").update();
		jdbc.sql("DELETE FROM run_file WHERE run_id IN (96, 97, 98)").update();
		jdbc.sql("DELETE FROM run_listing_done WHERE run_id IN (96, 97, 98)").update();
	}

	@Test
	void aListingLongerThanOneBatchIsStoredWholeAndPendingPagesThroughIt() {
		// 2.345 files: two full batches of 1.000 and a part; pending() gives 500 a page.
		List<InboxFile> listing = new ArrayList<>();
		for (int i = 0; i < 2345; i++) {
			listing.add(new InboxFile(i, String.format("h%02d/f%04d.xlsx", i % 7, i), 1000 + i, Instant.ofEpochSecond(i)));
		}

		inboxListing.saveSnapshot(98L, listing);

		List<InboxFile> read = new ArrayList<>();
		int after = -1;
		for (List<InboxFile> page = inboxListing.pending(98L, after); !page.isEmpty(); page = inboxListing.pending(98L, after)) {
			assertThat(page).hasSizeLessThanOrEqualTo(500);
			read.addAll(page);
			after = page.get(page.size() - 1).position();
		}
		assertThat(read).isEqualTo(listing);
	}

	/**
	 * A listing interrupted after some of its batches committed does not count, and listing again replaces what it
	 * left: no file twice, none of the old rows kept.
	 */
	@Test
	void anInterruptedListingIsReplacedWhole() {
		jdbc.sql("INSERT INTO run_file (run_id, position, path, size_bytes, modified_at) VALUES (97, 0, 'old/a.xlsx', 1, "
				+ "CURRENT_TIMESTAMP), (97, 1, 'old/b.xlsx', 2, CURRENT_TIMESTAMP)").update();
		assertThat(inboxListing.hasSnapshot(97L)).isFalse();
		List<InboxFile> listing = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			listing.add(new InboxFile(i, String.format("new/f%04d.xlsx", i), 10 + i, Instant.ofEpochSecond(i)));
		}

		inboxListing.saveSnapshot(97L, listing);

		assertThat(inboxListing.hasSnapshot(97L)).isTrue();
		List<InboxFile> read = new ArrayList<>(inboxListing.pending(97L, -1));
		read.addAll(inboxListing.pending(97L, read.get(read.size() - 1).position()));
		read.addAll(inboxListing.pending(97L, read.get(read.size() - 1).position()));
		assertThat(read).isEqualTo(listing);
		assertThat(jdbc.sql("SELECT files FROM run_listing_done WHERE run_id = 97").query(Integer.class).single())
			.isEqualTo(1001);
	}

	/**
	 * What was seen before is read 5.000 rows a page: 11.500 seen paths over three pages, 500 of them no longer in the
	 * inbox. Of the 12.000 files listed, the first 11.000 were seen; in each thousand of those, one has another size
	 * and one another time: 11.000 − 2 × 11 = 10.978 unchanged, only counted; the other 1.022 are stored for the run
	 * to take. Every seen path names a received content, as the store writes them.
	 */
	@Test
	void onlyFilesSeenWithTheSameSizeAndTimeAreUnchanged() {
		List<InboxFile> listing = new ArrayList<>();
		List<Object[]> seen = new ArrayList<>();
		List<Object[]> received = new ArrayList<>();
		for (int i = 0; i < 12_000; i++) {
			InboxFile file = new InboxFile(i, String.format("h%02d/f%05d.xlsx", i % 13, i), 1000 + i,
					Instant.ofEpochSecond(1_600_000_000L + i, 123_456_789));
			listing.add(file);
			if (i < 11_000) {
				String sha = String.format("%064d", i);
				long size = i % 1000 == 1 ? file.size() + 1 : file.size();
				Instant time = i % 1000 == 2 ? file.modified().plusSeconds(1) : file.modified();
				seen.add(new Object[] { file.path(), size, Timestamp.from(time), sha });
				received.add(new Object[] { sha, file.path(), "x/" + sha, size, 1L, Timestamp.from(time), "ACCEPTED", "U" });
			}
		}
		for (int i = 0; i < 500; i++) {
			String sha = String.format("%064d", 20_000 + i);
			seen.add(new Object[] { String.format("gone/f%05d.xlsx", i), 1, Timestamp.from(Instant.EPOCH), sha });
			received.add(new Object[] { sha, "gone", "x/" + sha, 1, 1L, Timestamp.from(Instant.EPOCH), "ACCEPTED", "U" });
		}
		template.batchUpdate("INSERT INTO inbox_seen (path, size_bytes, modified_at, sha256) VALUES (?, ?, ?, ?)", seen);
		template.batchUpdate("INSERT INTO received_file (sha256, file_name, archive_path, size_bytes, run_id, "
				+ "received_at, status, unit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", received);

		inboxListing.saveSnapshot(96L, listing);

		InboxListing.Counts counts = inboxListing.counts(96L);
		assertThat(counts.total()).isEqualTo(12_000);
		assertThat(counts.unchanged()).isEqualTo(10_978);
		List<Integer> pending = new ArrayList<>();
		int after = -1;
		for (List<InboxFile> page = inboxListing.pending(96L, after); !page.isEmpty(); page = inboxListing.pending(96L, after)) {
			page.forEach(f -> pending.add(f.position()));
			after = page.get(page.size() - 1).position();
		}
		assertThat(pending).hasSize(1_022).allMatch(i -> i >= 11_000 || i % 1000 == 1 || i % 1000 == 2);
	}

	@Test
	void everyFileWithFindingsOnceInNameOrderWithItsOwnFindings() {
		// 1.203 files over three pages (500 a page); two share a name; every third has no finding; file i has
		// i % 4 + 1 findings (when it has any).
		// A run id of its own: a fixed one collides with a run an earlier test in the same context made.
		long run = database.nextValue("run_id_seq");
		List<Object[]> files = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		for (int i = 0; i < 1203; i++) {
			String sha = String.format("%064d", i);
			String name = i == 8 ? "f0007.xlsx" : String.format("f%04d.xlsx", i);
			files.add(new Object[] { sha, name, "x/" + sha, 1, run, Timestamp.from(Instant.EPOCH), "ACCEPTED", "U" });
			if (i % 3 != 0) {
				for (int f = 0; f <= i % 4; f++) {
					findings.add(new Object[] { sha, f, "WARNING", "W" + f, "s", "A1", "LD01", 2020, "k", "a" + i });
				}
			}
		}
		template.batchUpdate("INSERT INTO received_file (sha256, file_name, archive_path, size_bytes, run_id, "
				+ "received_at, status, unit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", files);
		template.batchUpdate("INSERT INTO finding (sha256, position, severity, code, sheet, cell, indicator, year_no, "
				+ "message_key, message_args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", findings);

		List<IntakeRepository.ReceivedFile> seen = new ArrayList<>();
		jdbc.sql("INSERT INTO run (id, round_code, inbox, started_at, status) VALUES (?, '"
				+ vn.tonghop.rounds.TestRounds.FIRST + "', 'x', CURRENT_TIMESTAMP, 'COMPLETED')").param(run).update();
		intake.forEachReceivedIn(vn.tonghop.rounds.TestRounds.FIRST, run - 1, run, seen::add);

		assertThat(seen).hasSize(802); // 1.203 less the 401 files with i % 3 == 0
		for (int k = 1; k < seen.size(); k++) {
			var before = seen.get(k - 1);
			var after = seen.get(k);
			int order = before.path().compareTo(after.path());
			assertThat(order < 0 || (order == 0 && before.sha256().compareTo(after.sha256()) < 0)).isTrue();
		}
		for (var file : seen) {
			int i = Integer.parseInt(file.sha256());
			assertThat(file.findings()).hasSize(i % 4 + 1);
			assertThat(file.findings()).allSatisfy(f -> assertThat(f.args()).containsExactly("a" + i));
			assertThat(file.findings().get(0).code()).isEqualTo("W0");
			assertThat(file.findings().get(0).file()).isEqualTo(file.path());
		}
	}
}
