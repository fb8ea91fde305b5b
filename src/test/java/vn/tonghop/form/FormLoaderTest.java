package vn.tonghop.form;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The definition loader accepts the real form and refuses each kind of broken definition, naming the fault. */
class FormLoaderTest {

	private static final String VALID = """
			id: T
			version: "1"
			title: Test
			shortTitle: T
			years: [2018, 2019, 2020]
			termYears: 5
			moneyWarningThreshold: 100000
			sectors: [{ code: HCSN, name: Hành chính }, { code: FDI, name: FDI, enterprise: true }]
			choiceLists: { XL: [A, B] }
			sections:
			  - code: I
			    title: Một
			    indicators:
			      - { code: LD01, name: Lao động, unit: người, type: int, class: S, required: true }
			      - { code: LD01N, name: Nữ, unit: người, type: int, class: S }
			      - { code: LD05, name: Thu nhập, unit: triệu đồng, type: money, class: R, weight: LD01 }
			      - { code: DD02, name: Thỏa ước, type: bool, class: S, requiredSectors: [FDI] }
			      - { code: XL, name: Xếp loại, type: choice, choices: XL, class: A }
			derived:
			  - { code: TC01, name: Số CĐCS, class: S, registry: ACTIVE }
			  - { code: XL_A, name: Loại A, class: A, sum: [XL.A] }
			  - { code: TY, name: Tỷ lệ, class: R, ratio: { numerator: XL_A, denominator: TC01 } }
			rules:
			  - { id: E5-LD01N, code: E5, check: "LD01N <= LD01" }
			report:
			  childColumns:
			    - { code: TC01, label: Số CĐCS }
			    - { code: LD01, label: Lao động }
			    - { code: LD01N, label: Nữ }
			    - { code: LD05, label: Thu nhập }
			    - { code: TY, label: Tỷ lệ, grassroots: DD02 }
			    - { code: XL_A, label: Loại A, grassroots: XL }
			  membersChart: { total: LD01, part: LD01N }
			  ratioChart: TY
			""";

	private static Form load(String yaml) {
		return new FormLoader().load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml"));
	}

	private static void refused(String yaml, String... faults) {
		assertThatThrownBy(() -> load(yaml)).isInstanceOf(FormDefinitionException.class)
			.hasMessageContaining("test.yaml")
			.satisfies(ex -> assertThat(((FormDefinitionException) ex).faults()).anySatisfy(
					f -> assertThat(f).contains(faults)));
	}

	@Test
	void theRealFormLoadsWithEveryIndicatorOfTheDomain() {
		Form form = TestForms.bieu01();
		assertThat(form.id()).isEqualTo("BIEU01-CDCS");
		assertThat(form.years()).containsExactly(2018, 2019, 2020);
		// DOMAIN.md §2 lists 6+5+10+7+2+2+4+3+4+7+3 = 53 indicators in 11 sections; §3 gives 13 E5, 2 E6,
		// 1 E7, one W3, one W5 and 3 W6 rules = 21 (W1, W2 and W4 are checks of the reader and the validator).
		assertThat(form.sections()).hasSize(11);
		assertThat(form.indicators()).hasSize(53);
		assertThat(form.rules()).hasSize(21);
		assertThat(form.enterpriseSectors()).containsExactlyInAnyOrder("DNNN", "NNN", "FDI");
		assertThat(form.indicator("DD02").orElseThrow().isRequiredFor("FDI")).isTrue();
		assertThat(form.indicator("DD02").orElseThrow().isRequiredFor("HCSN")).isFalse();
	}

	@Test
	void aValidMinimalDefinitionLoads() {
		Form form = load(VALID);
		assertThat(form.indicators()).extracting(Indicator::code).containsExactly("LD01", "LD01N", "LD05", "DD02", "XL");
		assertThat(form.rules().get(0).codes()).containsExactly("LD01N", "LD01");
		assertThat(form.rules().get(0).cell()).isEqualTo("LD01N");
	}

	@Test
	void refusesADuplicateCode() {
		refused(VALID.replace("code: LD01N,", "code: LD01,"), "sections.I.LD01", "duplicate code LD01");
	}

	@Test
	void refusesARuleNamingAnUnknownIndicator() {
		refused(VALID.replace("\"LD01N <= LD01\"", "\"LD01X <= LD01\""), "rules.E5-LD01N", "unknown indicator LD01X");
	}

	@Test
	void refusesARuleThatDoesNotParse() {
		refused(VALID.replace("\"LD01N <= LD01\"", "\"LD01N <= (LD01\""), "rules.E5-LD01N", "does not parse");
	}

	@Test
	void refusesARatioWithoutItsParts() {
		refused(VALID.replace("denominator: TC01", "denominator: TC99"), "derived.TY.ratio.denominator",
				"unknown code TC99");
	}

	@Test
	void refusesACountOfAnUnknownChoice() {
		refused(VALID.replace("sum: [XL.A]", "sum: [XL.Z]"), "derived.XL_A.sum", "unknown code XL.Z");
	}

	@Test
	void refusesAnUnknownChoiceList() {
		refused(VALID.replace("choices: XL,", "choices: XEPLOAI,"), "sections.I.XL", "unknown choice list XEPLOAI");
	}

	@Test
	void refusesAnAverageWithoutWeight() {
		refused(VALID.replace(", weight: LD01", ""), "sections.I.LD05", "class R indicator needs a weight");
	}

	@Test
	void refusesAnUnknownSector() {
		refused(VALID.replace("requiredSectors: [FDI]", "requiredSectors: [XYZ]"), "sections.I.DD02",
				"unknown sector XYZ");
	}

	@Test
	void refusesADerivedFigureWithTwoWaysOfComputing() {
		refused(VALID.replace("registry: ACTIVE }", "registry: ACTIVE, sum: [LD01] }"), "derived.TC01",
				"exactly one of");
	}

	@Test
	void refusesAReportSectionNamingWhatTheFormDoesNotHave() {
		refused(VALID.replace("{ code: LD05, label: Thu nhập }", "{ code: LD09, label: Thu nhập }"),
				"report.childColumns: unknown indicator code LD09");
		refused(VALID.replace("ratioChart: TY", "ratioChart: TZ"), "report.ratioChart: unknown indicator code TZ");
		refused(VALID.replace("    - { code: LD05, label: Thu nhập }\n", ""), "report.childColumns: 6 columns are needed");
	}

	@Test
	void refusesAnUnknownRuleFamily() {
		refused(VALID.replace("code: E5, check", "code: E9, check"), "rules.E5-LD01N", "code must be one of");
	}

	@Test
	void refusesAMisspelledKey() {
		assertThatThrownBy(() -> load(VALID.replace("termYears: 5", "termYear: 5")))
			.isInstanceOf(FormDefinitionException.class)
			.hasMessageContaining("test.yaml")
			.hasMessageContaining("Unrecognized property \"termYear\"");
	}

	@Test
	void refusesAnUnknownValueType() {
		assertThatThrownBy(() -> load(VALID.replace("type: money", "type: currency")))
			.isInstanceOf(FormDefinitionException.class)
			.hasMessageContaining("currency");
	}
}
