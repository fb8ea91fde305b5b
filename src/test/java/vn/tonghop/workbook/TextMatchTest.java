package vn.tonghop.workbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextMatchTest {

	/** Codes as people type them: any case, spaces inside and around, decomposed Vietnamese letters. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"' ld01 n'|LD01N",
			"'TD04'|TD04",
			"'\tkt 01\r\n'|KT01",
			"'\u2003td04\u2003'|TD04",
			"'a\u00A0b'|A\u00A0B",
			"'đ1'|Đ1",
			"'d\u03031'|D\u03031",
			"'e\u0301x'|\u00C9X",
			"''|''" })
	void code(String typed, String expected) {
		assertThat(TextMatch.code(typed)).isEqualTo(expected == null ? "" : expected);
		// Asked again (answered from the cache now), and of the text as shown: the table's search relies on both.
		assertThat(TextMatch.code(typed)).isEqualTo(expected == null ? "" : expected);
		assertThat(TextMatch.code(TextMatch.nfc(typed))).isEqualTo(expected == null ? "" : expected);
		// The table's search passes over texts too long to be a code: never over one that gives the code.
		assertThat(TextMatch.mayBeCode(typed, expected == null ? 0 : expected.length())).isTrue();
	}

	@Test
	void aLabelIsTooLongToBeACodeAndACodeWithSpacesAndMarksIsNot() {
		assertThat(TextMatch.mayBeCode("Số đoàn viên công đoàn", 5)).isFalse();
		assertThat(TextMatch.mayBeCode("LD01 ghi chú", 4)).isTrue();
		assertThat(TextMatch.mayBeCode("LD01 ghi chú thêm", 4)).isFalse();
		// Four letters, each with two combining marks, and spaces all around: still a four-letter code when composed.
		String decomposed = "   a\u0302\u0301 e\u0302\u0300  o\u031B\u0303 u\u031B\u0323   ";
		assertThat(TextMatch.code(decomposed)).hasSize(4);
		assertThat(TextMatch.mayBeCode(decomposed, 4)).isTrue();
		assertThat(TextMatch.mayBeCode(decomposed, 1)).isFalse();
	}

	@Test
	void everyCharacterJavaCallsWhiteSpaceIsPassedOverAndNoOtherIs() {
		// A code of one character allows three: two letters and three of c are five characters, three if c is space.
		for (char c = 0; c < 0x3100; c++) {
			boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c)
					|| Character.getType(c) == Character.NON_SPACING_MARK
					|| Character.getType(c) == Character.COMBINING_SPACING_MARK
					|| Character.getType(c) == Character.ENCLOSING_MARK;
			assertThat(TextMatch.mayBeCode("AB" + c + c + c, 1)).as("U+%04X", (int) c).isEqualTo(space);
		}
	}
}
