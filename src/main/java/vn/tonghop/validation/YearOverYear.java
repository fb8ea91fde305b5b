package vn.tonghop.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Severity;
import vn.tonghop.form.Form;
import vn.tonghop.form.OutlierSettings;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.VietnameseFormat;

/**
 * W7, the year-over-year outlier check: for each indicator the form marks and each pair of consecutive years, the
 * CĐCS of a sector are judged together by {@link HidiroglouBerthelot}. Because it compares units with each other it is
 * a property of a run's current submissions, not of a file: the caller computes it in each run and shows it as of
 * that run. A sector with fewer units reporting both years than the form's minimum is not judged.
 */
@Component
public class YearOverYear {

	/** The order of the findings: by file, then indicator, then year. */
	public static final java.util.Comparator<Finding> ORDER = java.util.Comparator.comparing(Finding::file)
		.thenComparing(Finding::indicator)
		.thenComparing(Finding::year);

	/**
	 * A CĐCS's current submission: what its findings name its file by ({@link Finding#file}), and the numbers the
	 * check reads, by the form's outlier indicators then its years ({@link #of}). A round holds one for each CĐCS
	 * (130.000 at national scale), so the numbers are an array rather than maps of boxed values.
	 */
	public record Observed(String unitCode, String file, double[] numbers) {

		/**
		 * @param figures the submission's values by indicator code and year; a value that is missing or not a number
		 * counts as 0, which the check never pairs (it pairs positive values only)
		 */
		public static Observed of(Form form, String unitCode, String file,
				Map<String, ? extends Map<Integer, ?>> figures) {
			List<String> codes = form.outliers().map(OutlierSettings::indicators).orElse(List.of());
			List<Integer> years = form.years();
			double[] numbers = new double[codes.size() * years.size()];
			for (int i = 0; i < codes.size(); i++) {
				Map<Integer, ?> byYear = figures.get(codes.get(i));
				for (int y = 0; byYear != null && y < years.size(); y++) {
					numbers[i * years.size() + y] = byYear.get(years.get(y)) instanceof Number n ? n.doubleValue() : 0;
				}
			}
			return new Observed(unitCode, file, numbers);
		}

		private double number(int indicator, int year, int years) {
			return numbers[indicator * years + year];
		}
	}

	private final String grassrootsType;

	@org.springframework.beans.factory.annotation.Autowired
	YearOverYear(vn.tonghop.system.TonghopSettings settings) {
		this(settings.grassrootsType());
	}

	YearOverYear(String grassrootsType) {
		this.grassrootsType = grassrootsType;
	}

	/** The W7 warnings of the round's current submissions, each naming its file, unit, indicator and year. */
	public List<Finding> check(Form form, OrgTree tree, List<Observed> observed) {
		OutlierSettings settings = form.outliers().orElse(null);
		if (settings == null || form.years().size() < 2) {
			return List.of();
		}
		HidiroglouBerthelot test = new HidiroglouBerthelot(settings.exponent().doubleValue(),
				settings.width().doubleValue(), settings.spread().doubleValue(), settings.minimumChange().doubleValue());
		// Sector → units, in unit order, so that findings come out in a stable order.
		Map<String, List<Observed>> bySector = new TreeMap<>();
		Map<String, Observed> byUnit = new HashMap<>();
		for (Observed o : observed) {
			OrgUnit unit = tree.unit(o.unitCode()).orElse(null);
			if (unit != null && unit.type().equals(grassrootsType)) {
				bySector.computeIfAbsent(String.valueOf(unit.sector()), s -> new ArrayList<>()).add(o);
				byUnit.put(o.unitCode(), o);
			}
		}
		List<Finding> findings = new ArrayList<>();
		int years = form.years().size();
		for (int i = 0; i < settings.indicators().size(); i++) {
			String code = settings.indicators().get(i);
			for (int y = 1; y < years; y++) {
				int before = form.years().get(y - 1);
				int year = form.years().get(y);
				for (Map.Entry<String, List<Observed>> sector : bySector.entrySet()) {
					List<HidiroglouBerthelot.Pair> pairs = new ArrayList<>();
					for (Observed o : sector.getValue()) {
						double previous = o.number(i, y - 1, years);
						double current = o.number(i, y, years);
						if (previous > 0 && current > 0) {
							pairs.add(new HidiroglouBerthelot.Pair(o.unitCode(), previous, current));
						}
					}
					if (pairs.size() < settings.minimumGroup()) {
						continue;
					}
					HidiroglouBerthelot.Group group = test.judge(pairs);
					for (HidiroglouBerthelot.Judged j : group.units()) {
						if (j.outlier()) {
							findings.add(warning(form, byUnit.get(j.pair().unit()), sectorName(form, sector.getKey()), code,
									before, year, j, group));
						}
					}
				}
			}
		}
		findings.sort(ORDER);
		return findings;
	}

	private static Finding warning(Form form, Observed o, String sector, String code, int before, int year,
			HidiroglouBerthelot.Judged j, HidiroglouBerthelot.Group group) {
		double previous = j.pair().previous();
		return Finding.at(Severity.WARNING, "W7", o.file(), null, null, code, year, "outlier.W7", String.valueOf(before),
				String.valueOf(year), plain(previous), plain(j.pair().current()), ratio(j.ratio()), sector,
				bound(form, code, previous * j.low()), bound(form, code, previous * j.high()),
				ratio(group.medianRatio()), ratio(j.low()), ratio(j.high()));
	}

	private static String sectorName(Form form, String code) {
		return form.sectors().stream().filter(s -> s.code().equals(code)).map(s -> "\"" + s.name() + "\"")
			.findFirst().orElse(code);
	}

	/** A bound of the plausible range as the indicator is typed: whole people, money to a tenth. */
	private static String bound(Form form, String code, double value) {
		boolean whole = form.indicator(code).map(i -> i.type() == vn.tonghop.form.ValueType.INT).orElse(false);
		return VietnameseFormat.number(BigDecimal.valueOf(value).setScale(whole ? 0 : 1, java.math.RoundingMode.HALF_UP));
	}

	/** A value as a message shows it: Vietnamese grouping, up to three decimals. */
	private static String plain(double value) {
		return VietnameseFormat.number(BigDecimal.valueOf(value));
	}

	/** A ratio to two decimals ("10,00"). */
	private static String ratio(double value) {
		return VietnameseFormat.format("#,##0.00").format(BigDecimal.valueOf(value));
	}
}
