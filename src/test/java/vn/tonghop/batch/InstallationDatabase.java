package vn.tonghop.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** What the process tests read back from an installation's database after its processes have ended. */
final class InstallationDatabase {

	private InstallationDatabase() {
	}

	/** The embedded database of a data directory (no process may hold it). */
	static Connection openHsqldb(Path dataDir) throws Exception {
		return DriverManager.getConnection("jdbc:hsqldb:file:" + dataDir.resolve("db/tonghop") + ";shutdown=true", "SA",
				"");
	}

	static long count(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The packs in the archive that no received file points into: what a killed run's chunk leaves behind. */
	static java.util.List<String> unusedPacks(Statement sql, Path dataDir) throws Exception {
		java.util.Set<String> used = new java.util.HashSet<>();
		try (ResultSet rs = sql.executeQuery("SELECT archive_path FROM received_file")) {
			while (rs.next()) {
				String where = rs.getString(1);
				if (where.contains("#")) {
					used.add(where.substring(0, where.indexOf('#')));
				}
			}
		}
		Path packs = dataDir.resolve("archive/packs");
		try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(packs)) {
			return files.map(p -> "packs/" + p.getFileName()).filter(p -> !used.contains(p)).sorted().toList();
		}
	}

	/**
	 * Reads every received file's original back from the installation's archive as its archive path says (a file of
	 * its own, or "packs/&lt;name&gt;.pack#&lt;offset&gt;+&lt;length&gt;"), and counts those whose bytes hash to the
	 * SHA-256 the run computed from the inbox file: byte-identical originals. Any other is a failure.
	 */
	static long identicalOriginals(Statement sql, Path dataDir) throws Exception {
		long identical = 0;
		try (ResultSet rs = sql.executeQuery("SELECT sha256, archive_path FROM received_file")) {
			while (rs.next()) {
				String where = rs.getString(2);
				byte[] original;
				int mark = where.indexOf('#');
				if (mark < 0) {
					original = java.nio.file.Files.readAllBytes(dataDir.resolve("archive").resolve(where));
				}
				else {
					byte[] pack = java.nio.file.Files.readAllBytes(dataDir.resolve("archive").resolve(where.substring(0, mark)));
					String[] slice = where.substring(mark + 1).split("\\+");
					int offset = Integer.parseInt(slice[0]);
					original = java.util.Arrays.copyOfRange(pack, offset, offset + Integer.parseInt(slice[1]));
				}
				String sha256 = java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(original));
				if (!sha256.equals(rs.getString(1))) {
					throw new AssertionError("The archived original at " + where + " is not the file received as "
							+ rs.getString(1));
				}
				identical++;
			}
		}
		return identical;
	}

	static String text(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
