package vn.tonghop.report;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JRXML templates of reports/, compiled once per process on first use and cached. */
@Component
public class ReportTemplates {

	static final List<String> NAMES = List.of("midterm-report", "summary-table", "summary-table-1", "summary-table-1c", "summary-table-3c", "targets-table", "children-table",
			"annex-table");

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	public JasperReport get(String name) {
		return compiled.computeIfAbsent(name, ReportTemplates::compile);
	}

	private static JasperReport compile(String name) {
		try (InputStream in = new ClassPathResource("reports/" + name + ".jrxml").getInputStream()) {
			return JasperCompileManager.compileReport(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Report template reports/" + name + ".jrxml is missing", ex);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Report template reports/" + name + ".jrxml does not compile", ex);
		}
	}
}
