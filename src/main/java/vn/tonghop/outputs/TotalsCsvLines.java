package vn.tonghop.outputs;

import org.apache.commons.csv.CSVFormat;

import vn.tonghop.consolidation.Total;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The records of totals.csv ({@code unit_code,indicator,period,value}) as {@link CSVFormat#DEFAULT} writes them. */
final class TotalsCsvLines {

	private TotalsCsvLines() {
	}

	/**
	 * One CSV record as {@link CSVFormat#DEFAULT} writes it. Nearly every field is a plain code or number that no
	 * CSV dialect quotes, and those are joined directly (millions of rows at national scale); anything else goes
	 * through Commons CSV.
	 */
	static String line(String... fields) {
		for (String field : fields) {
			if (!isPlain(field)) {
				return CSVFormat.DEFAULT.format((Object[]) fields);
			}
		}
		return String.join(",", fields);
	}

	/**
	 * The lines of {@code rows}, as they are written. A unit's rows share its code and repeat each indicator's
	 * for its periods: the two are written as a record's start when they change, not for every row. Commons CSV
	 * quotes a field by its own text and place (first or not), so that start is the same in every row.
	 */
	static byte[] of(List<Total> rows) {
		StringBuilder lines = new StringBuilder(rows.size() * 32);
		String unit = null;
		String indicator = null;
		String codes = null;
		for (Total t : rows) {
			if (!t.unitCode().equals(unit) || !t.indicator().equals(indicator)) {
				unit = t.unitCode();
				indicator = t.indicator();
				codes = isPlain(unit) && isPlain(indicator) ? unit + ',' + indicator
						: CSVFormat.DEFAULT.format(unit, indicator);
			}
			String value = RunOutputs.plain(t.value());
			if (isPlain(t.period()) && isPlain(value)) {
				lines.append(codes).append(',').append(t.period()).append(',').append(value);
			}
			else {
				lines.append(line(unit, indicator, t.period(), value));
			}
			lines.append('\n');
		}
		return lines.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Letters and digits of ASCII, then also "-", "_" and "."; nothing a CSV writer would quote. */
	private static boolean isPlain(String field) {
		if (field.isEmpty() || !Character.isLetterOrDigit(field.charAt(0)) || field.charAt(0) > 0x7F) {
			return false;
		}
		for (int i = 1; i < field.length(); i++) {
			char c = field.charAt(i);
			boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.';
			if (!plain) {
				return false;
			}
		}
		return true;
	}
}
