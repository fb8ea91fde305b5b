package vn.tonghop.orgunit;

import java.time.LocalDate;

/**
 * A unit of the union tree. {@code validFrom} empty means "since before any period we report on";
 * {@code validTo} empty means "still exists". A unit stands on day D when validFrom ≤ D and D &lt; validTo.
 */
public record OrgUnit(String code, String name, String type, String parentCode, String sector, LocalDate validFrom,
		LocalDate validTo) {

	/** The longest unit code (the tables' unit_code columns). */
	public static final int MAX_CODE_CHARS = 64;

	public boolean isActiveOn(LocalDate day) {
		return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
	}

	/** Active in year Y: the unit stands at that year's end (DOMAIN.md §1). */
	public boolean isActiveInYear(int year) {
		return isActiveOn(LocalDate.of(year, 12, 31));
	}

	public boolean isFoundedIn(int year) {
		return validFrom != null && validFrom.getYear() == year;
	}

	public boolean isDissolvedIn(int year) {
		return validTo != null && validTo.getYear() == year;
	}
}
