package vn.tonghop.workbook;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Builds a {@link Grid} from an OOXML package with the SAX event API, or from a usermodel workbook. */
final class GridReaders {

	private GridReaders() {
	}

	/** Reads an .xlsx or .xlsm read-only, streaming each sheet's XML; formulas keep the value Excel saved. */
	static Grid fromOoxml(File file, int maxCells) throws java.io.IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException,
			org.xml.sax.SAXException, javax.xml.parsers.ParserConfigurationException {
		try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			// One parser for the workbook's parts: creating one costs more than parsing a small sheet.
			XMLReader parser = XMLHelper.newXMLReader();
			List<String> strings = WorkbookParts.sharedStrings(pkg, parser);
			java.util.function.IntFunction<String> fonts = WorkbookParts.fontsByStyle(pkg, parser);
			List<Grid.Sheet> sheets = new ArrayList<>();
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
			int[] budget = { maxCells };
			while (iterator.hasNext()) {
				try (InputStream xml = iterator.next()) {
					SheetHandler handler = new SheetHandler(strings, budget, fonts);
					parser.setContentHandler(handler);
					parser.parse(new InputSource(xml));
					sheets.add(new Grid.Sheet(iterator.getSheetName(), handler.rows));
				}
			}
			return new Grid(sheets);
		}
	}

	/** Converts a usermodel workbook (legacy .xls, or anything WorkbookFactory opened). */
	static Grid fromWorkbook(Workbook workbook, int maxCells) {
		List<Grid.Sheet> sheets = new ArrayList<>();
		int cells = 0;
		for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
			NavigableMap<Integer, NavigableMap<Integer, Grid.Cell>> rows = new TreeMap<>();
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				for (org.apache.poi.ss.usermodel.Cell cell : row) {
					if (++cells > maxCells) {
						throw new TooManyCellsException();
					}
					CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
							: cell.getCellType();
					String font = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
					Grid.Cell value = switch (type) {
						case NUMERIC -> new Grid.Cell(cell.getRowIndex(), cell.getColumnIndex(), Grid.Kind.NUMBER, null,
								cell.getNumericCellValue(), false, font);
						case STRING -> new Grid.Cell(cell.getRowIndex(), cell.getColumnIndex(), Grid.Kind.TEXT,
								cell.getStringCellValue(), 0, false, font);
						case BOOLEAN -> new Grid.Cell(cell.getRowIndex(), cell.getColumnIndex(), Grid.Kind.BOOLEAN, null,
								0, cell.getBooleanCellValue(), font);
						case ERROR -> new Grid.Cell(cell.getRowIndex(), cell.getColumnIndex(), Grid.Kind.ERROR,
								FormulaError.forInt(cell.getErrorCellValue()).getString(), 0, false, font);
						default -> null;
					};
					if (value != null) {
						rows.computeIfAbsent(value.row(), k -> new TreeMap<>()).put(value.column(), value);
					}
				}
			}
			sheets.add(new Grid.Sheet(sheet.getSheetName(), rows));
		}
		return new Grid(sheets);
	}

	/** One worksheet's XML: {@code <c r= t= s=><v/><f/><is><t/></is></c>}. */
	private static final class SheetHandler extends DefaultHandler {

		private final List<String> strings;

		private final java.util.function.IntFunction<String> fontOf;

		final NavigableMap<Integer, NavigableMap<Integer, Grid.Cell>> rows = new TreeMap<>();

		private final StringBuilder value = new StringBuilder();

		private boolean inValue;

		private String ref;

		private String type;

		private int style;

		private boolean hasValue;

		private boolean hasFormula;

		/** Cells still allowed in this workbook, shared by its sheets. */
		private final int[] budget;

		SheetHandler(List<String> strings, int[] budget, java.util.function.IntFunction<String> fontOf) {
			this.strings = strings;
			this.budget = budget;
			this.fontOf = fontOf;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "c" -> {
					ref = attributes.getValue("r");
					type = attributes.getValue("t");
					String s = attributes.getValue("s");
					style = s == null ? 0 : Integer.parseInt(s);
					hasValue = false;
					hasFormula = false;
					value.setLength(0);
					if (--budget[0] < 0) {
						// Stop reading here: a workbook this large is not a filled form, and must not cost more.
						throw new TooManyCellsException();
					}
				}
				case "f" -> hasFormula = true;
				case "v", "t" -> {
					inValue = true;
					if (localName.equals("v")) {
						value.setLength(0);
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue) {
				value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> {
					inValue = false;
					hasValue = true;
				}
				case "c" -> {
					if (ref != null && (hasValue || hasFormula)) {
						GridCells.put(rows, ref, type, style, hasValue, value.toString(), strings, fontOf);
					}
				}
				default -> {
				}
			}
		}
	}
}
