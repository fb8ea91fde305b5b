package vn.tonghop.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownContentsTest {

	private static final String LOW = "0000000000000001" + "a".repeat(48);

	private static final String HIGH = "ffffffffffffffff" + "b".repeat(48);

	@Test
	void aContentWhoseFirstSixtyFourBitsNoReceivedFileHasIsSurelyNew() {
		// Given out of order, and the second above Long.MAX_VALUE when read unsigned.
		KnownContents known = new KnownContents(new long[] { KnownContents.prefix(HIGH), KnownContents.prefix(LOW) });

		assertThat(known.mayContain(LOW)).isTrue();
		assertThat(known.mayContain(HIGH.toUpperCase())).isTrue();
		// Same first 64 bits, another content: a "maybe", which the database settles.
		assertThat(known.mayContain("0000000000000001" + "c".repeat(48))).isTrue();
		assertThat(known.mayContain("0000000000000002" + "a".repeat(48))).isFalse();
		assertThat(known.mayContain("7fffffffffffffff" + "a".repeat(48))).isFalse();
		assertThat(new KnownContents(new long[0]).mayContain(LOW)).isFalse();
	}
}
