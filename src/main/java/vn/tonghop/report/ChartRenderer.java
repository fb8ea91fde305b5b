package vn.tonghop.report;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderToImageAwareRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a JFreeChart straight onto the exporter's Graphics2D, so the chart is vector graphics in the PDF (the
 * JasperReports charts module is not on Maven Central for 7.0.x).
 */
final class ChartRenderer extends AbstractRenderToImageAwareRenderer implements Graphics2DRenderable {

	private static final long serialVersionUID = 1L;

	private final transient JFreeChart chart;

	ChartRenderer(JFreeChart chart) {
		this.chart = chart;
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) throws JRException {
		chart.draw(graphics, area);
	}
}
