package vn.tonghop.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingTest {

	@Test
	void anArgumentOfUpTo300CharactersIsKeptWhole() {
		String typed = "9".repeat(300);
		assertThat(Finding.error("E3", "a.xlsx", "reader.notNumber", typed).args()).containsExactly(typed);
	}

	@Test
	void aLongerArgumentKeepsIts299FirstCharactersAndEndsInAnEllipsis() {
		String typed = "a".repeat(299) + "bcd";
		assertThat(Finding.error("E3", "a.xlsx", "reader.notNumber", typed).args())
			.containsExactly("a".repeat(299) + "…");
	}

	@Test
	void aCharacterOutsideTheBasicPlaneIsNotCutInTwo() {
		// "𝟙" (U+1D7D9) is two chars; its first half would be the 299th.
		String typed = "a".repeat(298) + "𝟙" + "tail";
		assertThat(Finding.error("E3", "a.xlsx", "reader.notNumber", typed).args())
			.containsExactly("a".repeat(298) + "…");
	}

	@Test
	void aSheetNameLongerThanKeptIsCutLikeAnArgument() {
		String name = "Biểu số liệu ".repeat(20);
		Finding f = Finding.at(Severity.ERROR, "E3", "a.xlsx", name, "E14", "LD01", 2018, "k");
		assertThat(f.sheet()).hasSize(Finding.MAX_SHEET_CHARS).startsWith("Biểu số liệu Biểu").endsWith("…");
		assertThat(Finding.at(Severity.ERROR, "E3", "a.xlsx", "Biểu 01", "E14", "LD01", 2018, "k").sheet())
			.isEqualTo("Biểu 01");
	}
}
