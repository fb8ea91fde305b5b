package vn.tonghop.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

	@Test
	void aCutTextKeepsItsStartEndsInAnEllipsisAndNeverHalvesACharacter() {
		assertThat(Text.cut(null, 5)).isNull();
		assertThat(Text.cut("Tây Ninh", 8)).isEqualTo("Tây Ninh");
		assertThat(Text.cut("Tây Ninh", 7)).isEqualTo("Tây Ni…");
		// "a😀b": the emoji is two chars; cut at 3 the ellipsis must not follow half of it.
		assertThat(Text.cut("a😀bc", 3)).isEqualTo("a…");
		assertThat(Text.cut("a😀bc", 4)).isEqualTo("a😀…");
	}
}
