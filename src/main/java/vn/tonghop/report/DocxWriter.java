package vn.tonghop.report;

import com.pngencoder.PngEncoder;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

import vn.tonghop.system.Messages;

/**
 * Writes a {@link MidtermDocument} as DOCX: flowing paragraphs and real tables a clerk edits in Word or LibreOffice,
 * not positioned frames. The header and the signature are borderless two-column tables (as these documents are
 * typed in Word); table headings repeat on each page and rows never split; the page as {@link DocxPackage} sets it.
 * The markup is written as text ({@link WordXml}) rather than built as Apache POI's XWPF tree, which took two fifths of
 * each report's rendering.
 */
final class DocxWriter {

	/**
	 * The header's two columns, in twips, together the text width. The national title in bold 12 pt is 250 pt wide:
	 * LibreOffice broke it before "NAM" in the PDF's 252 pt, so the right column takes 10 pt from the left, whose
	 * lines {@link HeaderLines} keeps within 200 pt.
	 */
	private static final int LEFT = 4100;

	private static final int RIGHT = 5254;

	private static final int CHART_WIDTH_PX = 1401;

	private static final int CHART_HEIGHT_PX = 660;

	/** English Metric Units per point. */
	private static final int EMU = 12_700;

	/** The chart's width on the page: 16 cm, the text width. */
	private static final double CHART_POINTS = 453;

	private final Messages messages;

	/** When a document is made: its core properties' creation time, from the report's clock. */
	private final Clock clock;

	DocxWriter(Messages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	void write(MidtermDocument document, OutputStream out) throws IOException {
		WordXml xml = new WordXml();
		header(xml, document.header());
		for (Block block : document.body()) {
			block(xml, block);
		}
		closing(xml, document.closing());
		if (document.annex() != null) {
			DocxText.pageBreak(xml);
			DocxText.add(xml, document.annex().title(), DocxText.Style.CENTRE_BOLD);
			DocxText.add(xml, document.annex().attachedTo(), DocxText.Style.CENTRE_ITALIC);
			DocxTables.table(xml, document.annex().table());
		}
		if (document.provenance() != null) {
			DocxText.add(xml, document.provenance(), DocxText.Style.CENTRE_ITALIC);
		}
		DocxPackage.write(xml, document.provenance(), clock.instant(), out);
	}

	private static void block(WordXml xml, Block block) {
		switch (block.kind()) {
			case HEADING -> DocxText.add(xml, block.text(), DocxText.Style.HEADING);
			case SUBHEADING -> DocxText.add(xml, block.text(), DocxText.Style.SUBHEADING);
			case PARAGRAPH -> DocxText.add(xml, block.text(), DocxText.Style.BODY);
			case NOTE -> DocxText.add(xml, block.text(), DocxText.Style.NOTE);
			case CAPTION -> DocxText.add(xml, block.text(), DocxText.Style.CAPTION);
			case TABLE -> DocxTables.table(xml, block.table());
			case CHART -> chart(xml, block);
		}
	}

	private void header(WordXml xml, MidtermDocument.Header h) {
		DocxTables.layout(xml, new int[] { LEFT, RIGHT }, left -> {
			DocxText.lines(left, h.upperLines(), DocxText.Style.HEADER);
			DocxText.lines(left, h.issuerLines(), DocxText.Style.HEADER_BOLD);
			DocxText.rule(left, LEFT, 1500);
			DocxText.add(left, h.documentNumber(), DocxText.Style.CENTRE);
		}, right -> {
			DocxText.add(right, messages.get("report.nation"), DocxText.Style.HEADER_BOLD);
			DocxText.add(right, messages.get("report.motto"), DocxText.Style.CENTRE_BOLD);
			DocxText.rule(right, RIGHT, 3200);
			DocxText.add(right, h.placeDate(), DocxText.Style.CENTRE_ITALIC);
		});
		DocxText.add(xml, "", DocxText.Style.CENTRE);
		DocxText.add(xml, h.title(), DocxText.Style.TITLE);
		DocxText.add(xml, h.summaryLine(), DocxText.Style.CENTRE_BOLD);
		DocxText.rule(xml, LEFT + RIGHT, 1600);
	}

	private static void closing(WordXml xml, MidtermDocument.Closing c) {
		DocxTables.layout(xml, new int[] { 4200, 5160 }, left -> {
			DocxText.add(left, c.recipientsTitle(), DocxText.Style.RECIPIENTS_TITLE);
			c.recipients().forEach(r -> DocxText.add(left, r, DocxText.Style.RECIPIENT));
		}, right -> {
			DocxText.add(right, c.signOnBehalf(), DocxText.Style.CENTRE_BOLD);
			DocxText.add(right, c.signerTitle(), DocxText.Style.CENTRE_BOLD);
			for (String blank : List.of("", "", "", "")) {
				DocxText.add(right, blank, DocxText.Style.CENTRE);
			}
			DocxText.add(right, c.signerName(), DocxText.Style.CENTRE_BOLD);
		});
	}

	private static void chart(WordXml xml, Block block) {
		// Drawn at the PDF's size (467 × 220 pt) and scaled up 3×: the same type sizes as the PDF's, sharp in print.
		// Without an alpha channel (the chart paints its white background first): a quarter less to encode.
		BufferedImage image = new BufferedImage(CHART_WIDTH_PX, CHART_HEIGHT_PX, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.scale(CHART_WIDTH_PX / 467.0, CHART_HEIGHT_PX / 220.0);
		block.chart().draw(graphics, new Rectangle2D.Double(0, 0, 467, 220));
		graphics.dispose();
		// A fast deflate on one thread: the reports are rendered on every core already.
		byte[] png = new PngEncoder().withBufferedImage(image)
			.withCompressionLevel(3)
			.withMultiThreadedCompressionEnabled(false)
			.toBytes();
		// The height keeps the image's shape.
		// Its alternative text is the chart's title, which the picture shows.
		String title = block.chart().getTitle() == null ? "" : block.chart().getTitle().getText();
		xml.picture(png, Math.round(CHART_POINTS * EMU), Math.round(CHART_POINTS * CHART_HEIGHT_PX / CHART_WIDTH_PX * EMU),
				title);
	}
}
