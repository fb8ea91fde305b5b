package vn.tonghop.report;

import com.pngencoder.PngEncoder;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;


import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.tonghop.system.Messages;

/**
 * Writes a {@link MidtermDocument} as DOCX with Apache POI: flowing paragraphs and real tables a clerk edits in Word
 * or LibreOffice, not positioned frames. The header and the signature are borderless two-column tables (as these
 * documents are typed in Word); table headings repeat on each page and rows never split; page numbers centred at the
 * top from page 2; A4 with the margins of Nghị định 30/2020.
 */
final class DocxWriter {

	/** The header's two columns, in twips: as the PDF's (215 and 252 pt), together the text width. */
	private static final int LEFT = 4300;

	private static final int RIGHT = 5054;

	private static final int CHART_WIDTH_PX = 1401;

	private static final int CHART_HEIGHT_PX = 660;

	private final Messages messages;

	DocxWriter(Messages messages) {
		this.messages = messages;
	}

	void write(MidtermDocument document, OutputStream out) throws IOException {
		try (XWPFDocument docx = new XWPFDocument()) {
			page(docx);
			header(docx, document.header());
			for (Block block : document.body()) {
				block(docx, block);
			}
			closing(docx, document.closing());
			if (document.annex() != null) {
				XWPFParagraph pageBreak = docx.createParagraph();
				pageBreak.setPageBreak(true);
				DocxText.add(docx.createParagraph(), document.annex().title(), DocxText.Style.CENTRE_BOLD);
				DocxText.add(docx.createParagraph(), document.annex().attachedTo(), DocxText.Style.CENTRE_ITALIC);
				DocxTables.table(docx, document.annex().table());
			}
			if (document.provenance() != null) {
				DocxText.add(docx.createParagraph(), document.provenance(), DocxText.Style.CENTRE_ITALIC);
				docx.getProperties().getCoreProperties().setSubjectProperty(document.provenance());
			}
			docx.write(out);
		}
	}

	private void block(XWPFDocument docx, Block block) throws IOException {
		switch (block.kind()) {
			case HEADING -> DocxText.add(docx.createParagraph(), block.text(), DocxText.Style.HEADING);
			case SUBHEADING -> DocxText.add(docx.createParagraph(), block.text(), DocxText.Style.SUBHEADING);
			case PARAGRAPH -> DocxText.add(docx.createParagraph(), block.text(), DocxText.Style.BODY);
			case NOTE -> DocxText.add(docx.createParagraph(), block.text(), DocxText.Style.NOTE);
			case CAPTION -> DocxText.add(docx.createParagraph(), block.text(), DocxText.Style.CAPTION);
			case TABLE -> DocxTables.table(docx, block.table());
			case CHART -> chart(docx, block);
		}
	}

	private void header(XWPFDocument docx, MidtermDocument.Header h) {
		XWPFTable table = DocxTables.layout(docx, LEFT, RIGHT);
		var left = table.getRow(0).getCell(0);
		var right = table.getRow(0).getCell(1);
		DocxText.lines(DocxTables.first(left), h.upperLines(), DocxText.Style.HEADER);
		DocxText.lines(left.addParagraph(), h.issuerLines(), DocxText.Style.HEADER_BOLD);
		DocxText.rule(left.addParagraph(), LEFT, 1500);
		DocxText.add(left.addParagraph(), h.documentNumber(), DocxText.Style.CENTRE);
		DocxText.add(DocxTables.first(right), messages.get("report.nation"), DocxText.Style.HEADER_BOLD);
		DocxText.add(right.addParagraph(), messages.get("report.motto"), DocxText.Style.CENTRE_BOLD);
		DocxText.rule(right.addParagraph(), RIGHT, 3200);
		DocxText.add(right.addParagraph(), h.placeDate(), DocxText.Style.CENTRE_ITALIC);
		DocxText.add(docx.createParagraph(), "", DocxText.Style.CENTRE);
		DocxText.add(docx.createParagraph(), h.title(), DocxText.Style.TITLE);
		DocxText.add(docx.createParagraph(), h.summaryLine(), DocxText.Style.CENTRE_BOLD);
		DocxText.rule(docx.createParagraph(), LEFT + RIGHT, 1600);
	}

	private void closing(XWPFDocument docx, MidtermDocument.Closing c) {
		XWPFTable table = DocxTables.layout(docx, 4200, 5160);
		var left = table.getRow(0).getCell(0);
		var right = table.getRow(0).getCell(1);
		DocxText.add(DocxTables.first(left), c.recipientsTitle(), DocxText.Style.RECIPIENTS_TITLE);
		c.recipients().forEach(r -> DocxText.add(left.addParagraph(), r, DocxText.Style.RECIPIENT));
		DocxText.add(DocxTables.first(right), c.signOnBehalf(), DocxText.Style.CENTRE_BOLD);
		DocxText.add(right.addParagraph(), c.signerTitle(), DocxText.Style.CENTRE_BOLD);
		for (String blank : List.of("", "", "", "")) {
			DocxText.add(right.addParagraph(), blank, DocxText.Style.CENTRE);
		}
		DocxText.add(right.addParagraph(), c.signerName(), DocxText.Style.CENTRE_BOLD);
	}

	private static void chart(XWPFDocument docx, Block block) throws IOException {
		// Drawn at the PDF's size (467 × 220 pt) and scaled up 3×: the same type sizes as the PDF's, sharp in print.
		BufferedImage image = block.chart().createBufferedImage(CHART_WIDTH_PX, CHART_HEIGHT_PX, 467, 220, null);
		// A fast deflate on one thread: the reports are rendered on every core already.
		byte[] png = new PngEncoder().withBufferedImage(image)
			.withCompressionLevel(3)
			.withMultiThreadedCompressionEnabled(false)
			.toBytes();
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		try {
			// 16 cm wide, the text width; the height keeps the image's shape.
			paragraph.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
					"chart.png", Units.toEMU(453), Units.toEMU(453.0 * CHART_HEIGHT_PX / CHART_WIDTH_PX));
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	/** A4; top and bottom 20 mm, left 30 mm, right 15 mm; page number centred at the top from page 2. */
	private static void page(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1701));
		margins.setRight(BigInteger.valueOf(851));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		docx.createHeader(HeaderFooterType.FIRST);
		XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = header.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		number.getCTP().addNewFldSimple().setInstr("PAGE");
	}
}
