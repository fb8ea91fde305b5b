package vn.tonghop.workbook;

import vn.tonghop.finding.Finding;
import vn.tonghop.form.Form;

import java.util.List;
import java.util.Optional;

/**
 * What reading one file gave: the form its stamp named among those collected (null when it named none, or could
 * not be read that far), the submission when the file could be read as that form, and every finding of the reading
 * (unreadable file, wrong types, numbers read from text).
 */
public record ReadResult(String file, Form form, Optional<FormSubmission> submission, List<Finding> findings) {

	public ReadResult {
		findings = List.copyOf(findings);
	}

	public boolean hasErrors() {
		return submission.isEmpty() || findings.stream().anyMatch(Finding::isError);
	}
}
