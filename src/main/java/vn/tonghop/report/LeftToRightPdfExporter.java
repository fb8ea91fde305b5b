package vn.tonghop.report;

import java.text.Bidi;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;

import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPhrase;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

/**
 * JasperReports' PDF export, laying out left-to-right text that holds no right-to-left character without the
 * Unicode bidirectional algorithm. JasperReports tells OpenPDF every text's direction, and OpenPDF then runs
 * {@link Bidi} over each paragraph, a tenth of the export's time, which reorders nothing in such text:
 * it is laid out as OpenPDF lays out text of no stated direction. Any other text is laid out as before.
 */
final class LeftToRightPdfExporter extends JRPdfExporter {

	@Override
	protected PdfProducer createPdfProducer() {
		return new ClassicPdfProducer(createPdfProducerContext()) {
			@Override
			public PdfPhrase createPhrase() {
				return new WithoutBidi(this, new Phrase());
			}

			@Override
			public PdfPhrase createPhrase(PdfChunk chunk) {
				return new WithoutBidi(this, new Phrase(((ClassicChunk) chunk).getChunk()));
			}
		};
	}

	private static final class WithoutBidi extends ClassicPhrase {

		private final Phrase phrase;

		WithoutBidi(ClassicPdfProducer producer, Phrase phrase) {
			super(producer, phrase);
			this.phrase = phrase;
		}

		@Override
		public float go(float llx, float lly, float urx, float ury, float fixedLeading, float multipliedLeading,
				PdfTextAlignment alignment, TextDirection runDirection) {
			return super.go(llx, lly, urx, ury, fixedLeading, multipliedLeading, alignment,
					runDirection == TextDirection.LTR && !requiresBidi() ? TextDirection.DEFAULT : runDirection);
		}

		/**
		 * Whether the text holds a character the bidirectional algorithm could move: one of the right-to-left
		 * scripts' blocks (Hebrew to Arabic Extended-A, the presentation forms, any supplementary character) or a
		 * directional formatting character. {@link Bidi#requiresBidi} looks up every character's class instead,
		 * and in the one measurement of it took back what skipping the algorithm saved.
		 */
		private boolean requiresBidi() {
			for (Element element : phrase.getChunks()) {
				if (!(element instanceof Chunk chunk)) {
					return true;
				}
				String text = chunk.getContent();
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (c >= 0x0590 && c <= 0x08FF || c >= 0xFB1D && c <= 0xFEFF || Character.isSurrogate(c)
							|| c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
						return true;
					}
				}
			}
			return false;
		}
	}
}
