package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file put in the inbox stays only with its record (an upload's row, a mail's): otherwise the next run counts it
 * while its sender was told the sending failed.
 */
class KeptOnlyIfRecordedTest {

	@Test
	void aFileWhoseRecordFailsLeavesTheInbox(@TempDir Path inbox) throws Exception {
		Path stored = Files.writeString(inbox.resolve("bieu.xlsx"), "PK");

		assertThatThrownBy(() -> UploadService.keptOnlyIfRecorded(stored, () -> {
			throw new IllegalStateException("the database refused the row");
		})).hasMessage("the database refused the row");

		assertThat(stored).doesNotExist();
	}

	@Test
	void aRecordedFileStays(@TempDir Path inbox) throws Exception {
		Path stored = Files.writeString(inbox.resolve("bieu.xlsx"), "PK");

		assertThat(UploadService.keptOnlyIfRecorded(stored, () -> 42L)).isEqualTo(42L);

		assertThat(stored).hasContent("PK");
	}
}
