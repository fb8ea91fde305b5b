package vn.tonghop.sampledata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.springframework.stereotype.Component;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.workbook.TemplateWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the sample data set: the registry of the sample province, illustrative targets, and an inbox of forms
 * filled from the project's own template, about 90 % of the grassroots unions, plus one defective file per reason a
 * file is rejected and a few tolerated oddities. The same seed always gives the same files.
 */
@Component
public class SampleDataGenerator {

	public static final long DEFAULT_SEED = 20201115L;

	private final Form form;

	private final TemplateWriter templates;

	SampleDataGenerator(Form form, TemplateWriter templates) {
		this.form = form;
		this.templates = templates;
	}

	/** What was written, for the command's summary. */
	public record Summary(int units, int grassroots, int forms, int defective) {
	}

	public Summary generate(Path out, long seed) throws IOException {
		SampleProvince province = new SampleProvince(seed);
		Files.createDirectories(out.resolve("inbox"));
		Map<String, OrgUnit> byCode = new HashMap<>();
		province.upperUnits().forEach(u -> byCode.put(u.code(), u));
		province.grassroots().forEach(s -> byCode.put(s.unit().code(), s.unit()));
		writeRegistry(out.resolve("org-units.csv"), province);

		Random pick = new Random(seed);
		List<SampleUnit> missing = new ArrayList<>();
		Map<String, Map<String, Map<Integer, Object>>> all = new HashMap<>();
		int forms = 0;
		for (SampleUnit sample : province.grassroots()) {
			Map<String, Map<Integer, Object>> figures = SampleFigures.draw(sample, form.years(), seed);
			all.put(sample.unit().code(), figures);
			if (SampleDefects.UNITS.contains(sample.unit().code())) {
				if (SampleDefects.DRAWN.contains(sample.unit().code())) {
					pick.nextDouble();
				}
				continue;
			}
			if (pick.nextDouble() < 0.05) {
				missing.add(sample);
				continue;
			}
			write(out, sample.unit(), templates.fileName(sample.unit()), filled(sample.unit(), byCode, figures).bytes());
			forms++;
		}
		int defective = new SampleDefects(this, out, province, byCode, all).write();
		AnnualSample.write(out, templates, province, byCode, seed);
		writeTargets(out.resolve("targets.csv"), province, all);
		// The headers and signers of the sample's reports: the names are invented, like the enterprises'.
		try (var in = getClass().getResourceAsStream("/sampledata/report-settings.csv")) {
			Files.copy(in, out.resolve("report-settings.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return new Summary(byCode.size(), province.grassroots().size(), forms, defective);
	}

	FilledForm filled(OrgUnit unit, Map<String, OrgUnit> byCode, Map<String, Map<Integer, Object>> figures)
			throws IOException {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		templates.write(unit, byCode.get(unit.parentCode()), template);
		FilledForm filled = new FilledForm(template.toByteArray(), form.years());
		filled.setAll(figures);
		return filled;
	}

	/** The sector of a kind of grassroots union ({@code PRIMARY}, {@code FOREIGN_COMPANY}, …). */
	public static String sectorOf(String kind) {
		return UnitKind.valueOf(kind).sector;
	}

	/** Plausible figures for a unit of the given kind that satisfy every hard rule; deterministic for the seed. */
	public Map<String, Map<Integer, Object>> figures(OrgUnit unit, String kind, long seed) {
		return SampleFigures.draw(new SampleUnit(unit, UnitKind.valueOf(kind)), form.years(), seed);
	}

	static void write(Path out, OrgUnit unit, String name, byte[] bytes) throws IOException {
		Path folder = Files.createDirectories(out.resolve("inbox").resolve(unit.parentCode()));
		Files.write(folder.resolve(name), bytes);
	}

	static void evaluateFormulas(FilledForm filled) {
		// Our own file: evaluating here stores the cached values Excel would have saved.
		XSSFFormulaEvaluator.evaluateAllFormulaCells(filled.workbook());
	}

	private static void writeRegistry(Path file, SampleProvince province) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
					.setHeader("code", "name", "type", "parent_code", "sector", "valid_from", "valid_to")
					.setRecordSeparator("\n")
					.get())) {
			List<OrgUnit> units = new ArrayList<>(province.upperUnits());
			province.grassroots().forEach(s -> units.add(s.unit()));
			for (OrgUnit u : units) {
				csv.printRecord(u.code(), u.name(), u.type(), blank(u.parentCode()), blank(u.sector()),
						u.validFrom() == null ? "" : u.validFrom(), u.validTo() == null ? "" : u.validTo());
			}
		}
	}

	/**
	 * Illustrative term targets for the province and Dương Minh Châu, set a little above the sample's own 2018
	 * level so that the verdicts differ. They are labelled as illustrative: the real congress targets were not found.
	 */
	private void writeTargets(Path file, SampleProvince province,
			Map<String, Map<String, Map<Integer, Object>>> all) throws IOException {
		String note = "Minh họa, không phải chỉ tiêu Đại hội thật";
		int first = form.firstYear();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
					.setHeader("unit_code", "indicator", "comparison", "term_target", "allocation_" + first,
							"allocation_" + (first + 1), "allocation_" + (first + 2), "note")
					.setRecordSeparator("\n")
					.get())) {
			for (String unit : List.of(SampleProvince.PROVINCE, "TN-DMC")) {
				long members = province.grassroots()
					.stream()
					.filter(s -> unit.equals(SampleProvince.PROVINCE) || unit.equals(s.unit().parentCode()))
					.mapToLong(s -> value(all.get(s.unit().code()), "TC06", first))
					.sum();
				long target = BigDecimal.valueOf(members * 1.15).setScale(-1, RoundingMode.HALF_UP).longValue();
				csv.printRecord(unit, "TC06", ">=", target, "", "", "", note);
				csv.printRecord(unit, "TC07", ">=", Math.max(10, members / 2 / 10 * 10), "", "", "", note);
				csv.printRecord(unit, "DD04", ">=", 80, "", "", "", note);
				csv.printRecord(unit, "XL07", ">=", 70, "", "", "", note);
				csv.printRecord(unit, "TC09", ">=", 85, "", "", "", note);
				csv.printRecord(unit, "DD12", "<=", 5, "", "", "", note);
			}
		}
	}

	private static long value(Map<String, Map<Integer, Object>> figures, String code, int year) {
		Object v = figures.getOrDefault(code, Map.of()).get(year);
		return v == null ? 0 : ((BigDecimal) v).longValue();
	}

	private static String blank(String s) {
		return s == null ? "" : s;
	}
}
