package vn.tonghop.outputs;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An earlier run's totals.csv, sorted by unit, read to copy it with some units' rows replaced. The lines to keep
 * are copied by the kernel ({@link FileChannel#transferTo}) and never pass through the heap; where a replaced unit
 * starts is found by binary search over the mapped file, so a re-run that replaces a thousand units of fifty
 * thousand reads a few megabytes of a 350 MB file, not all of it.
 */
final class PreviousTotals implements AutoCloseable {

	/** Below this many bytes the search goes line by line (a few hundred lines). */
	private static final int LINEAR = 8 * 1024;

	private final FileChannel channel;

	private final MappedByteBuffer bytes;

	private final int size;

	/** The first byte not yet copied or skipped: always the start of a line, or the end. */
	private int position;

	private PreviousTotals(FileChannel channel, MappedByteBuffer bytes) throws IOException {
		this.channel = channel;
		this.bytes = bytes;
		this.size = bytes.limit();
		int headerEnd = indexOfNewline(0);
		if (headerEnd < 0) {
			throw new IOException("totals.csv without its header line");
		}
		position = headerEnd + 1;
	}

	/** @return empty when the file is too large to map at once (2 GB); the caller then makes every row anew */
	static Optional<PreviousTotals> open(Path file) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			if (channel.size() > Integer.MAX_VALUE) {
				channel.close();
				return Optional.empty();
			}
			return Optional.of(new PreviousTotals(channel, channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size())));
		}
		catch (IOException | RuntimeException ex) {
			channel.close();
			throw ex;
		}
	}

	/** Copies the lines from where the file stands up to the first line of a unit not ordered before {@code unit}. */
	void copyBefore(String unit, FileChannel out) throws IOException {
		int end = firstLineNotBefore(unit);
		transfer(position, end, out);
		position = end;
	}

	/** Passes over the lines of {@code unit} where the file stands, if it has any there. */
	void skip(String unit) {
		while (position < size && unitAt(position).equals(unit)) {
			position = nextLine(position);
		}
	}

	void copyRest(FileChannel out) throws IOException {
		transfer(position, size, out);
		position = size;
	}

	/** The start of the first line, at or after the current position, whose unit is not ordered before {@code unit}. */
	private int firstLineNotBefore(String unit) {
		// Lines before lo are before unit; the line at hi (or the end) is not.
		int lo = position;
		int hi = size;
		while (hi - lo > LINEAR) {
			int line = lineStartAtOrAfter(lo + (hi - lo) / 2);
			if (line >= hi) {
				break;
			}
			if (unitAt(line).compareTo(unit) < 0) {
				lo = line;
			}
			else {
				hi = line;
			}
		}
		while (lo < hi && unitAt(lo).compareTo(unit) < 0) {
			lo = nextLine(lo);
		}
		return lo;
	}

	private void transfer(int from, int to, FileChannel out) throws IOException {
		long done = from;
		while (done < to) {
			done += channel.transferTo(done, to - done, out);
		}
		// A last line without its line end (never written so, but a file edited by hand may be) gets one.
		if (to == size && to > from && bytes.get(to - 1) != '\n') {
			out.write(java.nio.ByteBuffer.wrap(new byte[] { '\n' }));
		}
	}

	/** The unit of the line starting at {@code line}: the first field, unquoted as CSV does. */
	private String unitAt(int line) {
		int end = nextLine(line);
		if (bytes.get(line) != '"') {
			int comma = line;
			while (comma < end && bytes.get(comma) != ',' && bytes.get(comma) != '\n') {
				comma++;
			}
			return decode(line, comma);
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(decode(line, end)), CSVFormat.DEFAULT)) {
			CSVRecord record = parser.iterator().next();
			return record.get(0);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String decode(int from, int to) {
		byte[] text = new byte[to - from];
		bytes.get(from, text);
		return new String(text, StandardCharsets.UTF_8);
	}

	private int lineStartAtOrAfter(int offset) {
		return offset == 0 || bytes.get(offset - 1) == '\n' ? offset : nextLine(offset);
	}

	private int nextLine(int line) {
		int newline = indexOfNewline(line);
		return newline < 0 ? size : newline + 1;
	}

	private int indexOfNewline(int from) {
		for (int i = from; i < size; i++) {
			if (bytes.get(i) == '\n') {
				return i;
			}
		}
		return -1;
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
