package vn.tonghop.reporttext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report's date as staff write it in the settings file: ISO, or day/month/year as Excel saves it in Vietnam. */
class ReportSettingsFileTest {

	@Test
	void aDateIsReadInBothFormsAndOnlyIfTheCalendarHasIt() {
		assertThat(ReportSettingsFile.isoDate("2020-12-15")).contains("2020-12-15");
		assertThat(ReportSettingsFile.isoDate("15/12/2020")).contains("2020-12-15");
		assertThat(ReportSettingsFile.isoDate(" 5/1/2021 ")).contains("2021-01-05");
		assertThat(ReportSettingsFile.isoDate("29/02/2020")).contains("2020-02-29");
		assertThat(ReportSettingsFile.isoDate("29/02/2021")).isEmpty();
		assertThat(ReportSettingsFile.isoDate("2020-02-31")).isEmpty();
		assertThat(ReportSettingsFile.isoDate("12/31/2020")).isEmpty();
		assertThat(ReportSettingsFile.isoDate("15.12.2020")).isEmpty();
	}
}
