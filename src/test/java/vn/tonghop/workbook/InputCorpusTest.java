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

	@Test
	void theDocsListEveryCase() throws IOException {
		String docs = Files.readString(Path.of("docs/inputs.md"));
		assertThat(cases()).allSatisfy(input -> assertThat(docs).contains("`" + input.id() + "`"));
	}
}
