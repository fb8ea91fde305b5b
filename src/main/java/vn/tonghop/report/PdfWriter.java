package vn.tonghop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import vn.tonghop.system.Messages;

/** Lays a {@link MidtermDocument} out as PDF with reports/midterm-report.jrxml: a detail row per block. */
final class PdfWriter {

	/**
	 * The first-line indent of a paragraph set in a band that cannot split (a heading's, the signature's): two em
	 * spaces, about the 28 pt of the others' indent, which JasperReports drops when it moves such a band.
	 */
	private static final String INDENT = "\u2003\u2003";

	private final ReportTemplates templates;

	private final Messages messages;

	private final CellFit cells;

	private final Supplier<JRPdfExporter> exporters;

	/** Makes each PDF with {@link LeftToRightPdfExporter}. */
	PdfWriter(ReportTemplates templates, Messages messages) {
		this(templates, messages, LeftToRightPdfExporter::new);
	}

	PdfWriter(ReportTemplates templates, Messages messages, Supplier<JRPdfExporter> exporters) {
		this.templates = templates;
		this.messages = messages;
		this.cells = new CellFit(messages.locale());
		this.exporters = exporters;
	}

	void write(MidtermDocument document, String title, OutputStream out) throws IOException {
		Map<String, Object> p = new HashMap<>();
		p.put(JRParameter.REPORT_LOCALE, messages.locale());
		MidtermDocument.Header h = document.header();
		p.put("P_UPPER", String.join("\n", h.upperLines()));
		p.put("P_ISSUER", String.join("\n", h.issuerLines()));
		p.put("P_DOC_NUMBER", h.documentNumber());
		p.put("P_NATION", messages.get("report.nation"));
		p.put("P_MOTTO", messages.get("report.motto"));
		p.put("P_PLACE_DATE", h.placeDate());
		p.put("P_TITLE", h.title());
		p.put("P_SUMMARY_LINE", h.summaryLine());
		MidtermDocument.Closing c = document.closing();
		p.put("P_RECIPIENTS_TITLE", c.recipientsTitle());
		p.put("P_RECIPIENTS", String.join("\n", c.recipients()));
		p.put("P_SIGN_ON_BEHALF", c.signOnBehalf());
		p.put("P_SIGNER_TITLE", c.signerTitle());
		p.put("P_SIGNER_NAME", c.signerName());
		List<Map<String, ?>> rows = rows(document.body());
		Map<String, Object> closing = new HashMap<>();
		closing.put("kind", "CLOSING");
		// The last paragraph, with the heading it rides with (IV. KIẾN NGHỊ), moves into the signature's band.
		Map<String, ?> last = rows.isEmpty() ? Map.of() : rows.get(rows.size() - 1);
		if (Block.Kind.PARAGRAPH.name().equals(last.get("kind"))
				|| Block.Kind.HEADING.name().equals(last.get("kind")) && last.get("text") != null) {
			rows.remove(rows.size() - 1);
			closing.put("heading", last.get("heading"));
			String text = (String) last.get("text");
			closing.put("text", text.startsWith(INDENT) ? text : INDENT + text);
		}
		rows.add(closing);
		if (document.annex() != null) {
			p.put("P_ANNEX_TITLE", document.annex().title());
			p.put("P_ANNEX_ATTACHED", document.annex().attachedTo());
			Map<String, Object> annex = new HashMap<>();
			annex.put("kind", "ANNEX");
			table(annex, document.annex().table());
			rows.add(annex);
		}
		if (document.provenance() != null) {
			rows.add(Map.of("kind", "PROVENANCE", "text", document.provenance()));
		}
		try {
			JasperPrint print = JasperFillManager.fillReport(templates.get("midterm-report"), p,
					new JRMapCollectionDataSource(rows));
			JRPdfExporter exporter = exporters.get();
			exporter.setExporterInput(new SimpleExporterInput(print));
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
			SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
			configuration.setMetadataTitle(title);
			configuration.setMetadataAuthor("tonghop");
			if (document.provenance() != null) {
				configuration.setMetadataSubject(document.provenance());
				configuration.setMetadataKeywords(document.provenance());
			}
			exporter.setConfiguration(configuration);
			exporter.exportReport();
		}
		catch (JRException ex) {
			throw new IOException("Report of " + title + " could not be rendered", ex);
		}
	}

	/**
	 * A detail row per block, but a table's caption rides in the table's row and headings in the row of the
	 * paragraph after them, so that neither is left alone at the foot of a page.
	 */
	private List<Map<String, ?>> rows(List<Block> body) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			Block block = body.get(i);
			Map<String, Object> row = new HashMap<>();
			row.put("kind", block.kind().name());
			row.put("text", block.text());
			if (block.kind() == Block.Kind.CAPTION && next(body, i, Block.Kind.TABLE)) {
				row.put("kind", Block.Kind.TABLE.name());
				table(row, body.get(++i).table());
			}
			else if (block.kind() == Block.Kind.HEADING || block.kind() == Block.Kind.SUBHEADING) {
				// HEADING (with its paragraph), SUBHEADING (likewise) or HEADINGS (a heading, its subheading, the paragraph).
				row.put("text", null);
				row.put(block.kind() == Block.Kind.HEADING ? "heading" : "subheading", block.text());
				if (block.kind() == Block.Kind.HEADING && next(body, i, Block.Kind.SUBHEADING)) {
					row.put("kind", "HEADINGS");
					row.put("subheading", body.get(++i).text());
				}
				if (next(body, i, Block.Kind.PARAGRAPH)) {
					row.put("text", INDENT + body.get(++i).text());
				}
			}
			else if (block.table() != null) {
				table(row, block.table());
			}
			else if (block.chart() != null) {
				row.put("chart", new ChartRenderer(block.chart()));
			}
			rows.add(row);
		}
		return rows;
	}

	private static boolean next(List<Block> body, int i, Block.Kind kind) {
		return i + 1 < body.size() && body.get(i + 1).kind() == kind;
	}

	private void table(Map<String, Object> row, ReportTable table) {
		row.put("layout", templates.get(table.layout()));
		row.put("rows", new JRMapCollectionDataSource(cells.rows(table)));
		row.put("headers", table.headers());
	}
}
