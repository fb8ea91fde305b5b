package vn.tonghop.reporttext;

import java.time.Instant;

/** One change to a part of a unit's report: null content means it went back to the draft or the default. */
public record ReportEdit(String unitCode, ReportPart part, String content, String editedBy, Instant editedAt) {
}
