package vn.tonghop.form;

import java.util.List;

/** A titled group of indicators ("I. Lao động"). */
public record Section(String code, String title, List<Indicator> indicators) {

	public Section {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}
}
