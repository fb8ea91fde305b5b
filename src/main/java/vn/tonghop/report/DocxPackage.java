package vn.tonghop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.util.StreamUtils;

/**
 * The parts of a DOCX around its body (Office Open XML's package: content types, relationships, properties, the
 * page's headers and section): A4 with the margins of Nghị định 30/2020 (top and bottom 20 mm, left 30 mm, right
 * 15 mm), no header on the first page, the page number centred at the top of the others.
 */
final class DocxPackage {

	private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

	private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.";

	/** A4 in twips; margins, header and footer distances in twips (1 mm = 56,7). */
	private static final String SECTION = "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rId2\"/>"
			+ "<w:headerReference w:type=\"default\" r:id=\"rId3\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
			+ "<w:pgMar w:top=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:right=\"851\" w:header=\"567\" w:footer=\"567\"/>"
			+ "<w:titlePg w:val=\"on\"/></w:sectPr>";

	private DocxPackage() {
	}

	/**
	 * Writes the package of {@code body} to {@code out}.
	 *
	 * @param subject the document's subject property (a published version's last line), or null
	 * @param created the document's creation time, kept to the second
	 */
	static void write(WordXml body, String subject, Instant created, OutputStream out) throws IOException {
		// Closed, so its deflater's native memory is freed now rather than by the collector; out is left open.
		try (ZipOutputStream zip = new ZipOutputStream(StreamUtils.nonClosing(out))) {
			parts(body, subject, created, zip);
		}
	}

	private static void parts(WordXml body, String subject, Instant created, ZipOutputStream zip) throws IOException {
		List<byte[]> pictures = body.pictures();
		part(zip, "[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"png\" ContentType=\"image/png\"/>"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ override("/docProps/app.xml", CONTENT_TYPE + "extended-properties+xml")
				+ override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
				+ override("/word/document.xml", CONTENT_TYPE + "wordprocessingml.document.main+xml")
				+ override("/word/header1.xml", CONTENT_TYPE + "wordprocessingml.header+xml")
				+ override("/word/header2.xml", CONTENT_TYPE + "wordprocessingml.header+xml")
				+ override("/word/settings.xml", CONTENT_TYPE + "wordprocessingml.settings+xml") + "</Types>");
		part(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
				+ relationship(1, "word/document.xml", OFFICE + "officeDocument")
				+ relationship(2, "docProps/app.xml", OFFICE + "extended-properties")
				+ relationship(3, "docProps/core.xml", RELATIONSHIPS + "/metadata/core-properties") + "</Relationships>");
		part(zip, "docProps/app.xml", XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
				+ "<Application>tonghop</Application></Properties>");
		part(zip, "docProps/core.xml", core(subject, created));
		StringBuilder relationships = new StringBuilder(XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">")
			.append(relationship(1, "settings.xml", OFFICE + "settings"))
			.append(relationship(2, "header1.xml", OFFICE + "header"))
			.append(relationship(3, "header2.xml", OFFICE + "header"));
		for (int i = 0; i < pictures.size(); i++) {
			relationships.append(relationship(WordXml.FIRST_PICTURE_RELATIONSHIP + i, "media/image" + (i + 1) + ".png",
					OFFICE + "image"));
		}
		part(zip, "word/_rels/document.xml.rels", relationships.append("</Relationships>").toString());
		// The body is encoded into the entry from the builder: a province's body is megabytes at national scale, and
		// neither a string of it nor its bytes is made.
		zip.putNextEntry(new ZipEntry("word/document.xml"));
		Writer document = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		document.write(XML + "<w:document xmlns:w=\"" + W + "\""
				+ " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
				+ " xmlns:r=\"" + OFFICE.substring(0, OFFICE.length() - 1) + "\"><w:body>");
		body.writeTo(document);
		document.write(SECTION + "</w:body></w:document>");
		document.flush();
		zip.closeEntry();
		part(zip, "word/header1.xml", XML + "<w:hdr xmlns:w=\"" + W + "\"><w:p/></w:hdr>");
		part(zip, "word/header2.xml", XML + "<w:hdr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
				+ "<w:fldSimple w:instr=\"PAGE\"/></w:p></w:hdr>");
		part(zip, "word/settings.xml", XML + "<w:settings xmlns:w=\"" + W + "\"/>");
		for (int i = 0; i < pictures.size(); i++) {
			zip.putNextEntry(new ZipEntry("word/media/image" + (i + 1) + ".png"));
			zip.write(pictures.get(i));
			zip.closeEntry();
		}
	}

	private static String core(String subject, Instant created) {
		WordXml core = new WordXml().raw(XML + "<cp:coreProperties"
				+ " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
				+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
				+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
				+ "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created.truncatedTo(ChronoUnit.SECONDS)
				+ "</dcterms:created><dc:creator>tonghop</dc:creator>");
		if (subject != null) {
			core.raw("<dc:subject>").text(subject).raw("</dc:subject>");
		}
		return core.raw("</cp:coreProperties>").body();
	}

	private static String override(String part, String type) {
		return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
	}

	private static String relationship(int id, String target, String type) {
		return "<Relationship Id=\"rId" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
	}

	private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
