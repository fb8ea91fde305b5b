package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;

/** Who sees a file left unread: the staff of a unit whose folder it lies in, and the whole tree's. */
class DeferredFilesTest {

	private static final OrgTree TREE = new OrgTree(List.of(unit("P", null, "TINH"), unit("H1", "P", "HUYEN"),
			unit("H2", "P", "HUYEN"), unit("H1-A", "H1", "CDCS")));

	private static OrgUnit unit(String code, String parent, String type) {
		return new OrgUnit(code, code, type, parent, null, null, null);
	}

	@Test
	void aFileInAUnitsFolderIsShownToThatUnitAndAboveNotToASibling() {
		Scope h1 = Scope.of("H1", TREE);
		Scope h2 = Scope.of("H2", TREE);
		Scope province = Scope.of("P", TREE);
		Scope grassroots = Scope.of("H1-A", TREE);

		assertThat(DeferredFiles.isVisible("H1/a.xlsx", h1)).isTrue();
		assertThat(DeferredFiles.isVisible("h1/…/a.xlsx", h1)).isTrue(); // folders typed in any case
		assertThat(DeferredFiles.isVisible("H1/a.xlsx", province)).isTrue();
		assertThat(DeferredFiles.isVisible("H1/a.xlsx", h2)).isFalse();
		assertThat(DeferredFiles.isVisible("H1/a.xlsx", grassroots)).isFalse();
		assertThat(DeferredFiles.isVisible("H1/H1-A/a.xlsx", grassroots)).isTrue();
		// An unreadable folder is listed as itself.
		assertThat(DeferredFiles.isVisible("H2", h2)).isTrue();
		assertThat(DeferredFiles.isVisible("H2", h1)).isFalse();
		// Misfiled under a sibling's folder: both districts see it, as both folders are theirs.
		assertThat(DeferredFiles.isVisible("H1/H2/a.xlsx", h2)).isTrue();
	}

	@Test
	void aFileOutsideEveryUnitsFolderIsShownToTheWholeTreeOnly() {
		assertThat(DeferredFiles.isVisible("a.xlsx", Scope.of("P", TREE))).isTrue();
		assertThat(DeferredFiles.isVisible("Bao cao/a.xlsx", Scope.wholeTree(TREE))).isTrue();
		assertThat(DeferredFiles.isVisible("Bao cao/a.xlsx", Scope.of("H1", TREE))).isFalse();
		assertThat(DeferredFiles.isVisible("…/a.xlsx", Scope.of("H1", TREE))).isFalse();
	}
}
