package vn.tonghop.outputs;

import java.time.Instant;

/**
 * A published version of a unit's report: what it was made from and who published it. Its PDF and DOCX are kept as
 * they were published ({@link Publications#pdf}, {@link Publications#docx}).
 *
 * @param documentNumber the number staff set ("12"), unique per unit and round
 * @param documentDate the date as the report prints it
 */
public record Publication(long id, String roundCode, String unitCode, String documentNumber, String documentDate,
		String signer, long runId, String formId, String formVersion, String publishedBy, Instant publishedAt) {
}
