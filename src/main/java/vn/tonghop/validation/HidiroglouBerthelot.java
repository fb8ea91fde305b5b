package vn.tonghop.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Hidiroglou–Berthelot test of period-to-period ratios (Hidiroglou and Berthelot 1986, as Statistics Canada's
 * Banff and Statistics Norway use it) over one group of comparable units:
 * <ol>
 * <li>each unit's ratio {@code r = current / previous} (both must be above zero), and their median {@code rM};</li>
 * <li>centred: {@code s = 1 − rM / r} below the median, {@code s = r / rM − 1} from it up;</li>
 * <li>weighted by size: {@code E = s × max(current, previous)^U};</li>
 * <li>the median {@code EM} and the quartiles {@code EQ1}, {@code EQ3} of {@code E} (linear interpolation between
 * order statistics, Excel's QUARTILE.INC), the distances {@code dQ1 = max(EM − EQ1, |A × EM|)} and
 * {@code dQ3 = max(EQ3 − EM, |A × EM|)};</li>
 * <li>an outlier lies below {@code EM − C × dQ1} or above {@code EM + C × dQ3}.</li>
 * </ol>
 * The expected range of a unit's ratio is the same bounds turned back into a ratio with its own size factor. A
 * floor {@code m} widens it to at least {@code rM / (1 + m)} … {@code rM × (1 + m)}: a ratio inside never counts as
 * an outlier (where most units report the same figures each year the quartiles close up and the test alone would
 * flag one person more).
 */
final class HidiroglouBerthelot {

	/** One unit's pair of values. */
	record Pair(String unit, double previous, double current) {
	}

	/**
	 * A unit's verdict.
	 *
	 * @param low, high the ratios its E may lie between and not be flagged
	 */
	record Judged(Pair pair, double ratio, double effect, double low, double high, boolean outlier) {
	}

	/** The group's statistics, for tests and for the message. */
	record Group(double medianRatio, double medianEffect, double q1, double q3, double lowerBound,
			double upperBound, List<Judged> units) {
	}

	private final double exponent;

	private final double width;

	private final double spread;

	private final double floor;

	HidiroglouBerthelot(double exponent, double width, double spread, double floor) {
		this.exponent = exponent;
		this.width = width;
		this.spread = spread;
		this.floor = floor;
	}

	/** @param pairs units with both values above zero (the others cannot be judged and are left out by the caller) */
	Group judge(List<Pair> pairs) {
		double[] ratios = pairs.stream().mapToDouble(p -> p.current() / p.previous()).toArray();
		double rM = quantile(ratios, 0.5);
		double[] effects = new double[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			Pair p = pairs.get(i);
			double r = ratios[i];
			double s = r < rM ? 1 - rM / r : r / rM - 1;
			effects[i] = s * Math.pow(Math.max(p.current(), p.previous()), exponent);
		}
		double eM = quantile(effects, 0.5);
		double q1 = quantile(effects, 0.25);
		double q3 = quantile(effects, 0.75);
		double dQ1 = Math.max(eM - q1, Math.abs(spread * eM));
		double dQ3 = Math.max(q3 - eM, Math.abs(spread * eM));
		double lower = eM - width * dQ1;
		double upper = eM + width * dQ3;
		List<Judged> judged = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			Pair p = pairs.get(i);
			double size = Math.pow(Math.max(p.current(), p.previous()), exponent);
			double low = Math.min(ratioAt(lower / size, rM), rM / (1 + floor));
			double high = Math.max(ratioAt(upper / size, rM), rM * (1 + floor));
			boolean beyond = effects[i] < lower || effects[i] > upper;
			judged.add(new Judged(p, ratios[i], effects[i], low, high, beyond && (ratios[i] < low || ratios[i] > high)));
		}
		return new Group(rM, eM, q1, q3, lower, upper, judged);
	}

	/** The ratio whose centred value is {@code s}. */
	private static double ratioAt(double s, double rM) {
		return s < 0 ? rM / (1 - s) : rM * (1 + s);
	}

	/** Type 7 quantile: {@code h = (n − 1) p}, between the order statistics around it. */
	static double quantile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double h = (sorted.length - 1) * p;
		int below = (int) Math.floor(h);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
	}
}
