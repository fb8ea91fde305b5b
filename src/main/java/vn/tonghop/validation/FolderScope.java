package vn.tonghop.validation;

import java.util.Optional;

import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;

/**
 * Scope on write: a file that lies under a folder named for a unit ({@code inbox/<unit code>/…}, as the web app
 * stores uploads and staff sort files) may only be counted for a unit inside that unit's subtree. Folders whose
 * names are not unit codes restrict nothing, so a file at the inbox root may be for any unit of the installation.
 * Folder names are matched without regard to case, as people type them.
 */
final class FolderScope {

	private FolderScope() {
	}

	/**
	 * @param path the file's path relative to the inbox, "/"-separated
	 * @return the first folder on the path whose unit does not hold {@code unitCode}; empty when the file may count
	 */
	static Optional<OrgUnit> violatedBy(String path, String unitCode, OrgTree tree) {
		String[] segments = path.split("/");
		for (int i = 0; i < segments.length - 1; i++) {
			Optional<OrgUnit> folder = tree.unitIgnoringCase(segments[i]);
			if (folder.isPresent() && !tree.isWithin(unitCode, folder.get().code())) {
				return folder;
			}
		}
		return Optional.empty();
	}
}
