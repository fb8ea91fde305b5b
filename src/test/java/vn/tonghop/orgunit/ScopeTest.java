package vn.tonghop.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** P → H1 (A, B), H2 (E): a district sees its own subtree only; the whole tree sees every known unit. */
class ScopeTest {

	static final OrgTree TREE = new OrgTree(List.of(unit("P", null, "TINH"), unit("H1", "P", "HUYEN"),
			unit("H2", "P", "HUYEN"), unit("A", "H1", "CDCS"), unit("B", "H1", "CDCS"), unit("E", "H2", "CDCS")));

	static OrgUnit unit(String code, String parent, String type) {
		return new OrgUnit(code, "Đơn vị " + code, type, parent, type.equals("CDCS") ? "HCSN" : null, null, null);
	}

	@Test
	void aDistrictSeesItsSubtreeAndNothingElse() {
		Scope h1 = Scope.of("H1", TREE);
		assertThat(h1.isWholeTree()).isFalse();
		assertThat(List.of("H1", "A", "B")).allMatch(h1::includes);
		assertThat(List.of("P", "H2", "E", "UNKNOWN")).noneMatch(h1::includes);
		assertThat(h1.includes(null)).isFalse();
		assertThat(h1.units()).extracting(OrgUnit::code).containsExactly("H1", "A", "B");
		assertThatThrownBy(() -> h1.require("E")).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void theRootAndTheWholeTreeSeeEveryKnownUnit() {
		for (Scope scope : List.of(Scope.of("P", TREE), Scope.wholeTree(TREE))) {
			assertThat(scope.isWholeTree()).isTrue();
			assertThat(scope.unitCode()).isEqualTo("P");
			assertThat(List.of("P", "H1", "H2", "A", "B", "E")).allMatch(scope::includes);
			assertThat(scope.includes("UNKNOWN")).isFalse();
			assertThat(scope.units()).hasSize(6);
		}
	}

	@Test
	void searchFindsNamesWithOrWithoutDiacritics() {
		OrgTree tree = new OrgTree(List.of(unit("P", null, "TINH"),
				new OrgUnit("TN-DMC", "Liên đoàn Lao động huyện Dương Minh Châu", "HUYEN", "P", null, null, null),
				new OrgUnit("TN-TP", "Liên đoàn Lao động thành phố Tây Ninh", "HUYEN", "P", null, null, null)));
		UnitSearch search = new UnitSearch();
		Scope all = Scope.wholeTree(tree);
		assertThat(search.search(all, "duong minh chau", 10)).extracting(OrgUnit::code).containsExactly("TN-DMC");
		assertThat(search.search(all, "Dương  Minh", 10)).extracting(OrgUnit::code).containsExactly("TN-DMC");
		assertThat(search.search(all, "tn-tp", 10)).extracting(OrgUnit::code).containsExactly("TN-TP");
		assertThat(search.search(all, "lien doan", 10)).hasSize(2);
		assertThat(search.search(Scope.of("TN-TP", tree), "lien doan", 10)).extracting(OrgUnit::code)
			.containsExactly("TN-TP");
	}
}
