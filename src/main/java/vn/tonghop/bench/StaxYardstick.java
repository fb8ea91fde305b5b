package vn.tonghop.bench;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

/**
 * The second floor, closer to the machine's limit than POI: each file's bytes read, unzipped, and every cell of every
 * worksheet scanned with a StAX parser (Aalto), with no layout, no shared strings and no styles; on all cores, the
 * best of three passes over the same files.
 */
final class StaxYardstick {

	/** @param characters the text the cells' values held, read so that the parser decodes it as a reader must */
	record Result(long millis, long cells, long characters) {
	}

	private static final XMLInputFactory FACTORY = new InputFactoryImpl();

	private StaxYardstick() {
	}

	/** Reads every {@code .xlsx} under the inbox three times; listing them is not timed. */
	static Result readAll(Path inbox) throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(inbox)) {
			files = walk.filter(p -> p.toString().endsWith(".xlsx")).toList();
		}
		Result best = null;
		for (int pass = 0; pass < 3; pass++) {
			Result result = pass(files);
			if (best == null || result.millis() < best.millis()) {
				best = result;
			}
		}
		return best;
	}

	private static Result pass(List<Path> files) throws Exception {
		LongAdder cells = new LongAdder();
		LongAdder characters = new LongAdder();
		long millis = AllCores.forEach(files, file -> scan(Files.readAllBytes(file), cells, characters));
		return new Result(millis, cells.sum(), characters.sum());
	}

	/** The cells ({@code <c>}) of every worksheet part, and the length of the text they hold. */
	private static void scan(byte[] file, LongAdder cells, LongAdder characters) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
					scanSheet(zip, cells, characters);
				}
			}
		}
	}

	private static void scanSheet(InputStream sheet, LongAdder allCells, LongAdder characters) throws Exception {
		long cells = 0;
		long text = 0;
		XMLStreamReader xml = FACTORY.createXMLStreamReader(sheet);
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("c")) {
					cells++;
				}
				else if (event == XMLStreamReader.CHARACTERS) {
					text += xml.getTextLength();
				}
			}
		}
		finally {
			xml.close();
		}
		allCells.add(cells);
		characters.add(text);
	}
}
