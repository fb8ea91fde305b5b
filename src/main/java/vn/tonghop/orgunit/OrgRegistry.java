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

	private final JdbcClient jdbc;

	private final Set<String> types;

	private final String grassrootsType;

	private final Set<String> sectors;

	OrgRegistry(JdbcClient jdbc, TonghopSettings settings, Form form) {
		this.jdbc = jdbc;
		this.types = new LinkedHashSet<>(settings.unitTypes());
		this.grassrootsType = settings.grassrootsType();
		this.sectors = new java.util.TreeSet<>(form.sectorCodes());
	}

	/**
	 * The tree of one registry version; immutable, so every caller can share it.
	 *
	 * @param version a counter every change of the registry moves: equal versions mean an equal registry
	 */
	public record Versioned(long version, OrgTree tree) {
	}

	private volatile Versioned cached;

	/**
	 * The registry as a tree. One instance is kept and shared until the registry changes (a database trigger counts
	 * every change): the steps of a run, and every request of the web app, use the same tree instead of building
	 * one each (at 50.000 units, three copies were alive at once during a run).
	 */
	public OrgTree tree() {
		return versionedTree().tree();
	}

	/** {@link #tree()} with the registry version it was built from. */
	public Versioned versionedTree() {
		long version = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM registry_change").query(Long.class).single();
		Versioned current = cached;
		if (current != null && current.version() == version) {
			return current;
		}
		// The tree lives as long as the registry does not change, and a province has 10.000 units: a type, sector,
		// parent code or date that many units share is held once, not once a unit as the driver hands it over.
		Map<Object, Object> shared = new HashMap<>();
		OrgTree tree = new OrgTree(jdbc
			.sql("SELECT code, name, type, parent_code, sector, valid_from, valid_to FROM org_unit "
					+ "ORDER BY sort_order NULLS LAST, code")
			.query((rs, row) -> map(rs, shared))
			.list());
		Versioned built = new Versioned(version, tree);
		cached = built;
		return built;
	}

	@Transactional
	public ImportSummary importCsv(InputStream csv) throws IOException {
		RegistryCsvParser.Result parsed = new RegistryCsvParser().parse(csv);
		List<RegistryLineError> errors = new ArrayList<>(parsed.errors());
		Map<String, OrgUnit> existing = new HashMap<>();
		tree().units().forEach(u -> existing.put(u.code(), u));
		errors.addAll(checkAcrossLines(parsed.lines(), existing));
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

	private List<RegistryLineError> checkAcrossLines(List<RegistryCsvParser.Line> lines,
			Map<String, OrgUnit> existing) {
		List<RegistryLineError> errors = new ArrayList<>();
		Map<String, Long> firstLine = new HashMap<>();
		Map<String, OrgUnit> merged = new HashMap<>(existing);
		for (RegistryCsvParser.Line line : lines) {
			OrgUnit unit = line.unit();
			Long previous = firstLine.putIfAbsent(unit.code(), line.number());
			if (previous != null) {
				errors.add(RegistryLineError.of(line.number(), "registry.error.duplicate", unit.code(), previous));
			}
			if (!types.contains(unit.type())) {
				errors.add(RegistryLineError.of(line.number(), "registry.error.unknownType", unit.type(),
						String.join(", ", types)));
			}
			if (unit.sector() != null && !sectors.contains(unit.sector())) {
				errors.add(RegistryLineError.of(line.number(), "registry.error.unknownSector", unit.sector(),
						String.join(", ", sectors)));
			}
			else if (unit.sector() == null && grassrootsType.equals(unit.type())) {
				errors.add(RegistryLineError.of(line.number(), "registry.error.sectorRequired", unit.code(),
						String.join(", ", sectors)));
			}
			merged.put(unit.code(), unit);
		}
		for (RegistryCsvParser.Line line : lines) {
			OrgUnit unit = line.unit();
			if (unit.parentCode() != null && !merged.containsKey(unit.parentCode())) {
				errors.add(RegistryLineError.of(line.number(), "registry.error.unknownParent", unit.parentCode()));
			}
			else if (unit.parentCode() != null && grassrootsType.equals(merged.get(unit.parentCode()).type())) {
				errors.add(RegistryLineError.of(line.number(), "registry.error.parentIsGrassroots", unit.parentCode()));
			}
			cycleFrom(unit.code(), merged).ifPresent(cycle -> errors
				.add(RegistryLineError.of(line.number(), "registry.error.cycle", unit.code(), cycle)));
		}
		return errors;
	}

	/** The chain "A → B → A" when following parents from {@code code} comes back to a unit already passed. */
	private static java.util.Optional<String> cycleFrom(String code, Map<String, OrgUnit> units) {
		List<String> path = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String current = code;
		while (current != null && units.containsKey(current)) {
			if (!seen.add(current)) {
				path.add(current);
				return path.get(0).equals(current) ? java.util.Optional.of(String.join(" → ", path))
						: java.util.Optional.empty();
			}
			path.add(current);
			current = units.get(current).parentCode();
		}
		return java.util.Optional.empty();
	}

	@SuppressWarnings("unchecked")
	private static <T> T share(Map<Object, Object> shared, T value) {
		return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
	}

	private static Date toSql(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static OrgUnit map(ResultSet rs, Map<Object, Object> shared) throws SQLException {
		Date from = rs.getDate("valid_from");
		Date to = rs.getDate("valid_to");
		return new OrgUnit(rs.getString("code"), rs.getString("name"), share(shared, rs.getString("type")),
				share(shared, rs.getString("parent_code")), share(shared, rs.getString("sector")),
				share(shared, from == null ? null : from.toLocalDate()), share(shared, to == null ? null : to.toLocalDate()));
	}
}
