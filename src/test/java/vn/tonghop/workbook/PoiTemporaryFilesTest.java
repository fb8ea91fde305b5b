package vn.tonghop.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;

import vn.tonghop.TonghopSpringTest;

/**
 * The setting is the JVM's, and the test classes' contexts each have a data directory of their own (some under
 * java.io.tmpdir): whichever context started last holds it, so the test asserts a data directory's folder, not this
 * context's.
 */
@TonghopSpringTest
class PoiTemporaryFilesTest {

	@Test
	void poiKeepsItsTemporaryFilesInADataDirectoryNotInAFolderSharedByTheMachine() throws Exception {
		File file = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
		try {
			Path folder = file.toPath().toAbsolutePath().normalize().getParent();
			assertThat(folder.getFileName()).hasToString("poi");
			assertThat(folder.getParent().getFileName()).hasToString("tmp");
			// A test class's data directory may itself lie under java.io.tmpdir; the shared folder is its "poifiles".
			assertThat(folder).isNotEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "poifiles").toAbsolutePath());
		}
		finally {
			file.delete();
		}
	}
}
