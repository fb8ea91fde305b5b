package vn.tonghop.reporttext;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The parts of one unit's report that staff have set; a part not set takes the draft or the default. */
public record ReportEdits(Map<ReportPart, String> values) {

	public static final ReportEdits NONE = new ReportEdits(Map.of());

	public ReportEdits {
		values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
	}

	/** The value staff set, or null. */
	public String get(ReportPart part) {
		return values.get(part);
	}

	/** The report's date as set (ISO yyyy-mm-dd, the form the settings page and file use), or null. */
	public LocalDate date() {
		String date = values.get(ReportPart.DATE);
		return date == null ? null : LocalDate.parse(date);
	}
}
