package vn.tonghop.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class PartCacheTest {

	private final List<String> parsed = new ArrayList<>();

	private final PartCache<String> cache = new PartCache<>(8, part -> {
		String text = new String(part, StandardCharsets.UTF_8);
		parsed.add(text);
		return text;
	});

	@Test
	void aPartStoredAlikeIsParsedOnceAndADifferentOneAgain() throws Exception {
		try (OoxmlPackage first = OoxmlPackage.open(zip("<a/>", true));
				OoxmlPackage copy = OoxmlPackage.open(zip("<a/>", true));
				OoxmlPackage other = OoxmlPackage.open(zip("<b/>", true))) {
			assertThat(cache.get(first, "xl/styles.xml")).isEqualTo("<a/>");
			assertThat(cache.get(copy, "xl/styles.xml")).isEqualTo("<a/>");
			assertThat(cache.get(other, "xl/styles.xml")).isEqualTo("<b/>");
		}
		assertThat(parsed).containsExactly("<a/>", "<b/>");
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void theSameContentStoredUncompressedIsAnotherKeyWithTheSameValue() throws Exception {
		try (OoxmlPackage deflated = OoxmlPackage.open(zip("<a/>", true));
				OoxmlPackage stored = OoxmlPackage.open(zip("<a/>", false))) {
			assertThat(cache.get(deflated, "xl/styles.xml")).isEqualTo("<a/>");
			assertThat(cache.get(stored, "xl/styles.xml")).isEqualTo("<a/>");
		}
		assertThat(parsed).hasSize(2);
	}

	@Test
	void keepsNoMoreThanItsBound() throws Exception {
		for (int i = 0; i < 30; i++) {
			try (OoxmlPackage pkg = OoxmlPackage.open(zip("<a n=\"" + i + "\"/>", true))) {
				assertThat(cache.get(pkg, "xl/styles.xml")).isEqualTo("<a n=\"" + i + "\"/>");
			}
		}
		assertThat(cache.size()).isLessThanOrEqualTo(8);
	}

	@Test
	void relationshipsStoredAlikeAreResolvedAgainstTheirOwnPartsFolder() throws Exception {
		String rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"t\" Target=\"sheets/one.xml\"/></Relationships>";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			add(zip, "[Content_Types].xml", "<Types/>", true);
			add(zip, "a/_rels/book.xml.rels", rels, true);
			add(zip, "b/c/_rels/book.xml.rels", rels, true);
		}
		try (OoxmlPackage pkg = OoxmlPackage.open(bytes.toByteArray())) {
			assertThat(pkg.relationships("a/book.xml"))
				.containsExactly(new OoxmlPackage.Relationship("rId1", "t", "a/sheets/one.xml"));
			assertThat(pkg.relationships("b/c/book.xml"))
				.containsExactly(new OoxmlPackage.Relationship("rId1", "t", "b/c/sheets/one.xml"));
		}
	}

	/** A package of a content-types part and a styles part holding {@code styles}, deflated or stored. */
	private static byte[] zip(String styles, boolean deflated) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			add(zip, "[Content_Types].xml", "<Types/>", true);
			add(zip, "xl/styles.xml", styles, deflated);
		}
		return bytes.toByteArray();
	}

	private static void add(ZipOutputStream zip, String name, String text, boolean deflated) throws Exception {
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		ZipEntry entry = new ZipEntry(name);
		if (!deflated) {
			CRC32 crc = new CRC32();
			crc.update(content);
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(content.length);
			entry.setCrc(crc.getValue());
		}
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}
}
