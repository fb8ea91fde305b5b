package vn.tonghop.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the report header and signature say, per unit ({@code tonghop.reports.units.<CODE>.*}); anything not set
 * falls back to the registry (issuer = the unit, upper union = its parent) and to the defaults of the messages.
 *
 * @param date the date printed on the reports; today when not set
 */
@ConfigurationProperties("tonghop.reports")
public record ReportSettings(LocalDate date, String term, Map<String, UnitReport> units) {

	public ReportSettings {
		units = units == null ? Map.of() : Map.copyOf(units);
	}

	/**
	 * @param congress e.g. "Đại hội IX Công đoàn huyện Dương Minh Châu"
	 * @param documentNumber the number before "/BC-LĐLĐ", e.g. "12"
	 */
	public record UnitReport(String issuer, String upper, String documentNumber, String documentSuffix, String place,
			String congress, String signOnBehalf, String signerTitle, String signerName, List<String> recipients) {
	}

	UnitReport of(String unitCode) {
		return units.getOrDefault(unitCode, new UnitReport(null, null, null, null, null, null, null, null, null, null));
	}
}
