package vn.tonghop.report;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

import vn.tonghop.consolidation.TotalsRepository;
import vn.tonghop.intake.IntakeRepository;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.TonghopSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the mid-term review PDF, and its Excel and CSV exports, of every unit above the CĐCS, from a run's totals.
 * Templates are compiled once per process (ReportTemplates).
 */
@Component
public class ReportRenderer {

	private final ReportTemplates templates;

	private final MidtermReportBuilder builder;

	private final TotalsRepository totals;

	private final IntakeRepository intake;

	private final UnitExports exports;

	private final String grassrootsType;

	private final vn.tonghop.consolidation.ConsolidationService consolidation;

	private final vn.tonghop.system.FaultPoints faults;

	ReportRenderer(ReportTemplates templates, MidtermReportBuilder builder, TotalsRepository totals,
			IntakeRepository intake, UnitExports exports, TonghopSettings settings,
			vn.tonghop.consolidation.ConsolidationService consolidation, vn.tonghop.system.FaultPoints faults) {
		this.faults = faults;
		this.consolidation = consolidation;
		this.templates = templates;
		this.builder = builder;
		this.totals = totals;
		this.intake = intake;
		this.exports = exports;
		this.grassrootsType = settings.grassrootsType();
	}

	/** The units that get a report: every unit above the CĐCS standing in some year of the period. */
	public List<OrgUnit> reportedUnits(OrgTree tree, List<Integer> years) {
		return tree.units()
			.stream()
			.filter(u -> !u.type().equals(grassrootsType))
			.filter(u -> years.stream().anyMatch(u::isActiveInYear))
			.toList();
	}

	/** Writes {@code <code>.pdf}, {@code .xlsx} and {@code .csv} of each unit into {@code folder}. */
	public int renderAll(long runId, OrgTree tree, List<OrgUnit> units, List<Integer> years, Path folder)
			throws IOException {
		Files.createDirectories(folder);
		// Nothing is cached across reports: a unit's figures are read for its parent's report and again for its own,
		// so that memory holds one report's figures at a time however many districts there are.
		java.util.function.Function<String, UnitFigures> figuresOf = code -> new UnitFigures(rowsOf(runId, tree, code));
		List<IntakeRepository.ReceivedFile> annex = intake.annexFiles();
		// The few that did not report rather than the many that did: this set lives through every report.
		java.util.Set<String> notReported = intake.grassrootsWithoutCurrentSubmission(grassrootsType);
		for (OrgUnit unit : units) {
			try (OutputStream out = Files.newOutputStream(folder.resolve(unit.code() + ".pdf"))) {
				pdf(builder.parameters(tree, unit, figuresOf, annex, notReported), out, unit.name());
			}
			exports.write(tree, unit, folder, code -> rowsOf(runId, tree, code));
			faults.reach("report");
		}
		return units.size();
	}

	/** A unit's rows: stored for units above the CĐCS, from the current submission for a CĐCS. */
	List<vn.tonghop.consolidation.Total> rowsOf(long runId, OrgTree tree, String unitCode) {
		return isGrassroots(tree, unitCode) ? consolidation.grassrootsRows(tree, unitCode)
				: totals.ofUnit(runId, unitCode);
	}

	private boolean isGrassroots(OrgTree tree, String unitCode) {
		return tree.unit(unitCode).map(u -> u.type().equals(grassrootsType)).orElse(false);
	}

	void pdf(Map<String, Object> parameters, OutputStream out, String title) throws IOException {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("SUMMARY_REPORT", templates.get("summary-table"));
		all.put("TARGETS_REPORT", templates.get("targets-table"));
		all.put("CHILDREN_REPORT", templates.get("children-table"));
		all.put("ANNEX_REPORT", templates.get("annex-table"));
		try {
			JasperPrint print = JasperFillManager.fillReport(templates.get("midterm-report"), all,
					new JREmptyDataSource(1));
			JRPdfExporter exporter = new JRPdfExporter();
			exporter.setExporterInput(new SimpleExporterInput(print));
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
			SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
			configuration.setMetadataTitle(title);
			configuration.setMetadataAuthor("tonghop");
			exporter.setConfiguration(configuration);
			exporter.exportReport();
		}
		catch (JRException ex) {
			throw new IOException("Report of " + title + " could not be rendered", ex);
		}
	}
}
