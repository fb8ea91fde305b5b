package vn.tonghop.workbook;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.tonghop.form.Form;
import vn.tonghop.system.TonghopSettings;
import vn.tonghop.finding.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a returned form ({@code .xlsx}, {@code .xlsm}, legacy {@code .xls}) into a typed submission. The file is
 * opened read-only and never changed; formulas are never evaluated. Nothing escapes as an exception: a file that
 * cannot be read as the form gives an E1 finding that says why and what to do.
 */
@Component
public class WorkbookReader {

	private static final long MAX_PART_BYTES = OoxmlPackage.MAX_PART_BYTES;

	private static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

	private final long maxFileBytes;

	private final int maxCells;

	private final Set<String> unitCodeLabels;

	/** True for the reader kept as the tests' cross-check: .xlsx through POI's OPC package from the file. */
	private final boolean poiPackage;

	@org.springframework.beans.factory.annotation.Autowired
	WorkbookReader(TonghopSettings settings, MessageSource messages) {
		this(settings, messages, false);
	}

	WorkbookReader(TonghopSettings settings, MessageSource messages, boolean poiPackage) {
		this.poiPackage = poiPackage;
		this.maxFileBytes = settings.maxFileBytes();
		this.maxCells = settings.maxCells();
		// No part of a real form inflates beyond a few MB, nor by more than 100×: anything else is refused unread
		// (POI's own defaults allow 4 GB per part).
		org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
		org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
		this.unitCodeLabels = Set.of(
				TextMatch.fold(messages.getMessage("template.header.unitCode", null, Locale.forLanguageTag("vi"))),
				TextMatch.fold(messages.getMessage("template.header.unitCode", null, Locale.ENGLISH)));
	}

	/** True for the file names this reader takes; anything else is "not a form". */
	public static boolean isWorkbookName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Reads a file where it lies (the web's "check now"; a run hands the bytes it already holds instead).
	 *
	 * @param displayName the name to show in findings (the file as the sender named it)
	 * @param collected the forms being collected; the file is read as the one its stamp names (id and version)
	 */
	public ReadResult read(Path file, String displayName, List<Form> collected) {
		try {
			long size = Files.size(file);
			if (size == 0 || size > maxFileBytes) {
				return tooSmallOrLarge(displayName, size);
			}
			return poiPackage ? read(() -> grid(file, maxCells), displayName, collected)
					: read(Files.readAllBytes(file), displayName, collected);
		}
		catch (IOException ex) {
			return unreadable(displayName, "reader.damaged");
		}
	}

	/**
	 * Reads a file from its bytes, read once by the caller (who also hashes and archives the same bytes).
	 *
	 * @param displayName the name to show in findings (the file as the sender named it)
	 * @param collected the forms being collected; the file is read as the one its stamp names (id and version)
	 */
	public ReadResult read(byte[] content, String displayName, List<Form> collected) {
		if (content.length == 0 || content.length > maxFileBytes) {
			return tooSmallOrLarge(displayName, content.length);
		}
		return read(() -> grid(content, maxCells), displayName, collected);
	}

	private ReadResult tooSmallOrLarge(String displayName, long size) {
		return size == 0 ? unreadable(displayName, "reader.empty")
				: unreadable(displayName, "reader.tooLarge", size / 1_000_000, maxFileBytes / 1_000_000);
	}

	/** A grid from one of the two sources; its exceptions say why the file is unreadable. */
	private interface GridSource {

		Grid grid() throws Exception;

	}

	private ReadResult read(GridSource source, String displayName, List<Form> collected) {
		List<Finding> findings = new ArrayList<>();
		try {
			FormLocator locator = new FormLocator(collected, source.grid(), displayName, unitCodeLabels);
			Optional<FormSubmission> submission = locator.read(findings);
			return new ReadResult(displayName, locator.form(), submission, findings);
		}
		catch (UnreadableWorkbookException ex) {
			return unreadable(displayName, ex.key());
		}
		catch (TooManyCellsException ex) {
			return unreadable(displayName, "reader.tooManyCells", maxCells);
		}
		catch (EmptyFileException ex) {
			return unreadable(displayName, "reader.empty");
		}
		catch (EncryptedDocumentException ex) {
			return unreadable(displayName, "reader.encrypted");
		}
		catch (OldExcelFormatException ex) {
			return unreadable(displayName, "reader.oldExcel");
		}
		catch (ODFNotOfficeXmlFileException ex) {
			return unreadable(displayName, "reader.openDocument");
		}
		catch (NotOfficeXmlFileException ex) {
			return unreadable(displayName, "reader.notWorkbook");
		}
		catch (POIXMLException ex) {
			return unreadable(displayName, causedBy(ex, "zip bomb") ? "reader.zipBomb"
					: causedBy(ex, "strict") ? "reader.strictOoxml" : "reader.damaged");
		}
		catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | javax.xml.stream.XMLStreamException ex) {
			return unreadable(displayName, causedBy(ex, "zip bomb") ? "reader.zipBomb" : "reader.damaged");
		}
		catch (IOException ex) {
			if (causedBy(ex, "zip bomb")) {
				return unreadable(displayName, "reader.zipBomb");
			}
			String text = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
			return unreadable(displayName,
					text.contains("unsupported file type") || text.contains("neither") ? "reader.notWorkbook"
							: "reader.damaged");
		}
		catch (Exception ex) {
			// A damaged file can make POI fail in many ways; the sender still gets an answer, and the run goes on.
			return unreadable(displayName, causedBy(ex, "zip bomb") ? "reader.zipBomb" : "reader.damaged");
		}
	}

	/**
	 * The cross-check's path: OOXML packages (a zip) opened by POI's OPC package (see GridReaders#fromOoxml);
	 * everything else (legacy .xls, encrypted files, which are OLE2 containers) goes through WorkbookFactory,
	 * read-only, whose exceptions say what the file is.
	 */
	private static Grid grid(Path file, int maxCells) throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException,
			javax.xml.stream.XMLStreamException {
		byte[] magic = new byte[4];
		try (var in = Files.newInputStream(file)) {
			in.readNBytes(magic, 0, 4);
		}
		boolean zip = magic[0] == 'P' && magic[1] == 'K';
		if (zip && isOpenDocument(Files.newInputStream(file))) {
			throw new ODFNotOfficeXmlFileException("OpenDocument spreadsheet");
		}
		if (zip) {
			return GridReaders.fromOoxml(file.toFile(), maxCells);
		}
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			return GridReaders.fromWorkbook(workbook, maxCells);
		}
	}

	/** The run's path: .xlsx and .xlsm with the StAX reader over the bytes; .xls and OLE2 files through POI. */
	private static Grid grid(byte[] content, int maxCells) throws Exception {
		boolean zip = content.length >= 2 && content[0] == 'P' && content[1] == 'K';
		if (zip && isOpenDocument(new java.io.ByteArrayInputStream(content))) {
			throw new ODFNotOfficeXmlFileException("OpenDocument spreadsheet");
		}
		if (zip) {
			return StaxGridReader.read(content, maxCells);
		}
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(content))) {
			return GridReaders.fromWorkbook(workbook, maxCells);
		}
	}

	/** An OpenDocument file (.ods) is a zip whose first entry, "mimetype", names its kind. */
	private static boolean isOpenDocument(java.io.InputStream content) throws IOException {
		try (var zip = new java.util.zip.ZipInputStream(content)) {
			var first = zip.getNextEntry();
			return first != null && first.getName().equals("mimetype")
					&& new String(zip.readNBytes(64), java.nio.charset.StandardCharsets.US_ASCII)
						.startsWith("application/vnd.oasis.opendocument");
		}
		catch (java.util.zip.ZipException damaged) {
			return false;
		}
	}

	/** POI says what went wrong in its messages, often in a cause a few levels down. */
	private static boolean causedBy(Throwable ex, String words) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains(words)) {
				return true;
			}
		}
		return false;
	}

	private static ReadResult unreadable(String file, String key, Object... args) {
		return new ReadResult(file, null, Optional.empty(), List.of(Finding.error("E1", file, key, args)));
	}
}
