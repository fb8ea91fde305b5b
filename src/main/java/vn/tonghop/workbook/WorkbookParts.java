package vn.tonghop.workbook;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The two workbook-wide parts a sheet's cells refer to, read as plain text with SAX. POI's own readers build an
 * XMLBeans object per shared string and for the whole style sheet; at tens of thousands of forms a night that was a
 * quarter of reading, for values we need only as strings: the text of each shared string and the font name of each
 * cell style (legacy Vietnamese fonts tell a TCVN3/VNI text apart).
 */
final class WorkbookParts {

	private WorkbookParts() {
	}

	/** The shared strings in order: the text runs of each {@code <si>}, without phonetic guides ({@code <rPh>}). */
	static List<String> sharedStrings(OPCPackage pkg, XMLReader parser) throws IOException, SAXException {
		List<String> strings = new ArrayList<>();
		parse(pkg, XSSFRelation.SHARED_STRINGS.getContentType(), parser, new DefaultHandler() {
			private final StringBuilder text = new StringBuilder();

			private boolean inText;

			private boolean inPhonetic;

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				switch (localName) {
					case "si" -> text.setLength(0);
					case "rPh" -> inPhonetic = true;
					case "t" -> inText = !inPhonetic;
					default -> {
					}
				}
			}

			@Override
			public void characters(char[] ch, int start, int length) {
				if (inText) {
					text.append(ch, start, length);
				}
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				switch (localName) {
					case "si" -> strings.add(text.toString());
					case "rPh" -> inPhonetic = false;
					case "t" -> inText = false;
					default -> {
					}
				}
			}
		});
		return strings;
	}

	/** The font name of each cell style ({@code <cellXfs>} index, the {@code s} of a cell); "" when unknown. */
	static IntFunction<String> fontsByStyle(OPCPackage pkg, XMLReader parser) throws IOException, SAXException {
		List<String> fonts = new ArrayList<>();
		List<Integer> fontOfStyle = new ArrayList<>();
		parse(pkg, XSSFRelation.STYLES.getContentType(), parser, new DefaultHandler() {
			private boolean inFonts;

			private boolean inCellStyles;

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				switch (localName) {
					case "fonts" -> inFonts = true;
					case "font" -> {
						if (inFonts) {
							fonts.add("");
						}
					}
					case "name" -> {
						if (inFonts && !fonts.isEmpty() && attributes.getValue("val") != null) {
							fonts.set(fonts.size() - 1, attributes.getValue("val"));
						}
					}
					case "cellXfs" -> inCellStyles = true;
					case "xf" -> {
						if (inCellStyles) {
							String fontId = attributes.getValue("fontId");
							fontOfStyle.add(fontId == null ? 0 : parseIndex(fontId));
						}
					}
					default -> {
					}
				}
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				switch (localName) {
					case "fonts" -> inFonts = false;
					case "cellXfs" -> inCellStyles = false;
					default -> {
					}
				}
			}
		});
		return fontLookup(fonts, fontOfStyle);
	}

	/** The font name of a style index, from the fonts in order and each cell style's font index; "" when unknown. */
	static IntFunction<String> fontLookup(List<String> fonts, List<Integer> fontOfStyle) {
		return style -> {
			if (style < 0 || style >= fontOfStyle.size()) {
				return "";
			}
			int font = fontOfStyle.get(style);
			return font >= 0 && font < fonts.size() ? fonts.get(font) : "";
		};
	}

	static int parseIndex(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Parses the package's first part of the content type, if it has one (a workbook without text has no strings). */
	private static void parse(OPCPackage pkg, String contentType, XMLReader parser, DefaultHandler handler)
			throws IOException, SAXException {
		List<PackagePart> parts = pkg.getPartsByContentType(contentType);
		if (parts.isEmpty()) {
			return;
		}
		try (InputStream xml = parts.get(0).getInputStream()) {
			parser.setContentHandler(handler);
			parser.parse(new InputSource(xml));
		}
	}
}
