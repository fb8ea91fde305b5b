package vn.tonghop.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import vn.tonghop.intake.ZippedForms;
import vn.tonghop.web.UploadController.Sent;

/**
 * The zips of one sending on the upload page: each workbook inside is stored and checked as if sent by itself, and
 * whatever else the zip held, or could not give, is said by name. The sending's zips share one budget of workbooks,
 * since each is checked while the person waits for the page.
 */
final class ZipUpload {

	/** Stores and checks one workbook of a zip. */
	@FunctionalInterface
	interface Store {

		/**
		 * @param shown what the page calls it: the zip's name and its own
		 */
		Sent store(String shown, String name, InputStream content) throws IOException;
	}

	private final int budget;

	private int left;

	ZipUpload(int budget) {
		this.budget = budget;
		this.left = budget;
	}

	/**
	 * What became of each file in the zip, in its order, then what could not be read.
	 *
	 * @param size the zip's size as the page shows it
	 * @throws IOException when a workbook could not be stored (the system's fault, not the zip's)
	 */
	List<Sent> unpack(MultipartFile file, String size, Store store) throws IOException {
		String zip = file.getOriginalFilename();
		List<Sent> sent = new ArrayList<>();
		ZippedForms.Unpacked unpacked;
		try (InputStream in = file.getInputStream()) {
			unpacked = ZippedForms.each(in, left, (name, content) -> {
				try {
					sent.add(store.store(shown(zip, name), name, content));
					// Spent once it is stored or refused for itself, whatever becomes of the zip's rest.
					left--;
				}
				catch (ZippedForms.Damaged | ZippedForms.TooMuchInside ofTheZip) {
					throw ofTheZip;
				}
				catch (IOException storing) {
					throw new UncheckedIOException(storing);
				}
			});
		}
		catch (UncheckedIOException storing) {
			throw storing.getCause();
		}
		catch (ZippedForms.TooMuchInside tooMuch) {
			sent.add(Sent.refused(zip, size, "web.upload.zipTooMuch", zip));
			return sent;
		}
		catch (IOException damaged) {
			sent.add(Sent.refused(zip, size, "web.upload.zipUnreadable", zip));
			return sent;
		}
		unpacked.encrypted().forEach(name -> sent.add(Sent.refused(shown(zip, name), "", "web.upload.zipEncrypted",
				shown(zip, name))));
		unpacked.notWorkbooks().forEach(name -> sent.add(Sent.refused(shown(zip, name), "", "web.upload.notWorkbook")));
		if (!unpacked.notRead().isEmpty()) {
			sent.add(Sent.refused(zip, size, "web.upload.zipTooMany", zip, String.valueOf(unpacked.notRead().size()),
					String.valueOf(budget), String.join(", ", unpacked.notRead())));
		}
		if (unpacked.workbooks() == 0 && unpacked.encrypted().isEmpty() && unpacked.notRead().isEmpty()) {
			sent.add(Sent.refused(zip, size, "web.upload.zipEmpty", zip));
		}
		return sent;
	}

	/** "ho-so.zip › CS01.xlsx" */
	private static String shown(String zip, String name) {
		return zip + " › " + name;
	}
}
