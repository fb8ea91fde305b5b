package vn.tonghop.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads every archived content back and checks it against the SHA-256 recorded when it was received, so that damage
 * (a pack cut short by a full disk, a file changed or lost on disk) is found by the administrator before staff meet
 * it asking for a file, and before a backup copies it on.
 */
@Component
public class ArchiveCheck {

	/** How many damaged contents are named; the rest are counted. */
	static final int NAMED = 100;

	private static final int PAGE = 1_000;

	private final JdbcClient jdbc;

	private final Archive archive;

	ArchiveCheck(JdbcClient jdbc, Archive archive) {
		this.jdbc = jdbc;
		this.archive = archive;
	}

	/** What is wrong with an archived content. */
	public enum Why {
		/** Its bytes are not those received, or its pack ends before it. */
		CHANGED,
		/** Its file or pack is gone from the archive. */
		MISSING,
		/** It cannot be read (permissions, a failing disk). */
		UNREADABLE
	}

	/** One damaged content: the path it was received under, where the archive keeps it, and what is wrong. */
	public record Damaged(String fileName, String archivePath, Why why) {
	}

	/** @param damaged at most {@link #NAMED} of them, by the order of their SHA-256 */
	public record Result(long checked, long damagedCount, List<Damaged> damaged) {

		public boolean isWhole() {
			return damagedCount == 0;
		}
	}

	public Result verify() {
		long checked = 0;
		long damagedCount = 0;
		List<Damaged> damaged = new ArrayList<>();
		String after = "";
		while (true) {
			// Paged by the key, which the index walks (no sort of the remaining rows per page).
			List<String[]> page = jdbc.sql("SELECT sha256, file_name, archive_path FROM received_file WHERE sha256 > ? "
					+ "AND archive_path IS NOT NULL ORDER BY sha256 FETCH FIRST " + PAGE + " ROWS ONLY")
				.param(after)
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
				.list();
			for (String[] row : page) {
				checked++;
				try {
					archive.read(row[2], row[0]);
				}
				catch (IOException unreadable) {
					damagedCount++;
					if (damaged.size() < NAMED) {
						damaged.add(new Damaged(row[1], row[2], unreadable instanceof ArchiveDamaged d
								? d.isMissing() ? Why.MISSING : Why.CHANGED : Why.UNREADABLE));
					}
				}
			}
			if (page.size() < PAGE) {
				return new Result(checked, damagedCount, List.copyOf(damaged));
			}
			after = page.get(page.size() - 1)[0];
		}
	}
}
