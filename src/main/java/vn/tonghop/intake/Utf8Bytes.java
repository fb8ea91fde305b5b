package vn.tonghop.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether bytes whose encoding nobody declared are UTF-8: names in zips, raw header text in e-mail. */
final class Utf8Bytes {

	private Utf8Bytes() {
	}

	static boolean isValid(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}
}
