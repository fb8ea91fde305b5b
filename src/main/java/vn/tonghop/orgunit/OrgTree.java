package vn.tonghop.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the registry with its parent/child links, of any depth. "As of" views filter by the
 * validity dates; the links themselves are the same at every date.
 */
public final class OrgTree {

	private final Map<String, OrgUnit> units;

	private final Map<String, List<OrgUnit>> children;

	/** Codes as people type them: folder names and sign-up forms do not keep the registry's capitals. */
	private final Map<String, OrgUnit> byUpperCaseCode;

	public OrgTree(Collection<OrgUnit> all) {
		Map<String, OrgUnit> byCode = new LinkedHashMap<>();
		all.stream().sorted(Comparator.comparing(OrgUnit::code)).forEach(u -> byCode.put(u.code(), u));
		Map<String, List<OrgUnit>> byParent = new HashMap<>();
		// Children keep the order they are handed in: the registry's own order (OrgRegistry reads by sort_order).
		for (OrgUnit unit : all) {
			if (unit.parentCode() != null) {
				byParent.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
			}
		}
		this.units = byCode;
		// Shared by every caller (see OrgRegistry#tree): nothing handed out may be changed.
		byParent.replaceAll((parent, list) -> List.copyOf(list));
		this.children = byParent;
		Map<String, OrgUnit> upper = new HashMap<>();
		byCode.values().forEach(u -> upper.putIfAbsent(u.code().toUpperCase(java.util.Locale.ROOT), u));
		this.byUpperCaseCode = upper;
	}

	public Optional<OrgUnit> unit(String code) {
		return Optional.ofNullable(units.get(code));
	}

	/** The unit whose code matches {@code code} without regard to case ("tn-dmc" finds TN-DMC). */
	public Optional<OrgUnit> unitIgnoringCase(String code) {
		return code == null ? Optional.empty()
				: Optional.ofNullable(byUpperCaseCode.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
	}

	public Collection<OrgUnit> units() {
		return java.util.Collections.unmodifiableCollection(units.values());
	}

	public boolean isEmpty() {
		return units.isEmpty();
	}

	/** Direct children, whatever their dates, in the order the tree was built from (the registry's order). */
	public List<OrgUnit> children(String code) {
		return children.getOrDefault(code, List.of());
	}

	/** Direct children standing on the given day. */
	public List<OrgUnit> childrenAsOf(String code, LocalDate day) {
		return children(code).stream().filter(u -> u.isActiveOn(day)).toList();
	}

	/** The unit and every unit below it, whatever their dates, parents before children. */
	public List<OrgUnit> subtree(String code) {
		List<OrgUnit> result = new ArrayList<>();
		Deque<OrgUnit> todo = new ArrayDeque<>();
		unit(code).ifPresent(todo::add);
		while (!todo.isEmpty()) {
			OrgUnit next = todo.poll();
			result.add(next);
			todo.addAll(children(next.code()));
		}
		return result;
	}

	/** The units of the given type in the subtree that stand on the given day. */
	public List<OrgUnit> subtreeAsOf(String code, String type, LocalDate day) {
		return subtree(code).stream().filter(u -> u.type().equals(type) && u.isActiveOn(day)).toList();
	}

	/** The chain of parents from the direct parent up to the root. */
	public List<OrgUnit> ancestors(String code) {
		List<OrgUnit> result = new ArrayList<>();
		OrgUnit current = units.get(code);
		while (current != null && current.parentCode() != null) {
			current = units.get(current.parentCode());
			if (current != null) {
				result.add(current);
			}
		}
		return result;
	}

	/** True when {@code code} is {@code ancestorCode} or lies below it. */
	public boolean isWithin(String code, String ancestorCode) {
		return code.equals(ancestorCode) || ancestors(code).stream().anyMatch(a -> a.code().equals(ancestorCode));
	}
}
