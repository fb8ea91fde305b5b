package vn.tonghop.workbook;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import javax.xml.stream.XMLStreamException;

/**
 * An Office Open XML package held in memory, opened from the file's bytes through its central directory, or, as POI
 * does for a zip without one, by its entries' local headers in order. Parts are inflated with POI's own limits: none
 * larger than {@link #MAX_PART_BYTES}, none inflating more than 100× beyond its first 100 KB.
 */
final class OoxmlPackage implements AutoCloseable {

	static final long MAX_PART_BYTES = 200_000_000L;

	private static final long GRACE_BYTES = 100_000;

	private static final double MIN_INFLATE_RATIO = 0.01;

	static final String TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

	static final String STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

	/** The relationships and content types of a template, parsed once for all its copies. */
	private static final PartCache<List<Relationship>> RELATIONSHIPS_PARTS = new PartCache<>(64,
			StaxWorkbookParts::relationships);

	private static final PartCache<Map<String, String>> CONTENT_TYPES = new PartCache<>(64,
			StaxWorkbookParts::partsByContentType);

	/**
	 * A relationship of a part: from {@link #relationships}, its target resolved to a part name (no leading slash); as
	 * a relationships part's parse keeps it ({@link StaxWorkbookParts#relationships}), its target as written.
	 */
	record Relationship(String id, String type, String target) {
	}

	/** The central directory's reader, or null when the parts were read from the local headers. */
	private final ZipFile zip;

	/** Part names are case-insensitive in OPC: keyed by their lower-case form. */
	private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

	/** The parts inflated from the local headers, for a zip without a central directory. */
	private final Map<String, byte[]> inflated = new HashMap<>();

	private OoxmlPackage(ZipFile zip) {
		this.zip = zip;
		for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements();) {
			ZipArchiveEntry entry = all.nextElement();
			if (!entry.isDirectory()) {
				entries.putIfAbsent(key(entry.getName()), entry);
			}
		}
	}

	private OoxmlPackage(ZipArchiveInputStream stream) throws IOException {
		this.zip = null;
		for (ZipArchiveEntry entry; (entry = nextEntry(stream)) != null;) {
			if (!entry.isDirectory()) {
				inflated.putIfAbsent(key(entry.getName()), inflate(stream, stream::getCompressedCount));
			}
		}
	}

	/** Null at the end; a file that ends where a next entry's header would start ends there, as POI reads it. */
	private static ZipArchiveEntry nextEntry(ZipArchiveInputStream stream) throws IOException {
		try {
			return stream.getNextEntry();
		}
		catch (java.io.EOFException endedBetweenEntries) {
			return null;
		}
	}

	/** @throws UnreadableWorkbookException (reader.notWorkbook) for a zip that is not an OOXML package */
	static OoxmlPackage open(byte[] bytes) throws IOException {
		OoxmlPackage pkg;
		try {
			pkg = new OoxmlPackage(ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get());
		}
		catch (IOException noCentralDirectory) {
			try (ZipArchiveInputStream stream = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
				pkg = new OoxmlPackage(stream);
			}
		}
		if (!pkg.has("[Content_Types].xml")) {
			pkg.close();
			throw new UnreadableWorkbookException("reader.notWorkbook");
		}
		return pkg;
	}

	boolean has(String part) {
		return entries.containsKey(key(part)) || inflated.containsKey(key(part));
	}

	/** The part's bytes, inflated within the limits; a part that would exceed them is a zip bomb. */
	byte[] part(String name) throws IOException {
		byte[] held = inflated.get(key(name));
		if (held != null) {
			return held;
		}
		ZipArchiveEntry entry = entries.get(key(name));
		if (entry == null) {
			throw new UnreadableWorkbookException("reader.damaged");
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return inflate(in, entry::getCompressedSize);
		}
	}

	/**
	 * The part as stored, read through the central directory; empty for a package read from its local headers and
	 * for a part stored larger than {@code maxBytes} (not worth keeping).
	 */
	Optional<StoredPart> stored(String name, int maxBytes) throws IOException {
		ZipArchiveEntry entry = entries.get(key(name));
		if (zip == null || entry == null || entry.getCompressedSize() < 0 || entry.getCompressedSize() > maxBytes) {
			return Optional.empty();
		}
		try (InputStream raw = zip.getRawInputStream(entry)) {
			return Optional.of(new StoredPart(entry.getMethod(), raw.readAllBytes()));
		}
	}

	private static byte[] inflate(InputStream in, LongSupplier compressedSoFar) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
		byte[] buffer = new byte[16384];
		for (int n; (n = in.read(buffer)) > 0;) {
			out.write(buffer, 0, n);
			long size = out.size();
			if (size > MAX_PART_BYTES
					|| size > GRACE_BYTES && Math.max(compressedSoFar.getAsLong(), 1) < size * MIN_INFLATE_RATIO) {
				throw new UnreadableWorkbookException("reader.zipBomb");
			}
		}
		return out.toByteArray();
	}

	/** The relationships of a part ("" for the package's own), targets resolved against the part's folder. */
	List<Relationship> relationships(String source) throws IOException, XMLStreamException {
		int slash = source.lastIndexOf('/');
		String folder = slash < 0 ? "" : source.substring(0, slash + 1);
		String rels = folder + "_rels/" + source.substring(slash + 1) + ".rels";
		List<Relationship> found = new ArrayList<>();
		if (has(rels)) {
			for (Relationship r : RELATIONSHIPS_PARTS.get(this, rels)) {
				found.add(new Relationship(r.id(), r.type(), resolve(folder, r.target())));
			}
		}
		return found;
	}

	/** The first part declared with each content type in {@code [Content_Types].xml} (its Overrides, in order). */
	Map<String, String> partsByContentType() throws IOException, XMLStreamException {
		return CONTENT_TYPES.get(this, "[Content_Types].xml");
	}

	private static String resolve(String folder, String target) {
		String path = target.startsWith("/") ? target.substring(1) : folder + target;
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				if (!segments.isEmpty()) {
					segments.remove(segments.size() - 1);
				}
			}
			else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.add(segment);
			}
		}
		return String.join("/", segments);
	}

	private static String key(String name) {
		return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
	}

	@Override
	public void close() throws IOException {
		if (zip != null) {
			zip.close();
		}
	}
}
