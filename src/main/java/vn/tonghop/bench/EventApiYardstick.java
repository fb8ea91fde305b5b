package vn.tonghop.bench;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The floor the pipeline is measured against: POI's event (SAX) API reading every cell of every sheet of every file,
 * and nothing else, on all cores.
 */
final class EventApiYardstick {

	record Result(long millis, long cells) {
	}

	/** Reads every {@code .xlsx} under the inbox; listing them is not timed. */
	static Result readAll(Path inbox) throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(inbox)) {
			files = walk.filter(p -> p.toString().endsWith(".xlsx")).toList();
		}
		LongAdder cells = new LongAdder();
		long millis = AllCores.forEach(files, file -> read(file, cells));
		return new Result(millis, cells.sum());
	}

	private static void read(Path file, LongAdder cells) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
							new XSSFSheetXMLHandler.SheetContentsHandler() {
								@Override
								public void startRow(int rowNum) {
								}

								@Override
								public void endRow(int rowNum) {
								}

								@Override
								public void cell(String reference, String value, XSSFComment comment) {
									cells.increment();
								}
							}, new DataFormatter(), false));
					parser.parse(new InputSource(sheet));
				}
			}
		}
	}
}
