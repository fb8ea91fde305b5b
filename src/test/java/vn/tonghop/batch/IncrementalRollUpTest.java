package vn.tonghop.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;
import vn.tonghop.consolidation.ConsolidationService;
import vn.tonghop.consolidation.RollUp;
import vn.tonghop.intake.Figures;
import vn.tonghop.consolidation.Total;
import vn.tonghop.consolidation.TotalsRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.workbook.TemplateWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.batch.ConsolidationFixture.unitA;
import static vn.tonghop.batch.ConsolidationFixture.unitB;
import static vn.tonghop.batch.ConsolidationFixture.unitC;
import static vn.tonghop.batch.ConsolidationFixture.unitE;

/**
 * A run after an earlier one starts from the sums that run kept, takes back the submissions replaced since and adds
 * those received since. Its totals must be exactly those of a roll-up from scratch.
 */
@TonghopSpringTest
class IncrementalRollUpTest {

	private static final Instant T0 = Instant.parse("2020-11-01T08:00:00Z");

	@Autowired
	TotalsRepository totals;

	@Autowired
	RunService runs;

	@Autowired
	ConsolidationService consolidation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgRegistry registry;

	@Autowired
	TemplateWriter templates;

	@Autowired
	DataDirectory dataDirectory;

	@Autowired
	vn.tonghop.intake.Submissions submissions;

	@Autowired
	vn.tonghop.form.Form form;

	@TempDir
	Path inbox;

	ConsolidationFixture fixture;

	@BeforeEach
	void reset() throws IOException {
		fixture = new ConsolidationFixture(jdbc, registry, templates, dataDirectory);
		fixture.reset();
	}

	private long runOnce() throws Exception {
		List<RunSummary> summaries = runs.run(inbox);
		assertThat(summaries).hasSize(1);
		assertThat(summaries.get(0).completed()).isTrue();
		return summaries.get(0).runId();
	}

	@Test
	void aRunStartsFromTheSumsTheRunBeforeKept() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		runOnce();
		// Tampered kept sums show through: the next run started from them instead of adding everything again.
		tamperWithKeptSums();
		fixture.write(inbox, "H1/b.xlsx", "H1-B", unitB(), T0.plusSeconds(60));
		long second = runOnce();
		// B is founded in 2019, so 2018 is A's 30 plus the tampering.
		assertThat(fixture.totals(second, "H1").get("LD01|2018")).isEqualByComparingTo("1030");
	}

	@Test
	void replacedAddedAndUntouchedSubmissionsGiveTheTotalsOfARollUpFromScratch() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		fixture.write(inbox, "H1/c.xlsx", "H1-C", unitC(), T0.plusSeconds(1));
		Map<String, Object[]> firstE = unitE();
		firstE.put("LD01", new Object[] { 2000, 2000, 2000 });
		firstE.put("DD07", new Object[] { 2000, 2000, 2000 });
		fixture.write(inbox, "H2/e-lan-1.xlsx", "H2-E", firstE, T0.plusSeconds(2));
		long first = runOnce();
		assertThat(fixture.totals(first, "H2").get("LD01|2018")).isEqualByComparingTo("2000");

		// E replaced (2000 → 1100 in 2018), B new, A and C untouched.
		fixture.write(inbox, "H2/e-lan-2.xlsx", "H2-E", unitE(), T0.plusSeconds(60));
		fixture.write(inbox, "H1/b.xlsx", "H1-B", unitB(), T0.plusSeconds(61));
		long second = runOnce();
		// By hand: H2 holds only E, whose second file has 1100 in 2018; H1 in 2019 is A's 32 + B's 100; the
		// province in 2018 is A's 30 + C's 10 + E's 1100; in 2020 A, B and E report (C was dissolved in 2019).
		assertThat(fixture.totals(second, "H2").get("LD01|2018")).isEqualByComparingTo("1100");
		assertThat(fixture.totals(second, "H1").get("LD01|2019")).isEqualByComparingTo("132");
		assertThat(fixture.totals(second, "P").get("LD01|2018")).isEqualByComparingTo("1140");
		assertThat(fixture.totals(second, "P").get("SUBMITTED|2020")).isEqualByComparingTo("3");
		assertThat(stored(second)).isEqualTo(fromScratch());
	}

	@Test
	void moreThanHalfTheCdcsReceivedSinceRollsUpFromScratch() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		runOnce();
		tamperWithKeptSums();
		// Three of the registry's five CĐCS received since: adding every current submission is the cheaper way,
		// so the tampered kept sums must not show.
		fixture.write(inbox, "H1/b.xlsx", "H1-B", unitB(), T0.plusSeconds(60));
		fixture.write(inbox, "H1/c.xlsx", "H1-C", unitC(), T0.plusSeconds(61));
		fixture.write(inbox, "H2/e.xlsx", "H2-E", unitE(), T0.plusSeconds(62));
		long second = runOnce();
		// By hand: H1 in 2018 is A's 30 + C's 10 (B founded in 2019); 1040 would be the tampered sums.
		assertThat(fixture.totals(second, "H1").get("LD01|2018")).isEqualByComparingTo("40");
		assertThat(stored(second)).isEqualTo(fromScratch());
	}

	@Test
	void aChangedRegistryRollsUpFromScratch() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		runOnce();
		tamperWithKeptSums();
		// A new CĐCS in the registry: the kept sums no longer hold, whatever they say.
		registry.importCsv(new ByteArrayInputStream(
				"code,name,type,parent_code,sector,valid_from,valid_to\nH1-N,CĐCS mới,CDCS,H1,HCSN,2020-01-01,\n"
					.getBytes(StandardCharsets.UTF_8)));
		long second = runOnce();
		assertThat(fixture.totals(second, "H1").get("LD01|2018")).isEqualByComparingTo("30");
		assertThat(stored(second)).isEqualTo(fromScratch());
	}

	/** Adds 1000 to H1's kept LD01 of 2018 (A's 30). */
	private void tamperWithKeptSums() {
		String sums = jdbc.sql("SELECT sums FROM rollup_sums WHERE unit_code = 'H1' AND year_no = 2018")
			.query(String.class)
			.single();
		assertThat(sums).contains("LD01=30\n");
		jdbc.sql("UPDATE rollup_sums SET sums = ? WHERE unit_code = 'H1' AND year_no = 2018")
			.param(sums.replace("LD01=30\n", "LD01=1030\n"))
			.update();
	}

	/** The run's stored totals, values with their trailing zeros dropped so that 5.750 equals 5.75. */
	private Map<String, BigDecimal> stored(long runId) {
		Map<String, BigDecimal> stored = new TreeMap<>();
		totals.forEachUnit(runId, rows -> rows.forEach(t -> stored
			.put(t.unitCode() + "|" + t.indicator() + "|" + t.period(), t.value().stripTrailingZeros())));
		return stored;
	}

	private Map<String, BigDecimal> fromScratch() {
		List<Total> rows = new ArrayList<>();
		// Every total as a roll-up from scratch gives it, the reference the incremental roll-up must equal.
		RollUp rollUp = new RollUp(form, registry.tree(), "CDCS");
		try (var current = submissions.currentSubmissions(vn.tonghop.rounds.TestRounds.FIRST)) {
			current.forEach(c -> rollUp.add(c.unitCode(), Figures.decode(c.figures(), form)));
		}
		rollUp.finish(rows::add);
		Map<String, BigDecimal> totals = new TreeMap<>();
		rows.forEach(t -> totals.put(t.unitCode() + "|" + t.indicator() + "|" + t.period(), t.value().stripTrailingZeros()));
		return totals;
	}
}
