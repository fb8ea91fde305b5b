package vn.tonghop.rounds;

/** The first round every installation has: the bundled Biểu 01-CĐCS 2018–2020's (created by migration V20). */
public final class TestRounds {

	public static final String FIRST = "bieu01-cdcs-2018-2020";

	private TestRounds() {
	}
}
