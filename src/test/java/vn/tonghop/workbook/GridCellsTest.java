package vn.tonghop.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The reader's own integer parsing gives what {@code Integer.parseInt} gives, number or exception. */
class GridCellsTest {

	@Test
	void integersAreParseIntsAnswer() {
		for (String text : List.of("0", "7", "17", "007", "123456789", "999999999", "2147483647", "2147483648",
				"+12", "-3", " 12", "12 ", "1 2", "", "x", "12a", "1:", "/5", "٣", "0000000001", "99999999999")) {
			assertSame(text, 0, text.length());
		}
		assertSame("F17", 1, 3);
		assertSame("AB1048576", 2, 9);
		Random random = new Random(20261129);
		String alphabet = "0123456789 +-a٣:/";
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
			}
			String s = text.toString();
			int from = s.isEmpty() ? 0 : random.nextInt(s.length());
			assertSame(s, from, s.length());
		}
	}

	@Test
	void aCellsRowAndSharedStringComeFromItsDigits() {
		GridCells cells = new GridCells(List.of("LD01", "Tổng số"), style -> style == 3 ? ".VnTime" : "");
		cells.put("C17", "s", 3, true, " 1 ");
		cells.put("AA1", null, 0, true, "42");
		assertThat(cells.rows().get(16).get(2).text()).isEqualTo("Tổng số");
		assertThat(cells.rows().get(16).get(2).font()).isEqualTo(".VnTime");
		assertThat(cells.rows().get(0).get(26).number()).isEqualTo(42.0);
		assertThatThrownBy(() -> cells.put("C1 7", null, 0, true, "1")).isInstanceOf(NumberFormatException.class);
	}

	private static void assertSame(String text, int from, int to) {
		Object expected;
		try {
			expected = Integer.parseInt(text, from, to, 10);
		}
		catch (RuntimeException ex) {
			expected = ex.getClass();
		}
		Object actual;
		try {
			actual = GridCells.integer(text, from, to);
		}
		catch (RuntimeException ex) {
			actual = ex.getClass();
		}
		assertThat(actual).as("'%s' from %d to %d", text, from, to).isEqualTo(expected);
	}
}
