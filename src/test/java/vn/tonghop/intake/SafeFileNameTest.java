package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNameTest {

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ", value = { "bieu.xlsx -> bieu.xlsx", "../../etc/passwd -> passwd",
			"/thu-muc/con/tonghop.script -> tonghop.script", "thu muc\\con\\Báo cáo.xlsx -> Báo cáo.xlsx",
			".. -> tệp", "'  .hidden.xlsx ' -> hidden.xlsx",
			"CON.xlsx -> _CON.xlsx", "lpt1 -> _lpt1", "com9.xls -> _com9.xls",
			"a<b>c:d\"e|f?g*h.xlsx -> a_b_c_d_e_f_g_h.xlsx", "bieu.xlsx... -> bieu.xlsx" })
	void namesAreStoredSafely(String sent, String stored) {
		assertThat(SafeFileName.of(sent)).isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "bieu.xlsx|2|bieu (2).xlsx", "README|3|README (3)" })
	void aSecondFileOfTheSameNameIsNumbered(String name, int number, String numbered) {
		assertThat(SafeFileName.numbered(name, number)).isEqualTo(numbered);
	}

	@org.junit.jupiter.api.Test
	void controlCharactersAndDecomposedLettersAreCleaned() {
		// "Bá" typed as B + a + combining acute (NFD) comes back composed; a newline and a tab become "_".
		assertThat(SafeFileName.of("Ba\u0301o\ncáo\t.xlsx")).isEqualTo("Báo_cáo_.xlsx");
		assertThat(SafeFileName.of("x".repeat(300) + ".xlsx")).hasSize(125).endsWith(".xlsx");
	}
}
