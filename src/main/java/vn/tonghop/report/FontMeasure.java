package vn.tonghop.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/** The width of a text in the embedded serif the PDF is set in, for laying out lines before JasperReports does. */
final class FontMeasure {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private final Font font;

	FontMeasure(float size, boolean bold, Locale locale) {
		this.font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
			.getAwtFontFromBundles("Times New Roman", bold ? Font.BOLD : Font.PLAIN, size, locale, true);
	}

	double width(String text) {
		return font.getStringBounds(text, CONTEXT).getWidth();
	}
}
