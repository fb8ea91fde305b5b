package vn.tonghop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

/** Who reported: the counts per year (the roll-up's EXPECTED and SUBMITTED) and the CĐCS without a report. */
final class Completeness {

	private static final int MAX_LISTED_MISSING = 200;

	private final Form form;

	private final Messages messages;

	private final String grassrootsType;

	Completeness(Form form, Messages messages, String grassrootsType) {
		this.form = form;
		this.messages = messages;
		this.grassrootsType = grassrootsType;
	}

	long expected(UnitFigures f) {
		return count(f, "EXPECTED", form.lastYear());
	}

	long submitted(UnitFigures f) {
		return count(f, "SUBMITTED", form.lastYear());
	}

	/** The draft's first sentence: the last year's share of CĐCS that reported. */
	String sentence(UnitFigures f) {
		return messages.get("report.draft.completeness", String.valueOf(form.lastYear()), submitted(f), expected(f),
				VietnameseFormat.percent(share(submitted(f), expected(f))));
	}

	/** The CĐCS of the unit's subtree standing in the period without an accepted report: "name (code)". */
	List<String> missing(OrgTree tree, OrgUnit unit, Set<String> notReported) {
		return tree.subtree(unit.code())
			.stream()
			.filter(u -> u.type().equals(grassrootsType))
			.filter(u -> form.years().stream().anyMatch(u::isActiveInYear))
			.filter(u -> notReported.contains(u.code()))
			.map(u -> u.name() + " (" + u.code() + ")")
			.toList();
	}

	/**
	 * "Đúng hạn (đến ngày 15/11/2020): 20; trễ hạn: 1.": of the last year's CĐCS that reported, those whose counted
	 * file arrived by the deadline and after it; null without a deadline.
	 */
	String timeliness(OrgTree tree, OrgUnit unit, UnitFigures f, Timeliness timeliness) {
		if (timeliness.due() == null) {
			return null;
		}
		long late = tree.subtree(unit.code())
			.stream()
			.filter(u -> u.type().equals(grassrootsType) && u.isActiveInYear(form.lastYear()))
			.filter(u -> timeliness.late().contains(u.code()))
			.count();
		return messages.get("report.completeness.timeliness", VietnameseFormat.shortDate(timeliness.due()),
				Math.max(0, submitted(f) - late), late);
	}

	/** A line per year, the deadline's line where there is one, then who is missing (at most 200 named). */
	String text(UnitFigures f, List<String> missing, String timelinessLine) {
		StringBuilder text = new StringBuilder();
		for (int year : form.years()) {
			long expected = count(f, "EXPECTED", year);
			long submitted = count(f, "SUBMITTED", year);
			text.append(messages.get("report.completeness.year", String.valueOf(year), submitted, expected,
					VietnameseFormat.percent(share(submitted, expected)))).append('\n');
		}
		if (timelinessLine != null) {
			text.append(timelinessLine).append('\n');
		}
		if (missing.isEmpty()) {
			return text.append(messages.get("report.completeness.all")).toString();
		}
		String listed = missing.stream().limit(MAX_LISTED_MISSING).collect(Collectors.joining("; "));
		text.append(messages.get("report.completeness.missing", missing.size(), listed));
		if (missing.size() > MAX_LISTED_MISSING) {
			text.append(' ').append(messages.get("report.completeness.more", missing.size() - MAX_LISTED_MISSING));
		}
		return text.toString();
	}

	private static BigDecimal share(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
	}

	private static long count(UnitFigures f, String code, int year) {
		BigDecimal v = f.get(code, String.valueOf(year));
		return v == null ? 0 : v.longValue();
	}
}
