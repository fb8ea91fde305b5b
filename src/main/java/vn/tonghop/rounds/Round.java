package vn.tonghop.rounds;

import java.time.LocalDate;
import java.util.Optional;

import vn.tonghop.form.Form;

/**
 * One collection of one form: "Sơ kết giữa nhiệm kỳ 2018–2020", "Báo cáo năm 2021". Everything stored from the
 * units' files (submissions, totals, runs, reports, targets, report texts) belongs to one round.
 *
 * @param code the round's id, used in commands, URLs and folder names (out/&lt;code&gt;/)
 * @param referenceDate the day the organisation tree is taken at for this round
 * @param compareWith the round whose figures the reports set beside this one's ("so với kỳ trước"), if any
 * @param ordinal the order rounds were created in; the first is the bundled form's
 */
public record Round(String code, String title, Form form, LocalDate referenceDate, String compareWith, boolean open,
		int ordinal) {

	public Optional<String> previous() {
		return Optional.ofNullable(compareWith);
	}

	public boolean isFirst() {
		return ordinal == 1;
	}
}
