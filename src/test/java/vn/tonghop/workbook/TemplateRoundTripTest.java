package vn.tonghop.workbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.form.Indicator;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.sampledata.FilledForm;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.workbook.WorkbookFixtures.FORM;
import static vn.tonghop.workbook.WorkbookFixtures.UNIT;

/** A template filled in test code reads back identically, for every indicator and year. */
class TemplateRoundTripTest {

	@TempDir
	Path dir;

	/** The value typed for an indicator in a year: distinct per cell, valid for the indicator's type. */
	static Object valueFor(Indicator indicator, int index, int year) {
		int n = index * 10 + (year - 2017);
		return switch (indicator.type()) {
			case INT -> BigDecimal.valueOf(n);
			case MONEY -> new BigDecimal(n + ".125");
			case BOOL -> (index + year) % 2 == 0;
			case CHOICE -> FORM.choices(indicator).get((index + year) % FORM.choices(indicator).size());
		};
	}

	@Test
	void everyIndicatorAndYearReadsBackAsTyped() throws IOException {
		List<Indicator> indicators = FORM.indicators();
		byte[] bytes;
		try (FilledForm form = WorkbookFixtures.blankForm()) {
			for (int i = 0; i < indicators.size(); i++) {
				for (int year : FORM.years()) {
					form.set(indicators.get(i).code(), year, valueFor(indicators.get(i), i, year));
				}
			}
			bytes = form.bytes();
		}

		ReadResult result = WorkbookFixtures.read(dir, "filled.xlsx", bytes);

		assertThat(result.findings()).isEmpty();
		FormSubmission submission = result.submission().orElseThrow();
		assertThat(submission.unitCode()).isEqualTo("H1-CS01");
		assertThat(submission.formId()).isEqualTo("BIEU01-CDCS");
		assertThat(submission.formVersion()).isEqualTo("2018-2020.1");
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			for (int year : FORM.years()) {
				Object expected = valueFor(indicator, i, year);
				Object actual = submission.value(indicator.code(), year).orElseThrow().value();
				if (expected instanceof BigDecimal number) {
					assertThat((BigDecimal) actual).as(indicator.code() + " " + year).isEqualByComparingTo(number);
				}
				else {
					assertThat(actual).as(indicator.code() + " " + year).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void valuesAreLocatedByTheirCell() throws IOException {
		byte[] bytes;
		try (FilledForm form = WorkbookFixtures.blankForm()) {
			form.set("LD01", 2019, 120);
			bytes = form.bytes();
		}
		FormSubmission submission = WorkbookFixtures.read(dir, "f.xlsx", bytes).submission().orElseThrow();
		// Header at row 12 (index 11), section I at row 13, LD01 at row 14; year 2019 is the sixth column, F.
		assertThat(submission.value("LD01", 2019).orElseThrow().cell()).isEqualTo("F14");
		assertThat(submission.value("LD01", 2018)).isEmpty();
		assertThat(submission.cell("LD01", 2018)).isEqualTo("E14");
	}

	@Test
	void aUnitFoundedIn2019GetsTheYear2018GreyedAndLocked() throws IOException {
		OrgUnit founded2019 = new OrgUnit("H1-CS09", "Công đoàn cơ sở Công ty TNHH Sao Mai", "CDCS", "H1", "NNN",
				LocalDate.of(2019, 3, 1), null);
		try (FilledForm form = new FilledForm(WorkbookFixtures.template(founded2019), FORM.years())) {
			assertThat(form.cell("LD01", 2018).getCellStyle().getLocked()).isTrue();
			assertThat(form.cell("LD01", 2019).getCellStyle().getLocked()).isFalse();
			assertThat(form.cell("LD01", 2020).getCellStyle().getLocked()).isFalse();
		}
	}
}
