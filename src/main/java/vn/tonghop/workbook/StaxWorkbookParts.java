package vn.tonghop.workbook;

import com.fasterxml.aalto.stax.StreamReaderImpl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The package-wide parts of an .xlsx read with StAX from their bytes: the relationships, the content types, the
 * sheets in order, the shared strings and each cell style's font name. Read as plain text, not as POI's XMLBeans
 * models (which cost a quarter of reading): only the text of each shared string and the font name of each cell style
 * are needed (legacy Vietnamese fonts tell a TCVN3/VNI text apart).
 */
final class StaxWorkbookParts {

	/** A {@code <sheet>} of the workbook part: its name and the relationship that names its part. */
	record SheetRef(String name, String relationshipId) {
	}

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private StaxWorkbookParts() {
	}

	static List<SheetRef> sheets(byte[] workbook) throws XMLStreamException {
		List<SheetRef> sheets = new ArrayList<>();
		StreamReaderImpl xml = StaxXml.reader(workbook);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("sheet")) {
					String id = null;
					for (int i = 0; i < xml.getAttributeCount(); i++) {
						if (xml.getAttributeLocalName(i).equals("id")
								&& String.valueOf(xml.getAttributeNamespace(i)).endsWith("relationships")) {
							id = xml.getAttributeValue(i);
						}
					}
					sheets.add(new SheetRef(xml.getAttributeValue(null, "name"), id));
				}
			}
		}
		finally {
			xml.close();
		}
		return List.copyOf(sheets);
	}

	/** A relationships part's internal relationships, their targets as written. */
	static List<OoxmlPackage.Relationship> relationships(byte[] part) throws XMLStreamException {
		List<OoxmlPackage.Relationship> found = new ArrayList<>();
		StreamReaderImpl xml = StaxXml.reader(part);
		try {
			xml.nextTag();
			if (!RELATIONSHIPS.equals(xml.getNamespaceURI())) {
				// Not a relationships part as OPC defines it: POI reads no relationship from it, nor do we.
				return List.of();
			}
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("Relationship")
						&& !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
					found.add(new OoxmlPackage.Relationship(xml.getAttributeValue(null, "Id"),
							xml.getAttributeValue(null, "Type"),
							String.valueOf(xml.getAttributeValue(null, "Target"))));
				}
			}
		}
		finally {
			xml.close();
		}
		return List.copyOf(found);
	}

	/** The first part declared with each content type in {@code [Content_Types].xml} (its Overrides, in order). */
	static Map<String, String> partsByContentType(byte[] part) throws XMLStreamException {
		Map<String, String> parts = new HashMap<>();
		StreamReaderImpl xml = StaxXml.reader(part);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("Override")) {
					String name = String.valueOf(xml.getAttributeValue(null, "PartName"));
					parts.putIfAbsent(String.valueOf(xml.getAttributeValue(null, "ContentType")),
							name.startsWith("/") ? name.substring(1) : name);
				}
			}
			return Map.copyOf(parts);
		}
		finally {
			xml.close();
		}
	}

	/** The shared strings in order: the text runs of each {@code <si>}, without phonetic guides ({@code <rPh>}). */
	static List<String> sharedStrings(byte[] part) throws XMLStreamException {
		List<String> strings = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		boolean inText = false;
		boolean inPhonetic = false;
		StreamReaderImpl xml = StaxXml.reader(part);
		try {
			while (xml.hasNext()) {
				switch (xml.next()) {
					case XMLStreamReader.START_ELEMENT -> {
						switch (xml.getLocalName()) {
							case "si" -> text.setLength(0);
							case "rPh" -> inPhonetic = true;
							case "t" -> inText = !inPhonetic;
							default -> {
							}
						}
					}
					case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> {
						if (inText) {
							text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
						}
					}
					case XMLStreamReader.END_ELEMENT -> {
						switch (xml.getLocalName()) {
							case "si" -> strings.add(text.toString());
							case "rPh" -> inPhonetic = false;
							case "t" -> inText = false;
							default -> {
							}
						}
					}
					default -> {
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return strings;
	}

	/** The font name of each cell style ({@code <cellXfs>} index, the {@code s} of a cell); "" when unknown. */
	static IntFunction<String> fontsByStyle(byte[] part) throws XMLStreamException {
		List<String> fonts = new ArrayList<>();
		List<Integer> fontOfStyle = new ArrayList<>();
		boolean inFonts = false;
		boolean inCellStyles = false;
		StreamReaderImpl xml = StaxXml.reader(part);
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamReader.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "fonts" -> inFonts = true;
						case "font" -> {
							if (inFonts) {
								fonts.add("");
							}
						}
						case "name" -> {
							String name = xml.getAttributeValue(null, "val");
							if (inFonts && !fonts.isEmpty() && name != null) {
								fonts.set(fonts.size() - 1, name);
							}
						}
						case "cellXfs" -> inCellStyles = true;
						case "xf" -> {
							if (inCellStyles) {
								String fontId = xml.getAttributeValue(null, "fontId");
								fontOfStyle.add(fontId == null ? 0 : parseIndex(fontId));
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamReader.END_ELEMENT) {
					switch (xml.getLocalName()) {
						case "fonts" -> inFonts = false;
						case "cellXfs" -> inCellStyles = false;
						default -> {
						}
					}
				}
			}
		}
		finally {
			xml.close();
		}
		// Immutable: the function is shared by the threads that read copies of one template (PartCache).
		List<String> fontNames = List.copyOf(fonts);
		List<Integer> fontIds = List.copyOf(fontOfStyle);
		return style -> {
			if (style < 0 || style >= fontIds.size()) {
				return "";
			}
			int font = fontIds.get(style);
			return font >= 0 && font < fontNames.size() ? fontNames.get(font) : "";
		};
	}

	private static int parseIndex(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
