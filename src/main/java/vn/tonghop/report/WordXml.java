package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The WordprocessingML of one document's body, written as text in document order: the markup Apache POI's XWPF
 * writes for the same paragraphs, runs and tables, without building its XMLBeans tree. That tree took two fifths of
 * every report's rendering (a district's body is some 470 kB of XML built node by node and then saved); written
 * directly it is a string builder's work. The pictures it places are kept for {@link DocxPackage}.
 */
final class WordXml {

	/** What a paragraph's {@code w:jc} says. */
	enum Align {
		LEFT("left"), CENTER("center"), RIGHT("right"), BOTH("both");

		final String value;

		Align(String value) {
			this.value = value;
		}
	}

	/** The relationship ids before the pictures': settings, the first page's header, the other pages'. */
	static final int FIRST_PICTURE_RELATIONSHIP = 4;

	private final StringBuilder xml = new StringBuilder(1 << 16);

	private final List<byte[]> pictures = new ArrayList<>();

	/** Appends markup as it is. */
	WordXml raw(String markup) {
		xml.append(markup);
		return this;
	}

	/** Appends a number, as an attribute's value. */
	WordXml raw(long number) {
		xml.append(number);
		return this;
	}

	/**
	 * Appends text as element content: markup characters escaped, and characters XML cannot hold written as
	 * {@code ?}, as POI's saver writes them.
	 */
	WordXml text(String text) {
		return escaped(text, false);
	}

	/** Appends text as an attribute's value between double quotes: escaped as {@link #text} is, and {@code "} too. */
	WordXml attribute(String text) {
		return escaped(text, true);
	}

	private WordXml escaped(String text, boolean attribute) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> xml.append("&amp;");
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '"' -> xml.append(attribute ? "&quot;" : "\"");
				default -> xml.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? '?' : c);
			}
		}
		return this;
	}

	/** A {@code w:t} with the text; spaces at either end kept, as POI keeps them. */
	WordXml t(String text) {
		if (text.isEmpty()) {
			return raw("<w:t/>");
		}
		boolean edges = Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
		return raw(edges ? "<w:t xml:space=\"preserve\">" : "<w:t>").text(text).raw("</w:t>");
	}

	/** An empty paragraph. */
	WordXml emptyParagraph() {
		return raw("<w:p/>");
	}

	/**
	 * A centred paragraph holding a PNG {@code widthEmu} × {@code heightEmu} (English Metric Units) in line with
	 * the text, its bytes kept for the package.
	 *
	 * @param description the picture's alternative text, which Word shows and reads aloud for it
	 */
	WordXml picture(byte[] png, long widthEmu, long heightEmu, String description) {
		int n = pictures.size();
		pictures.add(png);
		String extent = "cx=\"" + widthEmu + "\" cy=\"" + heightEmu + "\"";
		raw("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>"
				+ "<wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent " + extent + "/>"
				+ "<wp:docPr id=\"" + n + "\" name=\"Drawing " + n + "\" descr=\"").attribute(description)
			.raw("\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
				+ "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
				+ "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr>"
				+ "<pic:cNvPr id=\"0\" name=\"Picture " + n + "\" descr=\"").attribute(description)
			.raw("\"/><pic:cNvPicPr>"
				+ "<a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill>"
				+ "<a:blip r:embed=\"rId" + (FIRST_PICTURE_RELATIONSHIP + n) + "\"/><a:stretch><a:fillRect/></a:stretch>"
				+ "</pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext " + extent + "/></a:xfrm>"
				+ "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
				+ "</wp:inline></w:drawing></w:r></w:p>");
		return this;
	}

	/** The pictures placed so far, in order: the n-th is {@code media/image<n+1>.png}. */
	List<byte[]> pictures() {
		return pictures;
	}

	/** The body's markup so far. */
	String body() {
		return xml.toString();
	}

	/** Writes the body's markup so far to {@code out}, a chunk at a time, without copying it whole. */
	void writeTo(java.io.Writer out) throws java.io.IOException {
		char[] chunk = new char[8192];
		for (int from = 0; from < xml.length(); from += chunk.length) {
			int length = Math.min(chunk.length, xml.length() - from);
			xml.getChars(from, from + length, chunk, 0);
			out.write(chunk, 0, length);
		}
	}
}
