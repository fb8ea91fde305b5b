package vn.tonghop.validation;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Severity;
import vn.tonghop.system.VietnameseFormat;


import vn.tonghop.form.CompiledRule;
import vn.tonghop.form.Form;
import vn.tonghop.form.Indicator;
import vn.tonghop.form.ValueType;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.workbook.FormSubmission;
import vn.tonghop.workbook.ReadValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Checks a readable submission against the registry and the form's rules (DOMAIN.md §3): who sent it and for which
 * years (E2), required answers (E4), the rules of the definition (E5–E7, W3, W5, W6), blanks counted as 0 (W2) and
 * money probably typed in đồng (W4). Findings are values; nothing is thrown.
 */
public class SubmissionValidator {

	private final Form form;

	private final String grassrootsType;

	private final RuleEvaluator rules = new RuleEvaluator();

	private final vn.tonghop.system.Messages messages;

	private final RuleWords words;

	/** One per form: its rules are put into words once. */
	SubmissionValidator(Form form, String grassrootsType, vn.tonghop.system.Messages messages) {
		this.messages = messages;
		this.form = form;
		this.grassrootsType = grassrootsType;
		this.words = new RuleWords(form, messages);
	}

	/**
	 * @param readFindings what reading the file found; a cell that could not be read (E3) stays unknown rather than
	 * counted as 0, so no rule is judged on a value the sender never gave
	 */
	public List<Finding> validate(FormSubmission submission, OrgTree tree, String file, List<Finding> readFindings) {
		List<Finding> findings = new ArrayList<>();
		java.util.Set<String> unreadable = new java.util.HashSet<>();
		readFindings.stream()
			.filter(f -> f.isError() && f.indicator() != null && f.year() != null)
			.forEach(f -> unreadable.add(f.indicator() + "@" + f.year()));
		Optional<OrgUnit> unit = checkUnit(submission, tree, file, findings);
		if (unit.isEmpty()) {
			return findings;
		}
		Map<String, Object> previous = null;
		for (int year : form.years()) {
			if (!unit.get().isActiveInYear(year)) {
				checkInactiveYear(submission, unit.get(), year, file, findings);
				previous = null;
				continue;
			}
			Map<String, Object> values = effectiveValues(submission, unit.get(), year, file, findings, unreadable);
			Map<String, Object> scope = RuleEvaluator.scope(values, previous);
			for (CompiledRule rule : form.rules()) {
				if (rules.holds(rule, scope).filter(ok -> !ok).isPresent()) {
					findings.add(ruleFinding(rule, submission, year, values, previous, file));
				}
			}
			previous = values;
		}
		return findings;
	}

	private Optional<OrgUnit> checkUnit(FormSubmission s, OrgTree tree, String file, List<Finding> findings) {
		String code = s.unitCode();
		if (code == null || code.isBlank()) {
			findings.add(at(Severity.ERROR, "E2", s, null, null, null, file, "validation.unitMissing"));
			return Optional.empty();
		}
		Optional<OrgUnit> unit = tree.unit(code);
		if (unit.isEmpty()) {
			findings.add(at(Severity.ERROR, "E2", s, null, null, null, file, "validation.unitUnknown", code));
		}
		else if (!unit.get().type().equals(grassrootsType)) {
			findings.add(at(Severity.ERROR, "E2", s, null, null, null, file, "validation.unitNotGrassroots", code,
					unit.get().name()));
			return Optional.empty();
		}
		else if (form.years().stream().noneMatch(unit.get()::isActiveInYear)) {
			findings.add(at(Severity.ERROR, "E2", s, null, null, null, file, "validation.unitNotActive", code,
					String.valueOf(form.firstYear()), String.valueOf(form.lastYear())));
			return Optional.empty();
		}
		else {
			Optional<OrgUnit> folder = FolderScope.violatedBy(file, code, tree);
			if (folder.isPresent()) {
				findings.add(at(Severity.ERROR, "E2", s, null, null, null, file, "validation.outOfFolderScope",
						folder.get().name(), folder.get().code(), unit.get().name(), code));
				return Optional.empty();
			}
		}
		return unit;
	}

	private void checkInactiveYear(FormSubmission s, OrgUnit unit, int year, String file, List<Finding> findings) {
		form.indicators()
			.stream()
			.map(i -> s.value(i.code(), year).map(v -> Map.entry(i, v)))
			.flatMap(Optional::stream)
			.findFirst()
			.ifPresent(first -> {
				boolean before = unit.validFrom() != null && unit.validFrom().getYear() > year;
				String key = before ? "validation.yearBeforeFounded" : "validation.yearAfterDissolved";
				String date = (before ? unit.validFrom() : unit.validTo())
					.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
				findings.add(at(Severity.ERROR, "E2", s, first.getValue().cell(), first.getKey().code(), year, file,
						key, String.valueOf(year), date));
			});
	}

	/**
	 * The year's values as the rules see them: blanks of optional indicators counted as 0 (numbers) or Không (yes/no),
	 * each with its W2; required blanks are E4 and stay absent, so the rules that need them are not judged.
	 */
	private Map<String, Object> effectiveValues(FormSubmission s, OrgUnit unit, int year, String file,
			List<Finding> findings, java.util.Set<String> unreadable) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Indicator indicator : form.indicators()) {
			if (!unreadable.isEmpty() && unreadable.contains(indicator.code() + "@" + year)) {
				continue;
			}
			Optional<ReadValue> read = s.value(indicator.code(), year);
			String cell = s.cell(indicator.code(), year);
			if (read.isPresent()) {
				values.put(indicator.code(), read.get().value());
				if (indicator.type() == ValueType.MONEY
						&& ((BigDecimal) read.get().value()).compareTo(form.moneyWarningThreshold()) >= 0) {
					findings.add(at(Severity.WARNING, "W4", s, cell, indicator.code(), year, file,
							"validation.moneyTooLarge", VietnameseFormat.value(read.get().value(), messages)));
				}
			}
			else if (indicator.isRequiredFor(unit.sector())) {
				findings.add(at(Severity.ERROR, "E4", s, cell, indicator.code(), year, file, "validation.required"));
			}
			else if (indicator.type().isNumeric()) {
				values.put(indicator.code(), BigDecimal.ZERO);
				findings.add(at(Severity.WARNING, "W2", s, cell, indicator.code(), year, file, "validation.blankAsZero"));
			}
			else if (indicator.type() == ValueType.BOOL) {
				values.put(indicator.code(), Boolean.FALSE);
				findings.add(at(Severity.WARNING, "W2", s, cell, indicator.code(), year, file, "validation.blankAsNo"));
			}
		}
		return values;
	}

	private Finding ruleFinding(CompiledRule rule, FormSubmission s, int year, Map<String, Object> values,
			Map<String, Object> previous, String file) {
		StringJoiner shown = new StringJoiner("; ");
		shown.add(words.values(rule, values));
		if (previous != null && rule.rule().when() != null) {
			previous.entrySet()
				.stream()
				.filter(e -> rule.rule().check().contains("prev." + e.getKey()))
				.forEach(e -> shown.add(e.getKey() + " (" + (year - 1) + ") = " + VietnameseFormat.value(e.getValue(), messages)));
		}
		Severity severity = rule.rule().isError() ? Severity.ERROR : Severity.WARNING;
		return at(severity, rule.rule().code(), s, RuleWords.cells(rule, s, year), rule.cell(), year, file,
				rule.rule().messageKey(), rule.rule().check(), shown.toString());
	}

	private static Finding at(Severity severity, String code, FormSubmission s, String cell, String indicator,
			Integer year, String file, String key, Object... args) {
		return Finding.at(severity, code, file, s.sheet(), cell, indicator, year, key, args);
	}
}
