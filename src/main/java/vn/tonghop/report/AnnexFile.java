package vn.tonghop.report;

import java.util.List;

import vn.tonghop.finding.Finding;

/**
 * A received file as the reports' annex lists it: handed to the report as a value, so the report knows nothing of
 * where files are kept.
 *
 * @param unitCode the unit its form names; null when it could not be read
 */
public record AnnexFile(String path, String unitCode, List<Finding> findings) {

	public AnnexFile {
		findings = List.copyOf(findings);
	}
}
