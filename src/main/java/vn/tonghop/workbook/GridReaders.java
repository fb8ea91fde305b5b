package vn.tonghop.workbook;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** Builds a {@link Grid} from an OOXML package opened by POI, or from a usermodel workbook. */
final class GridReaders {

	private GridReaders() {
	}

	/**
	 * The tests' cross-check of {@link StaxGridReader}: the package opened by POI (OPC: unzip, relationships, content
	 * types, the workbook's sheets in order), each part's XML read by the same StAX code. What the two readers differ
	 * in is the package layer, which is what the cross-check compares.
	 */
	static Grid fromOoxml(File file, int maxCells) throws java.io.IOException,
			org.apache.poi.openxml4j.exceptions.OpenXML4JException, javax.xml.stream.XMLStreamException {
		try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			byte[] stringsPart = firstPart(pkg, XSSFRelation.SHARED_STRINGS.getContentType());
			List<String> strings = stringsPart == null ? List.of() : StaxWorkbookParts.sharedStrings(stringsPart);
			byte[] stylesPart = firstPart(pkg, XSSFRelation.STYLES.getContentType());
			IntFunction<String> fonts = stylesPart == null ? style -> "" : StaxWorkbookParts.fontsByStyle(stylesPart);
			List<Grid.Sheet> sheets = new ArrayList<>();
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
			int[] budget = { maxCells };
			while (iterator.hasNext()) {
				try (InputStream xml = iterator.next()) {
					sheets.add(new Grid.Sheet(iterator.getSheetName(),
							StaxGridReader.cells(xml.readAllBytes(), strings, fonts, budget)));
				}
			}
			return new Grid(sheets);
		}
	}

	/** The bytes of the package's first part of the content type; null when it has none (a workbook without text). */
	private static byte[] firstPart(OPCPackage pkg, String contentType) throws java.io.IOException {
		List<PackagePart> parts = pkg.getPartsByContentType(contentType);
		if (parts.isEmpty()) {
			return null;
		}
		try (InputStream in = parts.get(0).getInputStream()) {
			return in.readAllBytes();
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
}
