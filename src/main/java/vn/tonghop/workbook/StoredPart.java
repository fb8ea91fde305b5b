package vn.tonghop.workbook;

import java.util.Arrays;

/**
 * A part as the zip stores it: its compression method and its compressed bytes. Two parts stored alike hold the same
 * content, so what one of them parses to stands for the other ({@link PartCache}). Its bytes are its own copy and
 * never handed out; the hash is worked out once, as the key is hashed on every lookup.
 */
final class StoredPart {

	private final int method;

	private final byte[] bytes;

	private final int hash;

	StoredPart(int method, byte[] bytes) {
		this.method = method;
		this.bytes = bytes;
		this.hash = 31 * method + Arrays.hashCode(bytes);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StoredPart that && method == that.method && Arrays.equals(bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return hash;
	}

	@Override
	public String toString() {
		return "StoredPart[method=" + method + ", " + bytes.length + " bytes]";
	}
}
