package vn.tonghop.workbook;

import vn.tonghop.finding.Finding;

import java.util.List;
import java.util.Optional;

/**
 * What reading one file gave: the submission when the file could be read as the form at all, and every finding
 * of the reading (unreadable file, wrong types, numbers read from text).
 */
public record ReadResult(String file, Optional<FormSubmission> submission, List<Finding> findings) {

	public ReadResult {
		findings = List.copyOf(findings);
	}

	public boolean hasErrors() {
		return submission.isEmpty() || findings.stream().anyMatch(Finding::isError);
	}
}
