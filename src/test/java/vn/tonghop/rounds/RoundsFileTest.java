package vn.tonghop.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A round's reference date in the rounds file: as Excel saves it in Vietnam, or ISO; a wrong one named by its line. */
class RoundsFileTest {

	@Test
	void theReferenceDateIsReadInBothFormsAndAWrongOneNamesItsLine() {
		assertThat(RoundsFile.date("31/12/2022", 2)).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(RoundsFile.date("2022-12-31", 2)).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(RoundsFile.date(" ", 2)).isNull();
		RoundRejected wrong = catchThrowableOfType(RoundRejected.class, () -> RoundsFile.date("31/02/2022", 3));
		assertThat(wrong.key()).isEqualTo("round.file.date");
		assertThat(wrong.line()).contains(3L);
	}
}
