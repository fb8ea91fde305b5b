package vn.tonghop.orgunit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a registry file across its lines and against the units stored: codes given twice, types and sectors
 * the installation does not know, parents that are not there or are CĐCS, cycles.
 */
final class RegistryLineChecks {

	private final Set<String> types;

	private final Set<String> sectors;

	private final String grassrootsType;

	RegistryLineChecks(Set<String> types, Set<String> sectors, String grassrootsType) {
		this.types = types;
		this.sectors = sectors;
		this.grassrootsType = grassrootsType;
	}

	/** @param refused units of the file refused for their own line's error: named as parents, said once, not again */
	List<RegistryLineError> check(List<RegistryCsvParser.Line> lines,
			Map<String, OrgUnit> existing, java.util.Set<String> refused) {
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
				if (!refused.contains(unit.parentCode())) {
					errors.add(RegistryLineError.of(line.number(), "registry.error.unknownParent", unit.parentCode()));
				}
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
	static java.util.Optional<String> cycleFrom(String code, Map<String, OrgUnit> units) {
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
}
