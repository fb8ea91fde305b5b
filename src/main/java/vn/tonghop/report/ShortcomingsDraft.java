package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.tonghop.form.Form;
import vn.tonghop.system.Messages;

/**
 * The draft of "II. Tồn tại, hạn chế" from what the figures show: targets not met at mid-term, targets out of
 * reach at the present trend, narrated figures that fell, the CĐCS without a report and the files returned. The
 * causes are the staff's to write; the draft ends asking for them.
 */
final class ShortcomingsDraft {

	private static final int MAX_NAMED = 10;

	private final Form form;

	private final Messages messages;

	ShortcomingsDraft(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
	}

	String draft(TargetSection targets, List<ResultsDraft.Fall> falls, List<String> missing, long returnedFiles) {
		List<String> lines = new ArrayList<>();
		if (!targets.notMet().isEmpty()) {
			lines.add(messages.get("report.draft.short.notMet", targets.notMet().size(), targets.judged().size(),
					String.join("; ", targets.notMet())));
		}
		if (!targets.unlikely().isEmpty()) {
			lines.add(messages.get("report.draft.short.unlikely", String.valueOf(form.firstYear()),
					String.valueOf(form.lastYear()),
					targets.unlikely().size(), String.join("; ", targets.unlikely())));
		}
		if (!falls.isEmpty()) {
			lines.add(messages.get("report.draft.short.falls", String.valueOf(form.lastYear()),
					String.valueOf(form.firstYear()), falls.stream()
				.map(f -> messages.get("report.draft.short.fall", f.name(), f.change()))
				.collect(Collectors.joining("; "))));
		}
		if (!missing.isEmpty()) {
			String named = missing.stream().limit(MAX_NAMED).collect(Collectors.joining("; "));
			lines.add(messages.get("report.draft.short.missing", missing.size(), named
					+ (missing.size() > MAX_NAMED ? messages.get("report.draft.short.andMore", missing.size() - MAX_NAMED) : "")));
		}
		if (returnedFiles > 0) {
			lines.add(messages.get("report.draft.short.returned", returnedFiles));
		}
		if (lines.isEmpty()) {
			lines.add(messages.get("report.draft.short.none"));
		}
		lines.add(messages.get("report.draft.short.causes"));
		return String.join("\n", lines);
	}
}
