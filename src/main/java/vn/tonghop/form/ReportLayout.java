package vn.tonghop.form;

import java.util.List;
import java.util.Set;

/**
 * What the reports show of this form, as written in its {@code report:} section: the key figures of the
 * children's table and the figures of the charts. The report module names no indicator itself.
 *
 * @param childColumns the key-figure columns of the children's table, in order (the layout has six)
 * @param membersChart the bar chart of a head count by year, with a part of it beside
 * @param ratioChart the ratio charted by child unit (or by year where the children are grassroots unions)
 * @param narrative the figures the drafted text of "I. Kết quả" speaks of, in the order it speaks of them: each one's
 * change over the period, and for a percentage the highest and lowest child unit
 */
public record ReportLayout(List<ChildColumn> childColumns, MembersChart membersChart, String ratioChart,
		List<String> narrative) {

	/** The columns the report layout holds. */
	public static final int CHILD_COLUMNS = 6;

	/**
	 * One column of the children's table.
	 *
	 * @param label the heading, followed by the year (or the period where {@code period} is "whole")
	 * @param period "last" (the last year, the default) or "whole" (the period, by the figure's class)
	 * @param grassroots what a grassroots union's row shows instead: a yes/no indicator (where the form requires it
	 * of the unit's sector) or a choice indicator (the choice made); null to show the figure itself
	 */
	public record ChildColumn(String code, String label, String period, String grassroots) {

		public boolean wholePeriod() {
			return "whole".equals(period);
		}
	}

	public record MembersChart(String total, String part) {
	}

	public ReportLayout {
		childColumns = childColumns == null ? List.of() : List.copyOf(childColumns);
		narrative = narrative == null ? List.of() : List.copyOf(narrative);
	}

	/** Adds each fault of the section: codes the form does not have, a wrong number of columns. */
	void check(Set<String> figureCodes, Set<String> indicatorCodes, FaultList faults) {
		if (childColumns.size() != CHILD_COLUMNS) {
			faults.add("report.childColumns", "form.fault.childColumns", CHILD_COLUMNS, childColumns.size());
		}
		for (ChildColumn column : childColumns) {
			String entry = "report.childColumns." + column.code();
			require(entry, column.code(), figureCodes, faults);
			if (column.label() == null || column.label().isBlank()) {
				faults.add(entry, "form.fault.childLabel", column.code());
			}
			if (column.period() != null && !List.of("last", "whole").contains(column.period())) {
				faults.add(entry + ".period", "form.fault.childPeriod", column.code(), column.period());
			}
			if (column.grassroots() != null) {
				require(entry + ".grassroots", column.grassroots(), indicatorCodes, faults);
			}
		}
		if (membersChart == null) {
			faults.add("report", "form.fault.membersChart");
		}
		else {
			require("report.membersChart.total", membersChart.total(), figureCodes, faults);
			require("report.membersChart.part", membersChart.part(), figureCodes, faults);
		}
		require("report.ratioChart", ratioChart, figureCodes, faults);
		narrative.forEach(code -> require("report.narrative." + code, code, figureCodes, faults));
	}

	private static void require(String entry, String code, Set<String> codes, FaultList faults) {
		if (code == null || !codes.contains(code)) {
			faults.add(entry, "form.fault.unknownCode", code);
		}
	}
}
