package vn.tonghop.sampledata;

import vn.tonghop.orgunit.OrgUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Plausible figures for one grassroots union (DOMAIN.md §6) that satisfy every hard rule of the form: parts within
 * their wholes, finance that balances and carries over from year to year, blanks only in years the unit did not
 * stand. Values are {@link BigDecimal} (int, money), {@link Boolean} (bool) or the choice text.
 */
final class SampleFigures {

	private SampleFigures() {
	}

	/** Figures by indicator code, then by year; only the years in which the unit stands. */
	static Map<String, Map<Integer, Object>> draw(SampleUnit sample, List<Integer> years, long seed) {
		OrgUnit unit = sample.unit();
		UnitKind kind = sample.kind();
		Random random = new Random(seed ^ unit.code().hashCode());
		Map<String, Map<Integer, Object>> figures = new TreeMap<>();
		int workers = between(random, kind.minWorkers, kind.maxWorkers);
		double women = kind.minWomen + random.nextDouble() * (kind.maxWomen - kind.minWomen);
		double density = 0.60 + random.nextDouble() * 0.38;
		double income = kind.isEnterprise() ? 6 + random.nextDouble() * 6 : 5 + random.nextDouble() * 4;
		BigDecimal balance = money(random.nextDouble() * workers * 0.4);
		boolean agreement = kind.isEnterprise() ? random.nextDouble() < 0.75 : random.nextDouble() < 0.2;
		int committee = between(random, 5, 9);
		for (int year : years) {
			if (!unit.isActiveInYear(year)) {
				continue;
			}
			workers = Math.max(kind.minWorkers / 2 + 1, (int) Math.round(workers * (0.95 + random.nextDouble() * 0.12)));
			int members = (int) Math.round(workers * density);
			int joined = Math.max(0, (int) Math.round(members * (0.04 + random.nextDouble() * 0.10)));
			int left = Math.max(0, (int) Math.round(members * (0.02 + random.nextDouble() * 0.06)));
			BigDecimal monthly = money(income * (1 + 0.05 * (year - years.get(0))));
			put(figures, "LD01", year, workers);
			int womenWorkers = (int) Math.round(workers * women);
			put(figures, "LD01N", year, womenWorkers);
			put(figures, "LD02", year, kind.isEnterprise() ? workers : (int) Math.round(workers * 0.9));
			put(figures, "LD03", year, (int) Math.round(workers * (0.92 + random.nextDouble() * 0.08)));
			put(figures, "LD04", year, random.nextDouble() < 0.8 ? 0 : between(random, 1, Math.max(1, workers / 20)));
			figures.computeIfAbsent("LD05", k -> new TreeMap<>()).put(year, monthly);
			put(figures, "TC06", year, members);
			put(figures, "TC06N", year, (int) Math.round(members * women));
			put(figures, "TC07", year, joined);
			put(figures, "TC07N", year, (int) Math.round(joined * women));
			put(figures, "TC08", year, left);
			figures.computeIfAbsent("DD02", k -> new TreeMap<>()).put(year, agreement);
			put(figures, "DD03", year, agreement && random.nextDouble() < 0.4 ? 1 : 0);
			if (agreement) {
				figures.computeIfAbsent("DD05", k -> new TreeMap<>()).put(year, new String[] { "A", "B", "C" }[random.nextInt(3)]);
			}
			put(figures, "DD07", year, agreement ? workers : 0);
			figures.computeIfAbsent("DD08", k -> new TreeMap<>()).put(year, random.nextDouble() < 0.85);
			figures.computeIfAbsent("DD09", k -> new TreeMap<>()).put(year, random.nextDouble() < 0.9);
			boolean stoppage = kind == UnitKind.FOREIGN_COMPANY && random.nextDouble() < 0.15;
			put(figures, "DD12", year, stoppage ? 1 : 0);
			put(figures, "DD13", year, stoppage ? between(random, 20, Math.max(21, workers / 5)) : 0);
			put(figures, "DD15", year, between(random, 0, 2 + workers / 20));
			figures.computeIfAbsent("DD18", k -> new TreeMap<>()).put(year, money(kind.isEnterprise() ? random.nextDouble() * 50 : 0));
			put(figures, "CL01", year, random.nextDouble() < 0.1 ? 1 : 0);
			put(figures, "CL02", year, random.nextDouble() < 0.1 ? 1 : 0);
			figures.computeIfAbsent("CL03", k -> new TreeMap<>()).put(year,
					money(50.0 * number(figures, "CL01", year) + 20.0 * number(figures, "CL02", year)));
			int gifts = (int) Math.round(members * (0.1 + random.nextDouble() * 0.3));
			put(figures, "CL04", year, gifts);
			figures.computeIfAbsent("CL05", k -> new TreeMap<>()).put(year, money(gifts * 0.5));
			int visits = between(random, 1, 3 + members / 10);
			put(figures, "CL06", year, visits);
			figures.computeIfAbsent("CL07", k -> new TreeMap<>()).put(year, money(visits * 0.3));
			int meetings = between(random, 2, 10);
			put(figures, "TG01", year, meetings);
			put(figures, "TG02", year, meetings * Math.max(1, workers / 2));
			int proposed = between(random, 0, Math.max(0, Math.min(3, members / 15)));
			put(figures, "DG01", year, proposed);
			put(figures, "DG02", year, proposed == 0 ? 0 : between(random, 0, proposed));
			put(figures, "TD01", year, between(random, 0, 3));
			figures.computeIfAbsent("TD02", k -> new TreeMap<>()).put(year, money(number(figures, "TD01", year) * 15.0));
			put(figures, "TD03", year, (int) Math.round(workers * (0.3 + random.nextDouble() * 0.4)));
			put(figures, "TD04", year, between(random, 1, 5 + workers / 50));
			figures.computeIfAbsent("NC01", k -> new TreeMap<>()).put(year, womenWorkers >= 10);
			put(figures, "NC02", year, (int) Math.round(womenWorkers * (0.2 + random.nextDouble() * 0.4)));
			put(figures, "NC03", year, between(random, 1, committee - 1));
			figures.computeIfAbsent("KT01", k -> new TreeMap<>()).put(year, true);
			put(figures, "KT02", year, between(random, 1, 4));
			int complaints = random.nextDouble() < 0.8 ? 0 : between(random, 1, 3);
			put(figures, "KT04", year, complaints);
			put(figures, "KT05", year, complaints);
			BigDecimal fee2 = money(workers * income * 12 * 0.02 * 0.69);
			BigDecimal fee1 = money(members * income * 12 * 0.01 * 0.6);
			BigDecimal other = money(random.nextDouble() * 5);
			BigDecimal upward = money(fee1.doubleValue() * 0.4 / 0.6 * 0.3);
			BigDecimal available = balance.add(fee2).add(fee1).add(other).subtract(upward);
			BigDecimal spent = money(available.doubleValue() * (0.75 + random.nextDouble() * 0.2));
			BigDecimal closing = available.subtract(spent);
			figures.computeIfAbsent("TCH00", k -> new TreeMap<>()).put(year, balance);
			figures.computeIfAbsent("TCH01", k -> new TreeMap<>()).put(year, fee2);
			figures.computeIfAbsent("TCH03", k -> new TreeMap<>()).put(year, fee1);
			figures.computeIfAbsent("TCH04", k -> new TreeMap<>()).put(year, other);
			figures.computeIfAbsent("TCH05", k -> new TreeMap<>()).put(year, spent);
			figures.computeIfAbsent("TCH06", k -> new TreeMap<>()).put(year, upward);
			figures.computeIfAbsent("TCH07", k -> new TreeMap<>()).put(year, closing);
			balance = closing;
			put(figures, "CB01", year, committee);
			put(figures, "CB03", year, between(random, 1, committee + 3));
			boolean newUnit = unit.validFrom() != null && unit.validFrom().getYear() == year;
			String rating = newUnit ? "Chưa xếp loại"
					: new String[] { "HTXS", "HTT", "HTT", "HT", "HT", "HTXS", "KHT" }[random.nextInt(7)];
			figures.computeIfAbsent("XL", k -> new TreeMap<>()).put(year, rating);
		}
		return figures;
	}

	private static void put(Map<String, Map<Integer, Object>> figures, String code, int year, int value) {
		figures.computeIfAbsent(code, k -> new TreeMap<>()).put(year, BigDecimal.valueOf(value));
	}

	private static double number(Map<String, Map<Integer, Object>> figures, String code, int year) {
		return ((BigDecimal) figures.get(code).get(year)).doubleValue();
	}

	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

	private static int between(Random random, int min, int max) {
		return max <= min ? min : min + random.nextInt(max - min + 1);
	}
}
