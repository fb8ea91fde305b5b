package vn.tonghop.workbook;

/**
 * One typed value as read from a cell.
 *
 * @param value a {@link java.math.BigDecimal} (int, money), {@link Boolean} (bool) or canonical choice text
 * @param cell the cell it came from, e.g. "F17"
 */
public record ReadValue(Object value, String cell) {
}
