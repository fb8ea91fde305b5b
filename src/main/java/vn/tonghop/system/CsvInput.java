package vn.tonghop.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.input.BOMInputStream;

/**
 * The text of a CSV file staff made: UTF-8, as Excel's "CSV UTF-8" saves it, with or without its byte order mark.
 * Excel's plain "CSV" saves in the Windows code page instead (1258 on a Vietnamese Windows, 1252 on an English one):
 * read as UTF-8 anyway, every Vietnamese letter became a replacement character, and the units' names in the reports
 * with them. Such a file is refused with the line of its first byte that is not UTF-8.
 */
public final class CsvInput {

	private CsvInput() {
	}

	/** @throws NotUtf8 when the file is not UTF-8 */
	public static Reader utf8(InputStream input) throws IOException {
		byte[] bytes = BOMInputStream.builder().setInputStream(input).get().readAllBytes();
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			long line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new NotUtf8(line);
		}
		decoder.flush(out);
		return new StringReader(out.flip().toString());
	}

	/**
	 * {@code format} with the file's delimiter. Excel saves a CSV with the list separator of Windows' regional
	 * settings: "," on an English Windows, ";" on a Vietnamese one (whose decimal mark is the comma). Told from the
	 * header line: ";" when it has a semicolon and no comma. {@code text} is read from where it was.
	 */
	public static org.apache.commons.csv.CSVFormat delimited(Reader text, org.apache.commons.csv.CSVFormat format)
			throws IOException {
		text.mark(MAX_HEADER);
		char[] start = new char[MAX_HEADER];
		int read = text.read(start);
		text.reset();
		String header = read <= 0 ? "" : new String(start, 0, read).lines().findFirst().orElse("");
		return isSemicolonSeparated(header) ? format.builder().setDelimiter(';').get() : format;
	}

	/** Whether a file's header line is separated by semicolons (see {@link #delimited}). */
	public static boolean isSemicolonSeparated(String header) {
		return header.indexOf(';') >= 0 && header.indexOf(',') < 0;
	}

	private static final int MAX_HEADER = 8_192;

	/** As {@link #utf8(InputStream)}, refusing a file that is not UTF-8 with the importer's own exception. */
	public static Reader utf8(InputStream input, java.util.function.LongFunction<? extends RuntimeException> refusal)
			throws IOException {
		try {
			return utf8(input);
		}
		catch (NotUtf8 notUtf8) {
			throw refusal.apply(notUtf8.line());
		}
	}

	/** A CSV file that is not UTF-8; {@link #line()} holds its first byte that is not. */
	public static final class NotUtf8 extends IOException {

		private final long line;

		NotUtf8(long line) {
			super("Not UTF-8 from line " + line);
			this.line = line;
		}

		public long line() {
			return line;
		}
	}
}
