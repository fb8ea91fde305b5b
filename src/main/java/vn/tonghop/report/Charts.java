package vn.tonghop.report;

import vn.tonghop.system.VietnameseFormat;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.Messages;

import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The report's charts, in greys that print well, drawn with the same embedded serif as the text. */
final class Charts {

	private Charts() {
	}

	/** Members 2018–2020, with women beside them. */
	static JFreeChart members(Form form, UnitFigures f, Messages m) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int year : form.years()) {
			data.addValue(number(f.get("TC06", String.valueOf(year))), m.get("report.chart.members"), String.valueOf(year));
			data.addValue(number(f.get("TC06N", String.valueOf(year))), m.get("report.chart.women"), String.valueOf(year));
		}
		return style(ChartFactory.createBarChart(m.get("report.chart.membersTitle"), null, m.get("report.chart.people"),
				data, PlotOrientation.VERTICAL, true, false, false), m.locale(), "#,##0");
	}

	/** DD04 in the last year, by child unit (in the order given; a child without the figure is left out). */
	static JFreeChart agreementsByChild(Map<OrgUnit, BigDecimal> agreements, int year, Messages m) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		agreements.forEach((child, value) -> {
			if (value != null) {
				data.addValue(value, m.get("report.chart.agreements"), MidtermReportBuilder.unionName(child.name()));
			}
		});
		return style(ChartFactory.createBarChart(m.get("report.chart.agreementsByChild", String.valueOf(year)), null, "%",
				data, PlotOrientation.HORIZONTAL, false, false, false), m.locale(), "#,##0.#");
	}

	/** DD04 by year, where the children are grassroots unions (a ratio per CĐCS would be 0 or 100). */
	static JFreeChart agreementsByYear(Form form, UnitFigures f, Messages m) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int year : form.years()) {
			data.addValue(f.get("DD04", String.valueOf(year)), m.get("report.chart.agreements"), String.valueOf(year));
		}
		return style(ChartFactory.createBarChart(m.get("report.chart.agreementsByYear"), null, "%", data,
				PlotOrientation.VERTICAL, false, false, false), m.locale(), "#,##0.#");
	}

	private static Number number(BigDecimal value) {
		return value == null ? 0 : value;
	}

	private static JFreeChart style(JFreeChart chart, Locale locale, String pattern) {
		FontUtil fonts = FontUtil.getInstance(DefaultJasperReportsContext.getInstance());
		Font regular = fonts.getAwtFontFromBundles("Times New Roman", Font.PLAIN, 10f, locale, true);
		Font bold = fonts.getAwtFontFromBundles("Times New Roman", Font.BOLD, 12f, locale, true);
		StandardChartTheme theme = new StandardChartTheme("tonghop");
		theme.setExtraLargeFont(bold);
		theme.setLargeFont(regular);
		theme.setRegularFont(regular);
		theme.setSmallFont(regular.deriveFont(9f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setRangeGridlinePaint(new Color(0xBBBBBB));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		java.text.NumberFormat format = VietnameseFormat.format(pattern);
		((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format);
		// Room above the tallest bar for its value label.
		plot.getRangeAxis().setUpperMargin(0.15);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, new Color(0x555555));
		renderer.setSeriesPaint(1, new Color(0xAAAAAA));
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(regular.deriveFont(9f));
		renderer.setItemMargin(0.05);
		return chart;
	}
}
