package vn.tonghop.sampledata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tonghop.TonghopSpringTest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed sample data is what the generator makes, and has the shape the foundation issue asks for. */
@TonghopSpringTest
class SampleDataTest {

	static final Path SAMPLES = Path.of("sample-data");

	@Autowired
	SampleDataGenerator generator;

	@TempDir
	Path dir;

	@Test
	void regeneratingGivesExactlyTheCommittedFiles() throws IOException {
		generator.generate(dir, SampleDataGenerator.DEFAULT_SEED);
		Set<String> committed = files(SAMPLES.resolve("inbox"));
		assertThat(files(dir.resolve("inbox"))).isEqualTo(committed);
		for (String file : committed) {
			assertThat(Files.mismatch(SAMPLES.resolve("inbox").resolve(file), dir.resolve("inbox").resolve(file)))
				.as(file)
				.isEqualTo(-1L);
		}
		assertThat(Files.mismatch(SAMPLES.resolve("org-units.csv"), dir.resolve("org-units.csv"))).isEqualTo(-1L);
		assertThat(Files.mismatch(SAMPLES.resolve("targets.csv"), dir.resolve("targets.csv"))).isEqualTo(-1L);
		assertThat(Files.mismatch(SAMPLES.resolve("report-settings.csv"), dir.resolve("report-settings.csv")))
			.isEqualTo(-1L);
		assertThat(Files.mismatch(SAMPLES.resolve("rounds.csv"), dir.resolve("rounds.csv"))).isEqualTo(-1L);
		assertThat(Files.mismatch(SAMPLES.resolve("forms/bieu02-nam-2021.yaml"), dir.resolve("forms/bieu02-nam-2021.yaml")))
			.isEqualTo(-1L);
	}

	@Test
	void theRegistryIsTayNinhIn2020() throws IOException {
		List<CSVRecord> units;
		try (Reader reader = Files.newBufferedReader(SAMPLES.resolve("org-units.csv"))) {
			units = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		List<CSVRecord> grassroots = units.stream().filter(u -> u.get("type").equals("CDCS")).toList();
		assertThat(grassroots).hasSizeGreaterThanOrEqualTo(150);
		assertThat(grassroots.stream().map(u -> u.get("parent_code")).distinct().count()).isGreaterThanOrEqualTo(4);
		assertThat(units.stream().filter(u -> u.get("type").equals("HUYEN"))).hasSize(9);
		assertThat(grassroots.stream().filter(u -> u.get("valid_from").startsWith("2019"))).isNotEmpty();
		assertThat(grassroots.stream().filter(u -> u.get("valid_from").startsWith("2020"))).isNotEmpty();
		assertThat(grassroots.stream().filter(u -> u.get("valid_to").startsWith("2019"))).hasSize(1);
		assertThat(grassroots.stream().map(u -> u.get("sector")).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("HCSN", "DNNN", "NNN", "FDI", "KHAC");
	}

	@Test
	void aboutNinetyPercentOfGrassrootsUnionsSentAForm() throws IOException {
		Set<String> sent = new TreeSet<>();
		for (String file : files(SAMPLES.resolve("inbox"))) {
			if (file.contains("BIEU01-CDCS_")) {
				sent.add(file);
			}
		}
		// 140 good forms and 5 accepted oddities (4 tolerated typing, 1 year-over-year jump) of 161 grassroots
		// unions: 90 %.
		assertThat(sent).hasSize(140);
		assertThat(files(SAMPLES.resolve("inbox")).stream().filter(f -> f.contains("chap-nhan-"))).hasSize(5);
		assertThat(files(SAMPLES.resolve("inbox")).stream().filter(f -> f.contains("loi-E"))).hasSize(10);
	}

	private static Set<String> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile)
				.map(p -> root.relativize(p).toString())
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}
}
