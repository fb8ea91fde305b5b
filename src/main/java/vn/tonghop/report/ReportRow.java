package vn.tonghop.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row of a report table as JasperReports reads it: named, already formatted fields. */
final class ReportRow {

	private ReportRow() {
	}

	static Map<String, ?> of(Object... namesAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return row;
	}
}
