package vn.tonghop.workbook;

import com.fasterxml.aalto.stax.StreamReaderImpl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.IntFunction;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Builds a {@link Grid} from an .xlsx or .xlsm held in memory without POI's package model: the package's parts are
 * unzipped from the bytes and each is scanned once with StAX. Gives the same grid as {@link GridReaders#fromOoxml}
 * (POI's OPC package opening the same parts), which the tests keep as its cross-check: the sheets in the workbook's order, each
 * cell with the value Excel saved, shared strings without phonetic guides, and the font name of the cell's style.
 * Its sheet and part parsers are also what {@link GridReaders#fromOoxml} reads POI's parts with.
 */
final class StaxGridReader {

	private static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

	private static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

	/** The fonts of a template's styles and the sheets of its workbook part, parsed once for all its copies. */
	private static final PartCache<IntFunction<String>> FONTS = new PartCache<>(64, StaxWorkbookParts::fontsByStyle);

	private static final PartCache<List<StaxWorkbookParts.SheetRef>> SHEETS = new PartCache<>(64,
			StaxWorkbookParts::sheets);

	private StaxGridReader() {
	}

	static Grid read(byte[] bytes, int maxCells) throws IOException, XMLStreamException {
		try (OoxmlPackage pkg = OoxmlPackage.open(bytes)) {
			String workbook = officeDocument(pkg);
			Map<String, String> targets = new HashMap<>();
			for (OoxmlPackage.Relationship r : pkg.relationships(workbook)) {
				targets.put(r.id(), r.target());
			}
			Map<String, String> byType = pkg.partsByContentType();
			String strings = byType.get(SHARED_STRINGS);
			String styles = byType.get(STYLES);
			List<String> shared = strings == null || !pkg.has(strings) ? List.of() : StaxWorkbookParts.sharedStrings(pkg.part(strings));
			IntFunction<String> fonts = styles == null || !pkg.has(styles) ? style -> ""
					: FONTS.get(pkg, styles);
			List<Grid.Sheet> sheets = new ArrayList<>();
			int[] budget = { maxCells };
			for (StaxWorkbookParts.SheetRef sheet : SHEETS.get(pkg, workbook)) {
				String part = targets.get(sheet.relationshipId());
				if (part != null && pkg.has(part)) {
					sheets.add(new Grid.Sheet(sheet.name(), cells(pkg.part(part), shared, fonts, budget)));
				}
			}
			return new Grid(sheets);
		}
	}

	/** The workbook part the package's officeDocument relationship names; Strict OOXML is refused by its own key. */
	private static String officeDocument(OoxmlPackage pkg) throws IOException, XMLStreamException {
		List<OoxmlPackage.Relationship> relationships = pkg.relationships("");
		for (OoxmlPackage.Relationship r : relationships) {
			if ((OoxmlPackage.TRANSITIONAL + "officeDocument").equals(r.type()) && pkg.has(r.target())) {
				return r.target();
			}
		}
		for (OoxmlPackage.Relationship r : relationships) {
			if ((OoxmlPackage.STRICT + "officeDocument").equals(r.type())) {
				throw new UnreadableWorkbookException("reader.strictOoxml");
			}
		}
		throw new UnreadableWorkbookException("reader.damaged");
	}

	/**
	 * One worksheet's {@code <c r= t= s=><f/><v/><is><t/></is></c>}: each cell with the value Excel saved, a formula
	 * without one as UNCALCULATED. {@code budget} is the cells the workbook may still have, shared by its sheets.
	 */
	static NavigableMap<Integer, NavigableMap<Integer, Grid.Cell>> cells(byte[] part, List<String> shared,
			IntFunction<String> fonts, int[] budget) throws XMLStreamException {
		GridCells rows = new GridCells(shared, fonts);
		StreamReaderImpl xml = StaxXml.reader(part);
		StringBuilder value = new StringBuilder();
		CellStart cell = new CellStart();
		boolean inValue = false;
		boolean hasValue = false;
		boolean hasFormula = false;
		try {
			while (xml.hasNext()) {
				switch (xml.next()) {
					case XMLStreamReader.START_ELEMENT -> {
						switch (xml.getLocalName()) {
							case "c" -> {
								cell.read(xml);
								hasValue = false;
								hasFormula = false;
								value.setLength(0);
								if (--budget[0] < 0) {
									throw new TooManyCellsException();
								}
							}
							case "f" -> hasFormula = true;
							case "v" -> {
								inValue = true;
								value.setLength(0);
							}
							case "t" -> inValue = true;
							default -> {
							}
						}
					}
					case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> {
						if (inValue) {
							value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
						}
					}
					case XMLStreamReader.END_ELEMENT -> {
						switch (xml.getLocalName()) {
							case "v", "t" -> {
								inValue = false;
								hasValue = true;
							}
							case "c" -> {
								if (cell.ref != null && (hasValue || hasFormula)) {
									rows.put(cell.ref, cell.type, cell.style, hasValue, value.toString());
								}
							}
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
		return rows.rows();
	}

	/** The attributes of the cell being read: its reference ({@code r}), type ({@code t}) and style ({@code s}). */
	private static final class CellStart {

		private String ref;

		private String type;

		private int style;

		/**
		 * One pass over the cell's few attributes: asking for each by name made Aalto hash the name every time (4 % of
		 * an intake worker's samples). Attributes in a namespace are not the cell's own.
		 */
		void read(StreamReaderImpl xml) {
			ref = null;
			type = null;
			style = 0;
			for (int a = 0; a < xml.getAttributeCount(); a++) {
				String namespace = xml.getAttributeNamespace(a);
				if (namespace != null && !namespace.isEmpty()) {
					continue;
				}
				switch (xml.getAttributeLocalName(a)) {
					case "r" -> ref = xml.getAttributeValue(a);
					case "t" -> type = xml.getAttributeValue(a);
					case "s" -> {
						String value = xml.getAttributeValue(a);
						style = GridCells.integer(value, 0, value.length());
					}
					default -> {
					}
				}
			}
		}
	}
}
