package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The files page's count of a file's findings reads as errors / warnings, both numbers, whichever is zero. */
class FilesPageWebTest extends WebTestSupport {

	@Test
	void anAcceptedFileWithWarningsOnlyShowsNoErrorsBeforeItsWarnings() throws Exception {
		String page = signIn(ADMIN).get("/files?unit=TN-TP").body();

		// sample-data/README.md: accepted, with a W1 for each of LD01 2018, TC06 2019, TCH01 2020 and DD12 2018.
		int row = page.indexOf("TN-TP/chap-nhan-so-go-dang-chu.xlsx");
		assertThat(row).isPositive();
		String rest = page.substring(row, page.indexOf("</tr>", row));
		assertThat(rest.replaceAll("\\s+", " ")).contains("<span>0</span> / <span class=\"n-warn\">4</span>");
	}
}
