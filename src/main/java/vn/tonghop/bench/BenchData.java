package vn.tonghop.bench;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.sampledata.FilledForm;
import vn.tonghop.sampledata.SampleDataGenerator;
import vn.tonghop.workbook.TemplateWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the benchmark's registry and its filled forms (from the project's own template, one template per district
 * restamped per unit, which is what makes generating 50.000 forms take minutes rather than an hour), and keeps, for
 * checking, the sums the roll-up must reproduce: added here from the generated figures, not by the roll-up.
 */
final class BenchData {

	/** Codes whose district and province sums are kept for checking. */
	static final List<String> CHECKED = List.of("LD01", "TC06", "TC07", "TD04");

	private final Form form;

	private final TemplateWriter templates;

	private final SampleDataGenerator generator;

	/** "UNIT|CODE|YEAR" → the sum of the generated values over the unit's subtree. */
	final Map<String, BigDecimal> expected = new ConcurrentHashMap<>();

	BenchData(Form form, TemplateWriter templates, SampleDataGenerator generator) {
		this.form = form;
		this.templates = templates;
		this.generator = generator;
	}

	void writeRegistry(BenchProvince p, Path csv) throws IOException {
		try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("code,name,type,parent_code,sector,valid_from,valid_to\n");
			List<OrgUnit> all = new ArrayList<>();
			all.add(p.province());
			all.addAll(p.districts());
			all.addAll(p.grassroots());
			for (OrgUnit u : all) {
				w.write(String.join(",", u.code(), u.name(), u.type(), u.parentCode() == null ? "" : u.parentCode(),
						u.sector() == null ? "" : u.sector(), String.valueOf(u.validFrom()), "") + "\n");
			}
		}
	}

	/** Writes every form into {@code inbox/<district>/<unit>.xlsx}, on all cores. */
	void writeForms(BenchProvince p, Path inbox, long seed) throws Exception {
		Map<String, byte[]> templateByDistrict = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < p.grassroots().size(); i++) {
				OrgUnit unit = p.grassroots().get(i);
				String kind = p.kinds().get(i);
				work.add(pool.submit(() -> {
					byte[] template = templateByDistrict.computeIfAbsent(unit.parentCode(), d -> template(unit, p));
					Map<String, Map<Integer, Object>> figures = generator.figures(unit, kind, seed);
					write(inbox, unit, template, figures);
					remember(unit, figures);
					return null;
				}));
			}
			for (Future<?> f : work) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** Rewrites one form with TD04 of the last year one higher (a flow no rule involves), and a new time. */
	void change(Path inbox, OrgUnit unit, String kind, long seed) throws IOException {
		Map<String, Map<Integer, Object>> figures = generator.figures(unit, kind, seed);
		int last = form.lastYear();
		BigDecimal before = (BigDecimal) figures.get("TD04").get(last);
		figures.get("TD04").put(last, before.add(BigDecimal.ONE));
		Path file = write(inbox, unit, template(unit, null), figures);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
		for (String code : List.of(unit.parentCode(), "BP")) {
			expected.merge(code + "|TD04|" + last, BigDecimal.ONE, BigDecimal::add);
		}
	}

	private byte[] template(OrgUnit unit, BenchProvince p) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			templates.write(unit, null, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path write(Path inbox, OrgUnit unit, byte[] template, Map<String, Map<Integer, Object>> figures)
			throws IOException {
		try (FilledForm filled = new FilledForm(template, form.years())) {
			filled.restamp(unit.code(), unit.name(), unit.sector()).setAll(figures);
			Path file = inbox.resolve(unit.parentCode()).resolve(unit.code() + ".xlsx");
			Files.createDirectories(file.getParent());
			Files.write(file, filled.bytes());
			return file;
		}
	}

	private void remember(OrgUnit unit, Map<String, Map<Integer, Object>> figures) {
		for (String code : CHECKED) {
			figures.getOrDefault(code, Map.of()).forEach((year, value) -> {
				for (String target : List.of(unit.parentCode(), "BP")) {
					expected.merge(target + "|" + code + "|" + year, (BigDecimal) value, BigDecimal::add);
				}
			});
		}
	}
}
