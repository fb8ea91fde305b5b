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
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** The report's charts, in greys that print well, drawn with the same embedded serif as the text. */
final class Charts {

	private Charts() {
	}

	/** A head count by year with a part of it beside (the form's {@code report.membersChart}). */
	static JFreeChart members(Form form, UnitFigures f, Messages m) {
		var chart = form.report().membersChart();
		var total = form.figure(chart.total()).orElseThrow();
		var part = form.figure(chart.part()).orElseThrow();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int year : form.years()) {
			data.addValue(number(f.get(total.code(), String.valueOf(year))), total.name(), String.valueOf(year));
			data.addValue(number(f.get(part.code(), String.valueOf(year))), part.name(), String.valueOf(year));
		}
		return style(ChartFactory.createBarChart(m.get("report.chart.byYear", total.name(),
				form.periodText()), null, total.unit(), data,
				PlotOrientation.VERTICAL, true, false, false), m.locale(), "#,##0");
	}

	/**
	 * The form's charted ratio in the last year, by child unit (in the order given; a child without it is left out);
	 * none when no child has it.
	 */
	static Optional<JFreeChart> ratioByChild(Form form, Map<OrgUnit, BigDecimal> ratios, Messages m) {
		var ratio = form.figure(form.report().ratioChart()).orElseThrow();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		ratios.forEach((child, value) -> {
			if (value != null) {
				data.addValue(value, ratio.name(), m.get("report.chart.valueLabel", UnitNames.unionName(child.name()),
						VietnameseFormat.percent(value)));
			}
		});
		if (data.getColumnCount() == 0) {
			return Optional.empty();
		}
		return Optional.of(percentAxis(style(ChartFactory.createBarChart(ratioByChildTitle(form, m), null, "%", data,
				PlotOrientation.HORIZONTAL, false, false, false), m.locale(), "#,##0.0")));
	}

	static String ratioByChildTitle(Form form, Messages m) {
		return m.get("report.chart.ratioByChild", form.figure(form.report().ratioChart()).orElseThrow().name(),
				String.valueOf(form.lastYear()));
	}

	/**
	 * The charted ratio by year, where the children are grassroots unions (a ratio per CĐCS would be 0 or 100); a year
	 * without it is labelled by its year alone; none when no year has it (a sector whose units the ratio does not
	 * concern: the share of enterprises among schools).
	 */
	static Optional<JFreeChart> ratioByYear(Form form, UnitFigures f, Messages m) {
		var ratio = form.figure(form.report().ratioChart()).orElseThrow();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		boolean any = false;
		for (int year : form.years()) {
			BigDecimal value = f.get(ratio.code(), String.valueOf(year));
			any |= value != null;
			data.addValue(value, ratio.name(), value == null ? String.valueOf(year)
					: m.get("report.chart.valueLabel", String.valueOf(year), VietnameseFormat.percent(value)));
		}
		if (!any) {
			return Optional.empty();
		}
		return Optional.of(percentAxis(style(ChartFactory.createBarChart(ratioByYearTitle(form, m), null, "%", data,
				PlotOrientation.VERTICAL, false, false, false), m.locale(), "#,##0.0")));
	}

	static String ratioByYearTitle(Form form, Messages m) {
		return m.get("report.chart.ratioByYear", form.figure(form.report().ratioChart()).orElseThrow().name(),
				form.periodText());
	}

	/** A share is read against the whole: the axis runs 0–100 %, ticks every 20, so 33 % looks like a third. */
	private static JFreeChart percentAxis(JFreeChart chart) {
		NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
		axis.setRange(0, 100);
		axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
		axis.setNumberFormatOverride(VietnameseFormat.format("#,##0"));
		// A unit's name with its value is long: up to two fifths of the width, on up to two lines, not cut off.
		chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
		chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
		// The value is in the bar's label ("huyện Bến Cầu (100,0%)"): one drawn at the bar's end would be cut off at
		// 100 %, the axis's end.
		chart.getCategoryPlot().getRenderer().setDefaultItemLabelsVisible(false);
		return chart;
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
