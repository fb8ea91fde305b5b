package vn.tonghop.workbook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.io.IOException;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

/**
 * What a kind of .xlsx part parses to, kept for the next file that stores the same part byte for byte: the copies of
 * one template share their styles and workbook parts, so each is parsed once, not once per file. Keyed by the part's
 * compression method and compressed bytes, compared whole (equal stored bytes inflate to equal content; no hash is
 * trusted alone). Bounded in entries and in the stored size of a part, so a night of odd files cannot fill the heap.
 * What is kept is shared by the intake's threads and must not be changed by its users.
 */
final class PartCache<T> {

	/** Larger stored parts are parsed each time: a template's styles or workbook part is a few KB. */
	private static final int MAX_STORED_BYTES = 64 * 1024;

	@FunctionalInterface
	interface Parser<T> {

		T parse(byte[] part) throws IOException, XMLStreamException;

	}

	private final Cache<StoredPart, T> parsed;

	private final Parser<T> parser;

	PartCache(int entries, Parser<T> parser) {
		this.parsed = Caffeine.newBuilder().maximumSize(entries).build();
		this.parser = parser;
	}

	/** The named part of {@code pkg} parsed, or what an earlier part stored alike parsed to. */
	T get(OoxmlPackage pkg, String name) throws IOException, XMLStreamException {
		Optional<StoredPart> stored = pkg.stored(name, MAX_STORED_BYTES);
		if (stored.isEmpty()) {
			return parser.parse(pkg.part(name));
		}
		T value = parsed.getIfPresent(stored.get());
		if (value == null) {
			value = parser.parse(pkg.part(name));
			parsed.put(stored.get(), value);
		}
		return value;
	}

	/** How many parsed parts are kept (for the tests). */
	long size() {
		parsed.cleanUp();
		return parsed.estimatedSize();
	}
}
