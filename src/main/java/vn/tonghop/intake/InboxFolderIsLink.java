package vn.tonghop.intake;

/**
 * A unit's inbox folder that is a symbolic link: no run reads through one (see {@link InboxScanner}), so a file
 * written there would never be read. Nothing is written; the administrator replaces the link with a folder.
 */
public class InboxFolderIsLink extends RuntimeException {

	InboxFolderIsLink(String folder) {
		super("The inbox folder " + folder + " is a symbolic link; nothing is written through it");
	}
}
