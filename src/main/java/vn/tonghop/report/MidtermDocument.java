package vn.tonghop.report;

import java.util.List;

/**
 * One unit's mid-term review report as the document sent (DOMAIN.md §5 and the plan's structure I–IV): written
 * once from the figures and the staff's edits, then laid out alike as PDF and as DOCX.
 *
 * @param body the blocks in reading order, from "BÁO CÁO" to the last section; "./." ends its last paragraph
 * @param annex the annex on pages of its own, or null where nothing was returned or warned of
 * @param provenance a published version's last line (its number, the run and the form version it was made from),
 * also written into the PDF's metadata; null for a working copy
 */
public record MidtermDocument(Header header, List<Block> body, Closing closing, Annex annex, String provenance) {

	public MidtermDocument(Header header, List<Block> body, Closing closing, Annex annex) {
		this(header, body, closing, annex, null);
	}

	/** The same document as a published version, ending with {@code line}. */
	public MidtermDocument published(String line) {
		return new MidtermDocument(header, body, closing, annex, line);
	}

	/**
	 * @param upperLines the upper union in capitals, already wrapped between words to fit the header
	 * @param issuerLines the issuer in bold capitals, wrapped the same way
	 * @param documentNumber "Số: 12/BC-LĐLĐ"
	 * @param placeDate "Dương Minh Châu, ngày 15 tháng 12 năm 2020"
	 */
	public record Header(List<String> upperLines, List<String> issuerLines, String documentNumber, String placeDate,
			String title, String summaryLine) {
	}

	/** @param signerName blank where no signer is set: the space for the signature stays, the name line is empty */
	public record Closing(String recipientsTitle, List<String> recipients, String signOnBehalf, String signerTitle,
			String signerName) {
	}

	/** @param attachedTo "(Kèm theo Báo cáo số 12/BC-LĐLĐ ngày 15/12/2020 của …)" */
	public record Annex(String title, String attachedTo, ReportTable table) {
	}
}
