package vn.tonghop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gives every form of the inbox new bytes with the same figures, for the benchmark's second full run: the zip's
 * comment (which no reader of a workbook looks at) is set to the pass's text. Every file is then a content never
 * received, and the run takes each one whole (archive, read, check, store) as on a night when every unit sent a new
 * copy.
 */
final class NewContents {

	/** The end-of-central-directory record's signature, and its length without the comment. */
	private static final int END_SIGNATURE = 0x06054b50;

	private static final int END_LENGTH = 22;

	private NewContents() {
	}

	static void renewAll(Path inbox, String comment) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(inbox)) {
			files = walk.filter(p -> p.toString().endsWith(".xlsx")).toList();
		}
		byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
		for (Path file : files) {
			Files.write(file, withComment(Files.readAllBytes(file), text));
		}
	}

	/** The zip with its comment replaced by {@code comment}; the entries' bytes are kept as they are. */
	static byte[] withComment(byte[] zip, byte[] comment) {
		int end = endRecord(zip);
		byte[] out = new byte[end + END_LENGTH + comment.length];
		System.arraycopy(zip, 0, out, 0, end + END_LENGTH - 2);
		out[end + END_LENGTH - 2] = (byte) comment.length;
		out[end + END_LENGTH - 1] = (byte) (comment.length >>> 8);
		System.arraycopy(comment, 0, out, end + END_LENGTH, comment.length);
		return out;
	}

	/** The offset of the end-of-central-directory record: searched from the end, past any comment already there. */
	private static int endRecord(byte[] zip) {
		for (int i = zip.length - END_LENGTH; i >= Math.max(0, zip.length - END_LENGTH - 0xFFFF); i--) {
			int signature = (zip[i] & 0xFF) | (zip[i + 1] & 0xFF) << 8 | (zip[i + 2] & 0xFF) << 16
					| (zip[i + 3] & 0xFF) << 24;
			if (signature == END_SIGNATURE) {
				return i;
			}
		}
		throw new IllegalArgumentException("Not a zip: no end-of-central-directory record");
	}
}
