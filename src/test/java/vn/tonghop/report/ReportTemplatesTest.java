package vn.tonghop.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every JRXML template of reports/ compiles (in-process, with the JDT compiler the jar ships). */
class ReportTemplatesTest {

	static final java.util.List<String> NAMES = ReportTemplates.NAMES;

	@ParameterizedTest
	@FieldSource("NAMES")
	void compiles(String name) {
		assertThat(new ReportTemplates().get(name).getName()).isEqualTo(name);
	}
}
