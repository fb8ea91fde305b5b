package vn.tonghop.orgunit;

import java.time.LocalDate;

/** From {@code movedOn} on, the unit's upper unit is {@code parentCode}. */
public record UnitMove(String code, LocalDate movedOn, String parentCode) {
}
