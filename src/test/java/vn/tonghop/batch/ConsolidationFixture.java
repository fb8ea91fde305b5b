package vn.tonghop.batch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.sampledata.FilledForm;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.workbook.TemplateWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small tree of registry/small.csv and hand-made forms for it. P → H1 (A since 2012, HCSN; B founded
 * 15/03/2019, NNN; C dissolved 30/06/2019, KHAC; D dissolved 2017, DNNN) and H2 (E, FDI).
 */
final class ConsolidationFixture {

	static final List<Integer> YEARS = List.of(2018, 2019, 2020);

	private final JdbcClient jdbc;

	private final OrgRegistry registry;

	private final TemplateWriter templates;

	private final DataDirectory dataDirectory;

	ConsolidationFixture(JdbcClient jdbc, OrgRegistry registry, TemplateWriter templates, DataDirectory dataDirectory) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.templates = templates;
		this.dataDirectory = dataDirectory;
	}

	/** An empty installation with the small registry. */
	void reset() throws IOException {
		for (String table : List.of("published_report", "unit_total", "rollup_sums", "finding", "submission_figures", "submission", "duplicate_file", "received_file", "run_file", "run_listing_done", "inbox_seen", "run", "target",
				"org_unit", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT",
				"BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		FileSystemUtils.deleteRecursively(dataDirectory.archive());
		FileSystemUtils.deleteRecursively(dataDirectory.outputs());
		try (InputStream in = getClass().getResourceAsStream("/registry/small.csv")) {
			registry.importCsv(in);
		}
	}

	/** Figures by code: one value per year 2018, 2019, 2020 (null leaves the cell blank). */
	static Map<String, Object[]> figures(Object... codeAndValues) {
		Map<String, Object[]> figures = new LinkedHashMap<>();
		for (int i = 0; i < codeAndValues.length; i += 4) {
			figures.put((String) codeAndValues[i],
					new Object[] { codeAndValues[i + 1], codeAndValues[i + 2], codeAndValues[i + 3] });
		}
		return figures;
	}

	/** A's figures: a school union standing all three years. */
	static Map<String, Object[]> unitA() {
		return figures("LD01", 30, 32, 34, "LD01N", 20, 21, 22, "TC06", 25, 26, 27, "TC06N", 18, 19, 20,
				"TC07", 2, 3, 4, "TC07N", 1, 2, 3, "TC08", 1, 1, 1, "LD05", 6.0, 6.5, 7.0, "DD02", false, false, false,
				"DD08", true, false, true, "XL", "HTXS", "HTT", "HT", "TCH00", 10, 12, 15, "TCH01", 5, 6, 7,
				"TCH05", 3, 3, 4, "TCH07", 12, 15, 18, "TD03", 10, 11, 12, "CB01", 7, 7, 7);
	}

	/** B's figures: a private company founded in 2019, so 2018 stays blank. */
	static Map<String, Object[]> unitB() {
		return figures("LD01", null, 100, 120, "LD01N", null, 50, 60, "TC06", null, 80, 90, "TC06N", null, 40, 45,
				"TC07", null, 80, 15, "TC07N", null, 40, 8, "TC08", null, 0, 5, "LD05", null, 8.0, 9.0,
				"DD02", null, true, true, "DD07", null, 100, 120, "DD05", null, "B", "A", "DD08", null, true, true,
				"XL", null, "Chưa xếp loại", "HTXS", "TCH00", null, 0, 20, "TCH01", null, 30, 40, "TCH05", null, 10, 25,
				"TCH07", null, 20, 35, "TD03", null, 20, 30, "CB01", null, 5, 5);
	}

	/** C's figures: a cooperative dissolved in 2019, so only 2018. */
	static Map<String, Object[]> unitC() {
		return figures("LD01", 10, null, null, "LD01N", 5, null, null, "TC06", 8, null, null, "TC06N", 4, null, null,
				"TC07", 1, null, null, "TC07N", 0, null, null, "TC08", 2, null, null, "LD05", 5.0, null, null,
				"DD08", false, null, null, "XL", "KHT", null, null, "TCH00", 2, null, null, "TCH01", 1, null, null,
				"TCH05", 1, null, null, "TCH07", 2, null, null, "TD03", 3, null, null, "CB01", 5, null, null);
	}

	/** E's figures (FDI), the file that must end up current. */
	static Map<String, Object[]> unitE() {
		return figures("LD01", 1100, 1200, 1300, "LD01N", 700, 750, 800, "TC06", 900, 1000, 1100,
				"TC06N", 600, 650, 700, "TC07", 100, 150, 150, "TC07N", 60, 90, 90, "TC08", 50, 50, 50,
				"LD05", 10.0, 10.5, 11.0, "DD02", true, true, true, "DD07", 1100, 1200, 1300, "DD05", "A", "A", "A",
				"DD08", true, true, true, "XL", "HTT", "HTXS", "HTXS", "DD12", 0, 1, 0, "DD13", 0, 50, 0,
				"TCH00", 100, 150, 200, "TCH01", 200, 210, 220, "TCH05", 150, 160, 170, "TCH07", 150, 200, 250,
				"TD03", 500, 550, 600, "CB01", 9, 9, 9);
	}

	/** Writes a filled form of the unit into the inbox, with the given modification time (processing order). */
	Path write(Path inbox, String name, String unitCode, Map<String, Object[]> figures, Instant modified)
			throws IOException {
		OrgUnit unit = registry.tree().unit(unitCode).orElseThrow();
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		templates.write(unit, registry.tree().unit(unit.parentCode()).orElse(null), template);
		try (FilledForm form = new FilledForm(template.toByteArray(), YEARS)) {
			figures.forEach((code, values) -> {
				for (int i = 0; i < values.length; i++) {
					Object v = values[i];
					form.set(code, YEARS.get(i), v instanceof Integer n ? BigDecimal.valueOf(n)
							: v instanceof Double d ? BigDecimal.valueOf(d) : v);
				}
			});
			Path file = inbox.resolve(name);
			Files.createDirectories(file.getParent());
			Files.write(file, form.bytes());
			Files.setLastModifiedTime(file, FileTime.from(modified));
			return file;
		}
	}

	/** The run's totals of one unit as "INDICATOR|PERIOD" → value, read from the run's totals.csv (the contract). */
	Map<String, BigDecimal> totals(long runId, String unit) throws IOException {
		Map<String, BigDecimal> map = new HashMap<>();
		List<String> lines = Files.readAllLines(dataDirectory.outputs().resolve(vn.tonghop.rounds.TestRounds.FIRST + "/" + runId + "/totals.csv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			if (f[0].equals(unit)) {
				map.put(f[1] + "|" + f[2], new BigDecimal(f[3]));
			}
		}
		return map;
	}
}
