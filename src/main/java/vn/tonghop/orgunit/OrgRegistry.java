package vn.tonghop.orgunit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.form.Form;
import vn.tonghop.system.TonghopSettings;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation registry: imported from CSV, read as an {@link OrgTree}. An import is all or nothing: a file
 * with any bad line changes nothing and names every bad line. Units absent from the file are left as they are,
 * so a district may import only its own units.
 */
@Service
public class OrgRegistry {

	/** A day before any move: the tree as stored in org_unit, each unit under its first parent. */
	static final LocalDate BEFORE_ANY_MOVE = LocalDate.of(1, 1, 1);

	private final JdbcClient jdbc;

	private final Set<String> types;

	private final String grassrootsType;

	private final Set<String> sectors;

	private final UnitContacts contacts;

	/** Says which day is today: the installation's, not the server's (see vn.tonghop.system.ClockConfiguration). */
	private final java.time.Clock clock;

	OrgRegistry(JdbcClient jdbc, TonghopSettings settings, Form form, UnitContacts contacts, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.contacts = contacts;
		this.types = new LinkedHashSet<>(settings.unitTypes());
		this.grassrootsType = settings.grassrootsType();
		this.sectors = new java.util.TreeSet<>(form.sectorCodes());
	}

	/**
	 * The tree of one registry version on one day; immutable, so every caller can share it.
	 *
	 * @param version a counter every change of the registry (units and moves) moves: equal versions mean an equal
	 * registry
	 */
	public record Versioned(long version, OrgTree tree) {
	}

	private record Cached(long version, Map<LocalDate, OrgTree> trees) {
	}

	private volatile Cached cached = new Cached(-1, Map.of());

	/** The registry as it stands today: for the registry's own pages and for looking a unit up. */
	public OrgTree tree() {
		return treeAt(LocalDate.now(clock));
	}

	/** The tree as it stood on the day: every unit, each under the parent it had then (see {@link UnitMove}). */
	public OrgTree treeAt(LocalDate day) {
		return versionedTreeAt(day).tree();
	}

	/** {@link #tree()} with the registry version it was built from. */
	public Versioned versionedTree() {
		return versionedTreeAt(LocalDate.now(clock));
	}

	/**
	 * {@link #treeAt} with the registry version it was built from. The trees of a version are kept and shared until
	 * the registry changes (a database trigger counts every change): the steps of a run and every request of the web
	 * app use the same tree instead of building one each (at 50.000 units, three copies were alive at once).
	 */
	public Versioned versionedTreeAt(LocalDate day) {
		long version = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM registry_change").query(Long.class).single();
		Cached current = cached;
		if (current.version() != version) {
			current = new Cached(version, java.util.Collections.synchronizedMap(new TreesByDay()));
			cached = current;
		}
		return new Versioned(version, current.trees().computeIfAbsent(day, this::build));
	}

	private OrgTree build(LocalDate day) {
		Map<String, String> movedTo = new HashMap<>();
		jdbc.sql("SELECT code, parent_code FROM unit_move WHERE moved_on <= ? ORDER BY code, moved_on")
			.param(Date.valueOf(day))
			.query((rs, n) -> movedTo.put(rs.getString(1), rs.getString(2)))
			.list();
		// The tree lives as long as the registry does not change, and a province has 10.000 units: a type, sector,
		// parent code or date that many units share is held once, not once a unit as the driver hands it over.
		Map<Object, Object> shared = new HashMap<>();
		return new OrgTree(jdbc
			.sql("SELECT code, name, type, parent_code, sector, valid_from, valid_to FROM org_unit "
					+ "ORDER BY sort_order NULLS LAST, code")
			.query((rs, row) -> map(rs, shared, movedTo))
			.list());
	}

	@Transactional
	public ImportSummary importCsv(InputStream csv) throws IOException {
		RegistryCsvParser.Result parsed = new RegistryCsvParser().parse(csv);
		List<RegistryLineError> errors = new ArrayList<>(parsed.errors());
		Map<String, OrgUnit> existing = new HashMap<>();
		// Compared with the units as stored: each under its parent before any move.
		treeAt(BEFORE_ANY_MOVE).units().forEach(u -> existing.put(u.code(), u));
		errors.addAll(new RegistryLineChecks(types, sectors, grassrootsType).check(parsed.lines(), existing,
				parsed.refused()));
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingLong(RegistryLineError::line));
			throw new RegistryImportRejected(errors);
		}
		int inserted = 0;
		int updated = 0;
		for (RegistryCsvParser.Line line : parsed.lines()) {
			OrgUnit unit = line.unit();
			OrgUnit before = existing.get(unit.code());
			if (before == null) {
				jdbc.sql("INSERT INTO org_unit (code, name, type, parent_code, sector, valid_from, valid_to) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
					.params(unit.code(), unit.name(), unit.type(), unit.parentCode(), unit.sector(),
							toSql(unit.validFrom()), toSql(unit.validTo()))
					.update();
				inserted++;
			}
			else if (!before.equals(unit)) {
				jdbc.sql("UPDATE org_unit SET name = ?, type = ?, parent_code = ?, sector = ?, valid_from = ?, "
						+ "valid_to = ? WHERE code = ?")
					.params(unit.name(), unit.type(), unit.parentCode(), unit.sector(), toSql(unit.validFrom()),
							toSql(unit.validTo()), unit.code())
					.update();
				updated++;
			}
		}
		keepOrder(parsed.lines());
		contacts.save(parsed.lines());
		// The change log needs only its last row (the version); an import adds one per unit.
		jdbc.sql("DELETE FROM registry_change WHERE id < (SELECT MAX(id) FROM registry_change)").update();
		return new ImportSummary(inserted, updated, parsed.lines().size() - inserted - updated);
	}

	/**
	 * The file's order is the registry's order, the order reports list units in (the usual order of the province's
	 * documents rather than of codes). Only units whose place changed are written: each write is a registry change.
	 */
	private void keepOrder(List<RegistryCsvParser.Line> lines) {
		Map<String, Long> orders = new HashMap<>();
		jdbc.sql("SELECT code, sort_order FROM org_unit WHERE sort_order IS NOT NULL")
			.query((rs, n) -> orders.put(rs.getString(1), rs.getLong(2)))
			.list();
		for (RegistryCsvParser.Line line : lines) {
			if (!Long.valueOf(line.number()).equals(orders.get(line.unit().code()))) {
				jdbc.sql("UPDATE org_unit SET sort_order = ? WHERE code = ?")
					.params(line.number(), line.unit().code())
					.update();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T share(Map<Object, Object> shared, T value) {
		return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
	}

	private static Date toSql(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static OrgUnit map(ResultSet rs, Map<Object, Object> shared, Map<String, String> movedTo)
			throws SQLException {
		Date from = rs.getDate("valid_from");
		Date to = rs.getDate("valid_to");
		String code = rs.getString("code");
		String parent = movedTo.getOrDefault(code, rs.getString("parent_code"));
		return new OrgUnit(code, rs.getString("name"), share(shared, rs.getString("type")),
				share(shared, parent), share(shared, rs.getString("sector")),
				share(shared, from == null ? null : from.toLocalDate()), share(shared, to == null ? null : to.toLocalDate()));
	}
}
