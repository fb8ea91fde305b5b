package vn.tonghop.form;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

	/** The fault is named by its line in VALID (counted by hand), its entry and its message key. */
	private static void refused(String yaml, int line, String field, String key, String... args) {
		assertThatThrownBy(() -> load(yaml)).isInstanceOf(FormDefinitionException.class)
			.hasMessageContaining("test.yaml")
			.satisfies(ex -> assertThat(((FormDefinitionException) ex).faults())
				.contains(new FormFault(line, field, key, List.of(args))));
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
	void refusesADuplicateCodeAtTheSecondOfTheTwo() {
		refused(VALID.replace("code: LD01N,", "code: LD01,"), 15, "sections.I.indicators.1", "form.fault.duplicate",
				"LD01");
	}

	/** What the tables keep: a title over 500 characters, a code over 64, refused at their lines, not by the database. */
	@Test
	void refusesATitleOrACodeLongerThanKept() {
		String title = "Báo cáo số liệu rất dài ".repeat(25).strip();
		refused(VALID.replace("title: Test\n", "title: " + title + "\n"), 3, "title", "form.fault.tooLong", "title",
				String.valueOf(title.length()), "500");
		String code = "LD01" + "N".repeat(61);
		refused(VALID.replace("code: LD01N,", "code: " + code + ","), 15, "sections.I.indicators.1", "form.fault.code",
				code);
	}

	@Test
	void refusesARuleNamingAnUnknownIndicator() {
		refused(VALID.replace("\"LD01N <= LD01\"", "\"LD01X <= LD01\""), 24, "rules.E5-LD01N.check",
				"form.fault.ruleIndicator", "E5-LD01N", "LD01X");
	}

	@Test
	void refusesARuleThatDoesNotParse() {
		assertThatThrownBy(() -> load(VALID.replace("\"LD01N <= LD01\"", "\"LD01N <= (LD01\"")))
			.satisfies(ex -> assertThat(((FormDefinitionException) ex).faults()).singleElement()
				.satisfies(f -> assertThat(f.line()).isEqualTo(24))
				.satisfies(f -> assertThat(f.key()).isEqualTo("form.fault.ruleParse")));
	}

	@Test
	void refusesARatioWithoutItsParts() {
		refused(VALID.replace("denominator: TC01", "denominator: TC99"), 22, "derived.TY.ratio.denominator",
				"form.fault.unknownCode", "TC99");
	}

	@Test
	void refusesACountOfAnUnknownChoice() {
		refused(VALID.replace("sum: [XL.A]", "sum: [XL.Z]"), 21, "derived.XL_A.sum", "form.fault.unknownCode", "XL.Z");
	}

	@Test
	void refusesAnUnknownChoiceList() {
		refused(VALID.replace("choices: XL,", "choices: XEPLOAI,"), 18, "sections.I.indicators.XL.choices",
				"form.fault.unknownChoiceList", "XL", "XEPLOAI");
	}

	@Test
	void refusesAnAverageWithoutWeight() {
		refused(VALID.replace(", weight: LD01", ""), 16, "sections.I.indicators.LD05.weight", "form.fault.weight",
				"LD05");
	}

	@Test
	void refusesAnUnknownSector() {
		refused(VALID.replace("requiredSectors: [FDI]", "requiredSectors: [XYZ]"), 17,
				"sections.I.indicators.DD02.requiredSectors", "form.fault.unknownSector", "XYZ");
	}

	@Test
	void refusesADerivedFigureWithTwoWaysOfComputing() {
		refused(VALID.replace("registry: ACTIVE }", "registry: ACTIVE, sum: [LD01] }"), 20, "derived.TC01",
				"form.fault.derivedMethod", "TC01");
	}

	@Test
	void refusesAReportSectionNamingWhatTheFormDoesNotHave() {
		refused(VALID.replace("{ code: LD05, label: Thu nhập }", "{ code: LD09, label: Thu nhập }"), 30,
				"report.childColumns.LD09", "form.fault.unknownCode", "LD09");
		refused(VALID.replace("ratioChart: TY", "ratioChart: TZ"), 34, "report.ratioChart", "form.fault.unknownCode",
				"TZ");
		refused(VALID.replace("    - { code: LD05, label: Thu nhập }\n", ""), 26, "report.childColumns",
				"form.fault.childColumns", "6", "5");
	}

	@Test
	void refusesAnUnknownRuleFamily() {
		refused(VALID.replace("code: E5, check", "code: E9, check"), 24, "rules.E5-LD01N.code", "form.fault.ruleCode",
				"E5-LD01N", "E5, E6, E7, W3, W5, W6");
	}

	@Test
	void namesEveryFaultOfTheFileNotOnlyTheFirst() {
		String twoFaults = VALID.replace("denominator: TC01", "denominator: TC99").replace("ratioChart: TY",
				"ratioChart: TZ");
		assertThatThrownBy(() -> load(twoFaults))
			.satisfies(ex -> assertThat(((FormDefinitionException) ex).faults()).extracting(FormFault::line)
				.containsExactly(22, 34));
	}

	@Test
	void refusesAMisspelledKeyAtItsLine() {
		refused(VALID.replace("termYears: 5", "termYear: 5"), 6, "termYear", "form.fault.unknownField", "termYear");
	}

	@Test
	void refusesAnUnknownValueTypeAtItsLine() {
		refused(VALID.replace("type: money", "type: currency"), 16, "sections.0.indicators.2.type",
				"form.fault.badValue", "currency");
	}

	@Test
	void everyFaultHasItsWordsInBothLanguages() throws Exception {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			java.util.Properties words = new java.util.Properties();
			try (var in = getClass().getResourceAsStream("/" + bundle)) {
				words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			try (var sources = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/vn/tonghop/form"))) {
				sources.map(p -> {
					try {
						return java.nio.file.Files.readString(p);
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				})
					.flatMap(text -> java.util.regex.Pattern.compile("\"(form\\.fault\\.[a-zA-Z.]+)\"")
						.matcher(text)
						.results()
						.map(m -> m.group(1)))
					.forEach(key -> assertThat(words).as(bundle).containsKey(key));
			}
		}
	}
}
