package vn.tonghop.orgunit;

/** What a registry import changed. Importing the same file twice gives {@code unchanged} = all on the second run. */
public record ImportSummary(int inserted, int updated, int unchanged) {
}
