package vn.tonghop.orgunit;

import java.util.List;

/**
 * The part of the tree a person may see and act on: a unit and everything below it, or the whole tree. Services
 * take a scope and check every unit code they are asked about against it, so that a direct URL cannot reach a
 * sibling's data.
 */
public final class Scope {

	/** The scope's unit; for the whole tree, its root (null while the registry is empty). */
	private final String unitCode;

	private final boolean wholeTree;

	private final OrgTree tree;

	private Scope(String unitCode, boolean wholeTree, OrgTree tree) {
		this.unitCode = unitCode;
		this.wholeTree = wholeTree;
		this.tree = tree;
	}

	public static Scope of(String unitCode, OrgTree tree) {
		boolean root = tree.unit(unitCode).map(u -> u.parentCode() == null).orElse(false);
		return new Scope(unitCode, root, tree);
	}

	public static Scope wholeTree(OrgTree tree) {
		String root = tree.units().stream().filter(u -> u.parentCode() == null).map(OrgUnit::code).sorted()
			.findFirst().orElse(null);
		return new Scope(root, true, tree);
	}

	public String unitCode() {
		return unitCode;
	}

	public OrgTree tree() {
		return tree;
	}

	public boolean isWholeTree() {
		return wholeTree;
	}

	public boolean includes(String code) {
		if (code == null || tree.unit(code).isEmpty()) {
			return false;
		}
		return wholeTree || tree.isWithin(code, unitCode);
	}

	/** @throws OutOfScopeException when the unit is not in scope (or unknown) */
	public void require(String code) {
		if (!includes(code)) {
			throw new OutOfScopeException(code);
		}
	}

	/** The scope's unit and every unit below it, parents first (every unit for the whole tree). */
	public List<OrgUnit> units() {
		if (wholeTree) {
			return tree.units().stream().filter(u -> u.parentCode() == null)
				.flatMap(root -> tree.subtree(root.code()).stream()).toList();
		}
		return tree.subtree(unitCode);
	}
}
