package vn.tonghop.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The Excel workbooks inside a .zip a unit sends (a district's clerk zips its CĐCS' forms into one file): each is
 * handed on as if it had been sent by itself, under its own name. Folders inside the zip are flattened, since the form
 * names its unit, not its path. What a computer adds on its own (macOS' {@code __MACOSX}, hidden files, Excel's
 * {@code ~$} lock files) is passed over without a word; any other file is named in {@link Unpacked#notWorkbooks}.
 * <p>
 * The zip is read as a stream, so nothing but the entries handed on is written anywhere. What it may unpack is
 * bounded, so a zip made to fill the disk or the processor stops early: at most {@code maxWorkbooks} workbooks are
 * handed on (the rest are named, not kept), and at most {@link #MAX_UNPACKED_BYTES} are unpacked in all, the entries
 * passed over and what a receiver did not read included.
 */
public final class ZippedForms {

	/**
	 * 1 GiB: fifty forms at the largest size a form may have (20 MB by default), while a district's zip of its
	 * hundred CĐCS' forms unpacks to a few megabytes.
	 */
	static final long MAX_UNPACKED_BYTES = 1L << 30;

	/**
	 * The workbooks one sending's zips may give, by upload or by mail: each is checked as it arrives (while the person
	 * waits for the upload page), and a district's hundred CĐCS fit twice over.
	 */
	public static final int MAX_WORKBOOKS = 200;

	/** Receives one workbook of the zip: its stream ends with the entry and need not be read to the end or closed. */
	@FunctionalInterface
	public interface Receiver {

		void accept(String name, InputStream content) throws IOException;
	}

	/**
	 * What a zip held besides the workbooks handed on.
	 *
	 * @param notWorkbooks the names of the files that are not Excel workbooks, in the zip's order
	 * @param encrypted the names of the workbooks protected by the zip's password, which cannot be read
	 * @param notRead the names of the workbooks after the first {@code maxWorkbooks}, which were not read
	 */
	public record Unpacked(int workbooks, List<String> notWorkbooks, List<String> encrypted, List<String> notRead) {
	}

	/** A zip that would unpack to more than {@link #MAX_UNPACKED_BYTES}; the workbooks handed on before stay taken. */
	public static final class TooMuchInside extends IOException {

		TooMuchInside(long limit) {
			super("A zip unpacks to more than " + limit + " bytes");
		}
	}

	/** A zip whose entry could not be unpacked (cut short, or its bytes changed): the zip's fault, not the receiver's. */
	public static final class Damaged extends IOException {

		Damaged(IOException cause) {
			super(cause.getMessage(), cause);
		}
	}

	private ZippedForms() {
	}

	/** A file sent as a zip, by its name: what the upload, the mailbox and the run unpack or explain. */
	public static boolean isZipName(String name) {
		return name != null && name.strip().toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	/**
	 * A file compressed another way (WinRAR's .rar, 7-Zip's .7z, common in offices), which is not unpacked: its
	 * sender is told to send a .zip or the workbooks themselves.
	 */
	public static boolean isOtherArchiveName(String name) {
		String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		return lower.endsWith(".rar") || lower.endsWith(".7z");
	}

	/**
	 * Hands each workbook of {@code zip} to {@code receiver}, in the zip's order.
	 *
	 * @throws TooMuchInside when the entries handed on would unpack to more than {@link #MAX_UNPACKED_BYTES}
	 * @throws IOException when the zip is damaged or is not a zip ({@link Damaged} while an entry was read; what was
	 * handed on before stays taken), or what {@code receiver} threw
	 */
	public static Unpacked each(InputStream zip, int maxWorkbooks, Receiver receiver) throws IOException {
		return each(zip, maxWorkbooks, MAX_UNPACKED_BYTES, receiver);
	}

	/** {@link #each(InputStream, int, Receiver)} with a bound of its own on what may be unpacked in all. */
	static Unpacked each(InputStream zip, int maxWorkbooks, long maxUnpacked, Receiver receiver) throws IOException {
		List<String> notWorkbooks = new ArrayList<>();
		List<String> encrypted = new ArrayList<>();
		List<String> notRead = new ArrayList<>();
		int workbooks = 0;
		long[] unpacked = { 0 };
		// Names in UTF-8 unless the zip says otherwise (7-Zip and WinRAR add a Unicode name); stored entries whose
		// size follows their data (some Windows tools write them) are read too.
		try (ZipArchiveInputStream in = new ZipArchiveInputStream(new Unclosed(zip), StandardCharsets.UTF_8.name(),
				true, true)) {
			for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String path = pathOf(entry);
				String name = baseName(path);
				if (entry.isDirectory() || isMadeByTheComputer(path, name)) {
					continue;
				}
				if (entry.getGeneralPurposeBit().usesEncryption()) {
					// Passed over by its stored size, unread: nothing of it is unpacked.
					(WorkbookSignature.hasExcelName(name) ? encrypted : notWorkbooks).add(name);
					continue;
				}
				if (!in.canReadEntryData(entry)) {
					throw new Damaged(new IOException("Entry " + name + " uses a compression this reader lacks"));
				}
				// Every entry read is counted, the ones passed over too: skipping a deflated entry unpacks it.
				Bounded content = new Bounded(in, unpacked, maxUnpacked);
				if (!WorkbookSignature.hasExcelName(name)) {
					notWorkbooks.add(name);
				}
				else if (workbooks >= maxWorkbooks) {
					notRead.add(name);
				}
				else {
					workbooks++;
					receiver.accept(name, content);
				}
				content.drain();
			}
		}
		return new Unpacked(workbooks, List.copyOf(notWorkbooks), List.copyOf(encrypted), List.copyOf(notRead));
	}

	/** Vietnamese Windows' own code page, which its "Send to → Compressed folder" writes names in. */
	private static final Charset WINDOWS_VIETNAMESE = Charset.forName("windows-1258");

	/**
	 * The entry's path as its maker meant it: UTF-8 when the zip says so (or carries a Unicode name, as 7-Zip and
	 * WinRAR add), or when its bytes are UTF-8; otherwise in Vietnamese Windows' code page, which Windows' own zip
	 * writes without saying so. Read as UTF-8, "Báo cáo" came out "B?o c?o".
	 */
	private static String pathOf(ZipArchiveEntry entry) {
		byte[] raw = entry.getRawName();
		if (raw == null || entry.getGeneralPurposeBit().usesUTF8ForNames()
				|| entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null || Utf8Bytes.isValid(raw)) {
			return entry.getName();
		}
		return new String(raw, WINDOWS_VIETNAMESE);
	}

	private static String baseName(String path) {
		return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
	}

	private static boolean isMadeByTheComputer(String path, String name) {
		return path.startsWith("__MACOSX/") || path.contains("/__MACOSX/") || name.startsWith(".")
				|| name.startsWith("~$") || name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini");
	}

	/** One entry's bytes, counted against what the whole zip may unpack; closing it leaves the zip open. */
	private static final class Bounded extends FilterInputStream {

		private final long[] unpacked;

		private final long limit;

		Bounded(InputStream entry, long[] unpacked, long limit) {
			super(entry);
			this.unpacked = unpacked;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n;
			try {
				n = super.read(buffer, offset, length);
			}
			catch (IOException damaged) {
				throw new Damaged(damaged);
			}
			if (n > 0 && (unpacked[0] += n) > limit) {
				throw new TooMuchInside(limit);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			return Math.max(read(new byte[(int) Math.min(n, 64 * 1024)]), 0);
		}

		/** Reads what the receiver left, counted: the zip's own skipping would unpack it without a bound. */
		void drain() throws IOException {
			byte[] buffer = new byte[64 * 1024];
			while (read(buffer, 0, buffer.length) >= 0) {
				// counted in read
			}
		}

		@Override
		public void close() {
			// The entry ends where the zip's next entry begins; the zip is closed by its reader.
		}
	}

	/** The caller's stream, which the caller closes. */
	private static final class Unclosed extends FilterInputStream {

		Unclosed(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
			// left to the caller
		}
	}
}
