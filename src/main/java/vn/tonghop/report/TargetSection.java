package vn.tonghop.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tonghop.form.AggregationClass;
import vn.tonghop.form.FigureKind;
import vn.tonghop.form.Form;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;
import vn.tonghop.targets.Target;

/**
 * "Mức độ và triển vọng hoàn thành chỉ tiêu" of one unit: each target judged at mid-term and projected to the
 * term's end (TargetJudge), as table rows and as the drafted sentences of the section, with the names of those off
 * track for "Tồn tại, hạn chế". A target whose note says it is illustrative carries that mark on its row and in
 * its sentence, so the mark is on every page the target is.
 */
final class TargetSection {

	/** One target judged and projected, with the words it prints as. */
	record Judged(Target target, Form.Figure figure, TargetJudge.Judgement judgement, TargetJudge.Projection projection,
			boolean illustrative) {
	}

	private final Form form;

	private final Messages messages;

	private final TargetJudge judge;

	private final List<Judged> judged = new ArrayList<>();

	TargetSection(Form form, Messages messages, List<Target> targets, UnitFigures f) {
		this.form = form;
		this.messages = messages;
		this.judge = new TargetJudge(form.years().size(), form.termYears());
		String period = form.firstYear() + "-" + form.lastYear();
		String first = String.valueOf(form.firstYear());
		String last = String.valueOf(form.lastYear());
		String mark = fold(messages.get("report.targets.illustrativeWord"));
		for (Target target : targets) {
			Form.Figure figure = form.figure(target.indicator()).orElseThrow();
			AggregationClass aggregation = figure.aggregation();
			String code = target.indicator();
			var judgement = judge.judge(target, aggregation, f.get(code, period), f.get(code, last));
			var projection = judge.project(target, aggregation, f.get(code, period), f.get(code, first),
					f.get(code, last), figure.kind() == FigureKind.PERCENT);
			if (judgement.isPresent() && projection.isPresent()) {
				judged.add(new Judged(target, figure, judgement.get(), projection.get(),
						target.note() != null && fold(target.note()).contains(mark)));
			}
		}
	}

	List<Judged> judged() {
		return judged;
	}

	boolean anyIllustrative() {
		return judged.stream().anyMatch(Judged::illustrative);
	}

	List<Map<String, ?>> rows() {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (Judged j : judged) {
			rows.add(ReportRow.of("name", name(j) + " (" + j.figure().unit() + ")", "term",
					sign(j) + FigureText.of(j.figure(), j.target().termTarget()), "due",
					FigureText.of(j.figure(), j.judgement().due()), "result",
					FigureText.of(j.figure(), j.judgement().result()), "percent",
					VietnameseFormat.percent(j.judgement().percent()), "verdict",
					messages.get("report.verdict." + j.judgement().verdict().name()), "projected",
					FigureText.of(j.figure(), j.projection().value()), "prospect",
					messages.get("report.prospect." + j.projection().prospect().name())));
		}
		return rows;
	}

	/** The drafted text: a summary line, then a line per target. */
	String draft() {
		if (judged.isEmpty()) {
			return messages.get("report.draft.targets.none");
		}
		long exceeded = count(TargetJudge.Verdict.EXCEEDED);
		long met = count(TargetJudge.Verdict.MET);
		long likely = judged.stream().filter(j -> j.projection().prospect() == TargetJudge.Prospect.LIKELY).count();
		StringBuilder text = new StringBuilder(messages.get("report.draft.targets.summary", judged.size(), exceeded,
				met, judged.size() - exceeded - met, likely, judged.size() - likely));
		for (Judged j : judged) {
			text.append('\n').append(sentence(j));
		}
		return text.toString();
	}

	/** Targets not met at mid-term, by name. */
	List<String> notMet() {
		return judged.stream().filter(j -> j.judgement().verdict() == TargetJudge.Verdict.NOT_MET).map(this::name).toList();
	}

	/** Targets out of reach by the term's end at the present trend, by name. */
	List<String> unlikely() {
		return judged.stream()
			.filter(j -> j.projection().prospect() == TargetJudge.Prospect.UNLIKELY)
			.map(this::name)
			.toList();
	}

	private String sentence(Judged j) {
		Locale vi = messages.locale();
		String first = String.valueOf(form.firstYear());
		String last = String.valueOf(form.lastYear());
		String verdict = messages.get("report.verdict." + j.judgement().verdict().name()).toLowerCase(vi);
		String prospect = messages.get("report.prospect." + j.projection().prospect().name()).toLowerCase(vi);
		if (j.figure().aggregation() == AggregationClass.F) {
			String due = j.target().allocations().isEmpty()
					? messages.get("report.draft.due.proRata", form.years().size(), form.termYears())
					: messages.get("report.draft.due.allocated", first, last);
			return messages.get("report.draft.target.flow", name(j), term(j), first, last,
					FigureText.withUnit(j.figure(), j.judgement().result()),
					VietnameseFormat.percent(j.judgement().percent()), due,
					FigureText.withUnit(j.figure(), j.judgement().due()), verdict,
					FigureText.withUnit(j.figure(), j.projection().value()), prospect);
		}
		return messages.get("report.draft.target.stock", name(j), term(j), last,
				FigureText.withUnit(j.figure(), j.judgement().result()),
				VietnameseFormat.percent(j.judgement().percent()), verdict, first,
				FigureText.withUnit(j.figure(), j.projection().value()), prospect);
	}

	private String name(Judged j) {
		return j.figure().name() + (j.illustrative() ? " " + messages.get("report.target.illustrative") : "");
	}

	private String term(Judged j) {
		return sign(j) + FigureText.withUnit(j.figure(), j.target().termTarget());
	}

	private static String sign(Judged j) {
		return j.target().comparison().equals("<=") ? "≤ " : "≥ ";
	}

	private long count(TargetJudge.Verdict verdict) {
		return judged.stream().filter(j -> j.judgement().verdict() == verdict).count();
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}
}
