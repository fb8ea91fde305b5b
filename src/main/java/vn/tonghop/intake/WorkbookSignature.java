package vn.tonghop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What the upload accepts: an Excel name (.xlsx, .xlsm, .xls) and content that starts like a workbook, a zip
 * (Office Open XML) or an OLE2 compound file (the legacy format, and also an encrypted .xlsx). Either container
 * under any of the three names is let through: people rename files, and the reader explains what it finds inside.
 */
final class WorkbookSignature {

	static final Set<String> EXTENSIONS = Set.of(".xlsx", ".xlsm", ".xls");

	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private WorkbookSignature() {
	}

	static boolean hasExcelName(String name) {
		int dot = name.lastIndexOf('.');
		return dot >= 0 && EXTENSIONS.contains(name.substring(dot).toLowerCase(Locale.ROOT));
	}

	static boolean looksLikeWorkbook(Path file) throws IOException {
		byte[] head = new byte[OLE2.length];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		return read >= ZIP.length && Arrays.equals(head, 0, ZIP.length, ZIP, 0, ZIP.length)
				|| read == OLE2.length && Arrays.equals(head, OLE2);
	}
}
