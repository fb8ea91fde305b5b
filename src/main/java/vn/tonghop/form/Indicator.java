package vn.tonghop.form;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One row of the form that a CĐCS fills in.
 *
 * @param choices name of a choice list, for {@link ValueType#CHOICE} only
 * @param weight for a class R average typed in by the unit (LD05): the indicator it is weighted by above the CĐCS
 * @param requiredSectors where set, the indicator is required only for units of these sectors
 */
public record Indicator(String code, String name, String unit, ValueType type,
		@JsonProperty("class") AggregationClass aggregation, boolean required, List<String> requiredSectors,
		String choices, String weight) {

	public Indicator {
		unit = unit == null ? "" : unit;
		requiredSectors = requiredSectors == null ? List.of() : List.copyOf(requiredSectors);
	}

	public boolean isRequiredFor(String sector) {
		return required || requiredSectors.contains(sector);
	}
}
