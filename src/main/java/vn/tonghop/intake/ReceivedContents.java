package vn.tonghop.intake;

import java.util.stream.LongStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which contents were received before, by their SHA-256 (table received_file, which {@link IntakeRepository} writes). */
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

	/**
	 * The name each of {@code sha256s} was first received under, a thousand at a time: asked only for the few
	 * contents a finding names, not beside every row read.
	 */
	public java.util.Map<String, String> fileNames(java.util.Collection<String> sha256s) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		java.util.List<String> all = java.util.List.copyOf(new java.util.TreeSet<>(sha256s));
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("SELECT sha256, file_name FROM received_file WHERE sha256 IN (:hashes)")
				.param("hashes", all.subList(from, Math.min(all.size(), from + 1000)))
				.query((RowCallbackHandler) row -> names.put(row.getString(1), row.getString(2)));
		}
		return names;
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
