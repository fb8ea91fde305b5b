package vn.tonghop.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips for the tests, built in memory from (name, bytes) pairs in order. */
public final class Zips {

	private Zips() {
	}

	/** Deflated, as a zip written as a stream is (each entry's sizes after its data). */
	public static byte[] of(Object... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i += 2) {
				out.putNextEntry(new ZipEntry((String) entries[i]));
				out.write((byte[]) entries[i + 1]);
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * Stored with their sizes in each entry's header, as 7-Zip and WinRAR write them; the entry named {@code locked}
	 * (if any) flagged as under the zip's password, its bytes left plain: nothing may read them.
	 */
	public static byte[] stored(String locked, Object... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i += 2) {
				byte[] content = (byte[]) entries[i + 1];
				ZipEntry entry = new ZipEntry((String) entries[i]);
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(content.length);
				CRC32 crc = new CRC32();
				crc.update(content);
				entry.setCrc(crc.getValue());
				out.putNextEntry(entry);
				out.write(content);
			}
		}
		byte[] zip = bytes.toByteArray();
		if (locked != null) {
			// The first occurrence of the name ends its local header (30 bytes before it), whose flags are at 6.
			zip[indexOf(zip, locked.getBytes(StandardCharsets.UTF_8)) - 30 + 6] |= 1;
		}
		return zip;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalArgumentException("no entry of that name");
	}
}
