package vn.tonghop.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One unit's failure is kept beside the others; a failure of the disk is every unit's and is thrown on. */
class UnitReportFailureTest {

	@Test
	void aUnitsOwnFailureRemovesItsPartialFilesAndLeavesItsReference(@TempDir Path run) throws IOException {
		Path reports = Files.createDirectory(run.resolve("reports"));
		Files.writeString(reports.resolve("H1.pdf"), "nửa tệp");
		Files.writeString(reports.resolve("H2.pdf"), "báo cáo của H2");

		String reference = UnitReportFailure.recordOrRethrow(reports, "H1", new IllegalStateException("lỗi"));

		assertThat(reference).matches("BC-[0-9A-F]{8}");
		assertThat(reports.resolve("H1.pdf")).doesNotExist();
		assertThat(reports.resolve("H2.pdf")).hasContent("báo cáo của H2");
		assertThat(UnitReportFailure.of(reports, "H1")).contains(reference);
		assertThat(ReportFiles.failedIn(run)).containsOnlyKeys("H1");
		UnitReportFailure.clear(reports, "H1");
		assertThat(UnitReportFailure.of(reports, "H1")).isEmpty();
	}

	@Test
	void aFailureOfTheDiskIsThrownOnAndNothingIsMarked(@TempDir Path reports) throws IOException {
		UncheckedIOException full = new UncheckedIOException(new IOException("No space left on device"));
		RuntimeException wrapped = new IllegalStateException("POI could not save", full);

		assertThatThrownBy(() -> UnitReportFailure.recordOrRethrow(reports, "H1", full)).isSameAs(full);
		assertThatThrownBy(() -> UnitReportFailure.recordOrRethrow(reports, "H1", wrapped)).isSameAs(wrapped);
		assertThat(UnitReportFailure.of(reports, "H1")).isEmpty();
	}
}
