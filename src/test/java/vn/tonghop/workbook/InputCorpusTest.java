package vn.tonghop.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.tonghop.finding.Finding;

/**
 * Every case of the corpus gives exactly its findings (or reads), within a bounded time, and docs/inputs.md lists
 * every case so staff can look its message up.
 */
class InputCorpusTest {

	@TempDir
	Path dir;

	static List<InputCorpus.Case> cases() {
		return InputCorpus.cases();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	@org.junit.jupiter.api.Timeout(60)
	void eachInputGetsItsAnswer(InputCorpus.Case input) throws IOException {
		ReadResult result = WorkbookFixtures.read(dir, input.fileName(), input.bytes());
		assertThat(result.findings()).extracting(Finding::key).as(input.id()).containsExactlyElementsOf(input.keys());
		assertThat(result.submission().isPresent()).as(input.id() + " reads").isEqualTo(input.reads());
		if (input.reads()) {
			assertThat(result.submission().orElseThrow().unitCode()).isEqualTo("H1-CS01");
		}
	}

	static List<Path> realWorkbooks() throws IOException {
		try (var files = Files.list(Path.of("src/test/resources/corpus"))) {
			return files.filter(p -> WorkbookReader.isWorkbookName(p.getFileName().toString())).sorted().toList();
		}
	}

	/**
	 * The real workbooks that once failed a whole run (and the cases above, through {@link WorkbookFixtures#read})
	 * give the same result with the run's StAX reader and with the POI reader.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("realWorkbooks")
	@org.junit.jupiter.api.Timeout(60)
	void bothReadersAgreeOnEveryRealWorkbook(Path file) throws IOException {
		ReadResult result = WorkbookFixtures.readWithBoth(file, file.getFileName().toString(),
				List.of(WorkbookFixtures.FORM));
		assertThat(result.findings()).extracting(Finding::code).isNotEmpty();
	}

	@Test
	void theDocsListEveryCase() throws IOException {
		String docs = Files.readString(Path.of("docs/inputs.md"));
		assertThat(cases()).allSatisfy(input -> assertThat(docs).contains("`" + input.id() + "`"));
	}
}
