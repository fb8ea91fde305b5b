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

import vn.tonghop.consolidation.Total;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.TonghopSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders the mid-term review PDF of one unit from values it is handed: the unit's figures, its children's, the
 * annex files and the units that did not report. Templates are compiled once per process (ReportTemplates).
 */
@Component
public class ReportRenderer {

	private final ReportTemplates templates;

	private final MidtermReportBuilder builder;

	private final String grassrootsType;

	ReportRenderer(ReportTemplates templates, MidtermReportBuilder builder, TonghopSettings settings) {
		this.templates = templates;
		this.builder = builder;
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

	/**
	 * Writes the unit's PDF.
	 *
	 * @param figuresOf a unit's rows (the unit's own and each child's are asked for)
	 * @param annex the files with findings of the whole installation; the report keeps those of its subtree
	 * @param notReported the CĐCS without an accepted submission
	 */
	public void renderPdf(OrgTree tree, OrgUnit unit, Function<String, List<Total>> figuresOf, List<AnnexFile> annex,
			Set<String> notReported, OutputStream out) throws IOException {
		pdf(builder.parameters(tree, unit, code -> new UnitFigures(figuresOf.apply(code)), annex, notReported), out,
				unit.name());
	}

	private void pdf(Map<String, Object> parameters, OutputStream out, String title) throws IOException {
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
