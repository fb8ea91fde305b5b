package vn.tonghop.orgunit;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.system.TonghopSettings;

/**
 * The owner of table unit_move: units that change their upper unit over time. An import is all or nothing, like the
 * registry's: a file with any bad line changes nothing and names every bad line. A move already stored is kept; a
 * line for the same unit and day replaces its parent.
 */
@Service
public class UnitMoves {

	private final JdbcClient jdbc;

	private final OrgRegistry registry;

	private final String grassrootsType;

	UnitMoves(JdbcClient jdbc, OrgRegistry registry, TonghopSettings settings) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.grassrootsType = settings.grassrootsType();
	}

	/**
	 * @throws RegistryImportRejected naming every bad line: an unknown unit or parent, a parent that is a CĐCS, a
	 * move before the unit was founded or after it ended, the same unit twice on one day, a cycle on the day
	 */
	@Transactional
	public ImportSummary importCsv(InputStream csv) throws IOException {
		MovesCsvParser.Result parsed = new MovesCsvParser().parse(csv);
		List<RegistryLineError> errors = new ArrayList<>(parsed.errors());
		OrgTree stored = registry.treeAt(OrgRegistry.BEFORE_ANY_MOVE);
		Map<String, Long> firstLine = new HashMap<>();
		for (MovesCsvParser.Line line : parsed.lines()) {
			UnitMove move = line.move();
			Long previous = firstLine.putIfAbsent(move.code() + "@" + move.movedOn(), line.number());
			if (previous != null) {
				errors.add(RegistryLineError.of(line.number(), "registry.move.duplicate", move.code(), move.movedOn(),
						previous));
			}
			var unit = stored.unit(move.code());
			var parent = stored.unit(move.parentCode());
			if (unit.isEmpty()) {
				errors.add(RegistryLineError.of(line.number(), "registry.move.unknownUnit", move.code()));
			}
			else if (!unit.get().isActiveOn(move.movedOn())) {
				errors.add(RegistryLineError.of(line.number(), "registry.move.notStanding", move.code(),
						move.movedOn()));
			}
			if (parent.isEmpty()) {
				errors.add(RegistryLineError.of(line.number(), "registry.error.unknownParent", move.parentCode()));
			}
			else if (grassrootsType.equals(parent.get().type())) {
				errors.add(RegistryLineError.of(line.number(), "registry.error.parentIsGrassroots", move.parentCode()));
			}
		}
		if (errors.isEmpty()) {
			errors.addAll(cycles(parsed.lines()));
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingLong(RegistryLineError::line));
			throw new RegistryImportRejected(errors);
		}
		int inserted = 0;
		int updated = 0;
		for (MovesCsvParser.Line line : parsed.lines()) {
			UnitMove move = line.move();
			var before = jdbc.sql("SELECT parent_code FROM unit_move WHERE code = ? AND moved_on = ?")
				.params(move.code(), Date.valueOf(move.movedOn()))
				.query(String.class)
				.optional();
			if (before.isEmpty()) {
				jdbc.sql("INSERT INTO unit_move (code, moved_on, parent_code) VALUES (?, ?, ?)")
					.params(move.code(), Date.valueOf(move.movedOn()), move.parentCode())
					.update();
				inserted++;
			}
			else if (!before.get().equals(move.parentCode())) {
				jdbc.sql("UPDATE unit_move SET parent_code = ? WHERE code = ? AND moved_on = ?")
					.params(move.parentCode(), move.code(), Date.valueOf(move.movedOn()))
					.update();
				updated++;
			}
		}
		return new ImportSummary(inserted, updated, parsed.lines().size() - inserted - updated);
	}

	/** Each day a move takes effect, the tree of that day with the file's moves must still be a tree. */
	private List<RegistryLineError> cycles(List<MovesCsvParser.Line> lines) {
		List<RegistryLineError> errors = new ArrayList<>();
		Set<java.time.LocalDate> days = new HashSet<>();
		lines.forEach(l -> days.add(l.move().movedOn()));
		for (java.time.LocalDate day : days) {
			Map<String, OrgUnit> units = new HashMap<>();
			registry.treeAt(day).units().forEach(u -> units.put(u.code(), u));
			lines.stream()
				.filter(l -> !l.move().movedOn().isAfter(day))
				.sorted(java.util.Comparator.comparing(l -> l.move().movedOn()))
				.forEach(l -> units.computeIfPresent(l.move().code(), (code, u) -> new OrgUnit(u.code(), u.name(),
						u.type(), l.move().parentCode(), u.sector(), u.validFrom(), u.validTo())));
			lines.stream()
				.filter(l -> l.move().movedOn().equals(day))
				.forEach(l -> RegistryLineChecks.cycleFrom(l.move().code(), units)
					.ifPresent(cycle -> errors.add(RegistryLineError.of(l.number(), "registry.error.cycle",
							l.move().code(), cycle))));
		}
		return errors;
	}

	/** Every stored move, by unit and day. */
	public List<UnitMove> all() {
		return jdbc.sql("SELECT code, moved_on, parent_code FROM unit_move ORDER BY code, moved_on")
			.query((rs, n) -> new UnitMove(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
			.list();
	}
}
