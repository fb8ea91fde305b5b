package vn.tonghop.workbook;

import org.junit.jupiter.api.Test;

import vn.tonghop.finding.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every file of the committed sample inbox reads as sample-data/README.md says: good forms and tolerated oddities
 * without an error (oddities with their notes), unreadable files with their E1 or E3 finding. Rules E2 and E4-E7
 * need the registry and are checked by the consolidation job's tests.
 */
class SampleInboxReadTest {

	static final Path INBOX = Path.of("sample-data/inbox");

	private static ReadResult read(String folder, String name) {
		try {
			return WorkbookFixtures.readWithBoth(INBOX.resolve(folder).resolve(name), name,
					java.util.List.of(WorkbookFixtures.FORM));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void everyGoodFormReadsWithoutAnyFinding() throws IOException {
		List<Path> good;
		try (Stream<Path> files = Files.walk(INBOX)) {
			good = files.filter(p -> p.getFileName().toString().startsWith("BIEU01-CDCS_")).toList();
		}
		assertThat(good).hasSize(140);
		for (Path file : good) {
			ReadResult result = WorkbookFixtures.readWithBoth(file, file.getFileName().toString(),
					java.util.List.of(WorkbookFixtures.FORM));
			assertThat(result.findings()).as(file.toString()).isEmpty();
			String expectedUnit = file.getFileName().toString().replace("BIEU01-CDCS_", "").replace(".xlsx", "");
			assertThat(result.submission().orElseThrow().unitCode()).isEqualTo(expectedUnit);
		}
	}

	@Test
	void toleratedOdditiesReadWithTheirNotes() {
		assertThat(read("TN-TP", "chap-nhan-so-go-dang-chu.xlsx").findings())
			.extracting(Finding::code, Finding::indicator, Finding::year)
			.containsExactlyInAnyOrder(tuple("W1", "LD01", 2018), tuple("W1", "TC06", 2019),
					tuple("W1", "TCH01", 2020), tuple("W1", "DD12", 2018));
		assertThat(read("TN-KKT", "chap-nhan-so-hang-nghin-co-dau-cham.xlsx").findings())
			.extracting(Finding::code, Finding::indicator, Finding::year)
			.containsExactly(tuple("W1", "LD01", 2020));
		assertThat(read("TN-TB", "chap-nhan-chen-dong-va-an-dong.xlsx").findings()).isEmpty();
		ReadResult formula = read("TN-GD", "chap-nhan-o-cong-thuc.xlsx");
		assertThat(formula.findings()).isEmpty();
		assertThat(formula.submission().orElseThrow().value("LD01", 2020)).isPresent();
	}

	@Test
	void unreadableSamplesEarnTheirFinding() {
		assertThat(read("TN-BC", "loi-E1-khong-phai-excel.xlsx").findings())
			.extracting(Finding::code, Finding::key)
			.containsExactly(tuple("E1", "reader.notWorkbook"));
		assertThat(read("TN-BC", "loi-E1-phien-ban-bieu-mau-cu.xlsx").findings())
			.extracting(Finding::code, Finding::key)
			.containsExactly(tuple("E1", "reader.otherVersion"));
		assertThat(read("TN-CT", "loi-E3-so-am.xlsx").findings())
			.extracting(Finding::code, Finding::indicator, Finding::year, Finding::key)
			.containsExactly(tuple("E3", "LD04", 2019, "reader.negative"));
		assertThat(read("TN-CT", "loi-E3-chu-thay-cho-so.xlsx").findings())
			.extracting(Finding::code, Finding::indicator, Finding::year, Finding::key)
			.containsExactly(tuple("E3", "TC07", 2018, "reader.notNumber"));
	}

	@Test
	void samplesForTheValidatorAreReadableForms() {
		for (String[] file : new String[][] { { "TN-GD", "loi-E2-ma-don-vi-khong-co-trong-danh-muc.xlsx" },
				{ "TN-DMC", "loi-E2-so-lieu-nam-chua-thanh-lap.xlsx" }, { "TN-TC", "loi-E4-thieu-tong-so-lao-dong.xlsx" },
				{ "TN-TBI", "loi-E5-doan-vien-nhieu-hon-lao-dong.xlsx" },
				{ "TN-KKT", "loi-E6-ngung-viec-khong-co-nguoi-tham-gia.xlsx" },
				{ "TN-HT", "loi-E7-quy-khong-can-doi.xlsx" } }) {
			assertThat(read(file[0], file[1]).hasErrors()).as(file[1]).isFalse();
		}
		// The year-over-year jump is a plain good form for the reader: only a run, comparing units, sees it (W7).
		assertThat(read("TN-HT", "chap-nhan-W7-lao-dong-thua-mot-so-0.xlsx").findings()).isEmpty();
		assertThat(read("TN-GD", "loi-E2-ma-don-vi-khong-co-trong-danh-muc.xlsx").submission().orElseThrow().unitCode())
			.isEqualTo("TN-GD-CS99");
	}
}
