package vn.tonghop.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A target's number as a file saved with ";" writes it (the decimal comma), and as one saved with "," does. */
class TargetNumbersTest {

	@Test
	void theDecimalCommaIsReadAndAPointGroupsThousandsOnlyWhereItDoes() {
		assertThat(TargetRegistry.plain("85,5", true)).isEqualTo("85.5");
		assertThat(TargetRegistry.plain("1.234", true)).isEqualTo("1234");
		assertThat(TargetRegistry.plain("1.234,5", true)).isEqualTo("1234.5");
		assertThat(TargetRegistry.plain("-5,5", true)).isEqualTo("-5.5");
		// Not thousands: the point stays a decimal point, never 855.
		assertThat(TargetRegistry.plain("85.5", true)).isEqualTo("85.5");
		assertThat(TargetRegistry.plain("33930", true)).isEqualTo("33930");
		// A comma-separated file: as written.
		assertThat(TargetRegistry.plain("85.5", false)).isEqualTo("85.5");
		assertThat(TargetRegistry.plain("1.234", false)).isEqualTo("1.234");
	}
}
