package vn.tonghop.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * What an installation sets for every report ({@code tonghop.reports.*}); what is set per unit (number, date, signer…)
 * is kept with the unit's report (module reporttext).
 *
 * @param symbols the document symbol after the number, by unit type of the registry ("HUYEN: BC-LĐLĐ",
 * "NGANH: BC-CĐN"); a type not listed takes the message {@code report.documentSymbol}
 */
@ConfigurationProperties("tonghop.reports")
public record ReportSettings(Map<String, String> symbols) {

	public ReportSettings {
		symbols = symbols == null ? Map.of() : Map.copyOf(symbols);
	}
}
