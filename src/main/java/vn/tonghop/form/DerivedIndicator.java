package vn.tonghop.form;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A figure computed rather than typed in. Exactly one way of computing it is set:
 * <ul>
 * <li>{@code registry}: counted from the registry (CĐCS active at the year's end, founded or dissolved in the year),
 * optionally only those of {@code sectors};</li>
 * <li>{@code sectorShare}: at a CĐCS, its own answer to {@code of} when its sector is one of {@code sectors}, else 0;</li>
 * <li>{@code sum}: the sum of other figures ({@code XL.HTXS} names the count of one choice);</li>
 * <li>{@code ratio}: numerator / denominator in percent, recomputed at every level.</li>
 * </ul>
 */
public record DerivedIndicator(String code, String name, String unit,
		@JsonProperty("class") AggregationClass aggregation, RegistryCount registry, List<String> sectors,
		SectorShare sectorShare, List<String> sum, Ratio ratio) {

	public DerivedIndicator {
		unit = unit == null ? "" : unit;
		sectors = sectors == null ? List.of() : List.copyOf(sectors);
		sum = sum == null ? List.of() : List.copyOf(sum);
	}

	public enum RegistryCount {
		ACTIVE, FOUNDED, DISSOLVED
	}

	public record SectorShare(String of, List<String> sectors) {
		public SectorShare {
			sectors = sectors == null ? List.of() : List.copyOf(sectors);
		}
	}

	public record Ratio(String numerator, String denominator) {
	}

	/** How many ways of computing are set; a valid definition has exactly one. */
	int methodCount() {
		return (registry != null ? 1 : 0) + (sectorShare != null ? 1 : 0) + (sum.isEmpty() ? 0 : 1)
				+ (ratio != null ? 1 : 0);
	}
}
