package vn.tonghop.intake;

import java.util.stream.LongStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which contents were received before, by their SHA-256, and under which name (table received_file, which
 * {@link IntakeRepository} writes).
 */
@Repository
public class ReceivedContents {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ReceivedContents(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public boolean isKnown(String sha256) {
		return jdbc.sql("SELECT COUNT(*) FROM received_file WHERE sha256 = ?").param(sha256).query(Long.class)
			.single() > 0;
	}

	/** Of {@code sha256s}, those received before: one query for a chunk's new contents. */
	public java.util.Set<String> knownAmong(java.util.Collection<String> sha256s) {
		return sha256s.isEmpty() ? java.util.Set.of()
				: new java.util.HashSet<>(jdbc.sql("SELECT sha256 FROM received_file WHERE sha256 IN (:hashes)")
					.param("hashes", sha256s)
					.query(String.class)
					.list());
	}

	/** The content of a unit's current submission and the name its file was first received under (null if none). */
	public record CurrentFile(String sha256, String fileName) {
	}

	/**
	 * The current file of each of {@code unitCodes} in the round, a thousand units a query: asked only for the few
	 * units a finding names, not beside every submission read.
	 */
	public java.util.Map<String, CurrentFile> currentFiles(String roundCode, java.util.Collection<String> unitCodes) {
		java.util.Map<String, CurrentFile> files = new java.util.HashMap<>();
		java.util.List<String> units = java.util.List.copyOf(new java.util.TreeSet<>(unitCodes));
		for (int from = 0; from < units.size(); from += 1000) {
			jdbc.sql("SELECT s.unit_code, s.sha256, r.file_name FROM submission s LEFT JOIN received_file r ON r.sha256 "
					+ "= s.sha256 WHERE s.round_code = :round AND s.is_current AND s.unit_code IN (:units)")
				.param("round", roundCode)
				.param("units", units.subList(from, Math.min(units.size(), from + 1000)))
				.query((RowCallbackHandler) row -> files.put(row.getString(1),
						new CurrentFile(row.getString(2), row.getString(3))));
		}
		return files;
	}

	/** Every content received so far, as a filter in front of {@link #isKnown} (see {@link KnownContents}). */
	public KnownContents known() {
		LongStream.Builder prefixes = LongStream.builder();
		// Only the 16 hex digits the filter keeps: a driver may hold the whole result before handing it over.
		template.query("SELECT SUBSTRING(sha256 FROM 1 FOR 16) FROM received_file",
				(RowCallbackHandler) row -> prefixes.add(KnownContents.prefix(row.getString(1))));
		return new KnownContents(prefixes.build().toArray());
	}
}
