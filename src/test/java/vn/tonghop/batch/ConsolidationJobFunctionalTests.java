package vn.tonghop.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;
import vn.tonghop.consolidation.Completeness;
import vn.tonghop.consolidation.TotalsRepository;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.sampledata.FilledForm;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.workbook.TemplateWriter;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tonghop.batch.ConsolidationFixture.unitA;
import static vn.tonghop.batch.ConsolidationFixture.unitB;
import static vn.tonghop.batch.ConsolidationFixture.unitC;
import static vn.tonghop.batch.ConsolidationFixture.unitE;

/**
 * The consolidation job on a tree small enough to add up by hand. Every expected figure below was worked out on paper
 * from the fixture's figures (ConsolidationFixture), and the sums are written out next to it.
 */
@TonghopSpringTest
class ConsolidationJobFunctionalTests {

	private static final Instant T0 = Instant.parse("2020-11-01T08:00:00Z");

	@Autowired
	RunService runs;

	@Autowired
	vn.tonghop.rounds.Rounds rounds;

	@Autowired
	Completeness completeness;

	@Autowired
	TotalsRepository totals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgRegistry registry;

	@Autowired
	TemplateWriter templates;

	@Autowired
	DataDirectory dataDirectory;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job consolidationJob;

	@Autowired
	vn.tonghop.runs.Runs runRepository;

	@Autowired
	FileTaker fileProcessor;

	@TempDir
	Path inbox;

	ConsolidationFixture fixture;

	@BeforeEach
	void reset() throws IOException {
		fixture = new ConsolidationFixture(jdbc, registry, templates, dataDirectory);
		fixture.reset();
	}

	private static void assertFigures(Map<String, BigDecimal> actual, Object... keyAndValue) {
		for (int i = 0; i < keyAndValue.length; i += 2) {
			String key = (String) keyAndValue[i];
			Object expected = keyAndValue[i + 1];
			if (expected == null) {
				assertThat(actual).as(key).doesNotContainKey(key);
			}
			else {
				assertThat(actual.get(key)).as(key).isNotNull().isEqualByComparingTo(new BigDecimal(expected.toString()));
			}
		}
	}

	private RunSummary runOnce() throws Exception {
		List<RunSummary> summaries = runs.run(inbox);
		assertThat(summaries).hasSize(1);
		return summaries.get(0);
	}

	/** A, B, C and E (its first file, then its second in a later position) in one run. */
	private RunSummary runWithAllUnits() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		fixture.write(inbox, "H1/b.xlsx", "H1-B", unitB(), T0.plusSeconds(1));
		fixture.write(inbox, "H1/c.xlsx", "H1-C", unitC(), T0.plusSeconds(2));
		Map<String, Object[]> first = unitE();
		first.put("LD01", new Object[] { 2000, 2000, 2000 });
		first.put("DD07", new Object[] { 2000, 2000, 2000 });
		fixture.write(inbox, "H2/e-lan-1.xlsx", "H2-E", first, T0.plusSeconds(3));
		fixture.write(inbox, "H2/e-lan-2.xlsx", "H2-E", unitE(), T0.plusSeconds(4));
		return runOnce();
	}

	@Test
	void aDistrictAddsUpByAggregationClass() throws Exception {
		RunSummary run = runWithAllUnits();

		assertThat(run.completed()).isTrue();
		assertThat(run.accepted()).isEqualTo(5);
		assertThat(run.rejected()).isZero();
		Map<String, BigDecimal> h1 = fixture.totals(run.runId(), "H1");
		// 2018: A and C stand (C is dissolved on 30/06/2019); B is founded in 2019; D was dissolved in 2017.
		assertFigures(h1, "LD01|2018", 40 /* 30 + 10 */, "TC06|2018", 33 /* 25 + 8 */, "TC07|2018", 3,
				"TCH00|2018", 12, "TCH07|2018", 14, "TD03|2018", 13);
		// 2019: A and B.
		assertFigures(h1, "LD01|2019", 132 /* 32 + 100 */, "TC06|2019", 106, "TC07|2019", 83 /* 3 + 80 */,
				"TC08|2019", 1, "TCH01|2019", 36, "DD07|2019", 100);
		// 2020: A and B.
		assertFigures(h1, "LD01|2020", 154 /* 34 + 120 */, "TC06|2020", 117, "TC07|2020", 19, "TCH07|2020", 53);
		// S: the period value is that of 2020; S0: that of 2018; F: the sum of the three years; A: none.
		assertFigures(h1, "LD01|2018-2020", 154, "TC06|2018-2020", 117, "TCH07|2018-2020", 53,
				"TCH00|2018-2020", 12, "TC07|2018-2020", 105 /* 3 + 83 + 19 */, "TC08|2018-2020", 10 /* 3 + 1 + 6 */,
				"TCH01|2018-2020", 89 /* 6 + 36 + 47 */, "TD03|2018-2020", null, "DD08|2018-2020", null);
	}

	@Test
	void averagesAndRatiosAreRecomputedNeverSummed() throws Exception {
		RunSummary run = runWithAllUnits();
		Map<String, BigDecimal> h1 = fixture.totals(run.runId(), "H1");
		// LD05 weighted by LD01: 2018 (6.0×30 + 5.0×10) / 40 = 230/40; 2019 (6.5×32 + 8.0×100) / 132 = 1008/132;
		// 2020 (7.0×34 + 9.0×120) / 154 = 1318/154; the period (230 + 1008 + 1318) / (40 + 132 + 154) = 2556/326.
		assertFigures(h1, "LD05|2018", "5.750", "LD05|2019", "7.636", "LD05|2020", "8.558", "LD05|2018-2020", "7.840");
		// TC09 = TC06 / LD01 in percent: 33/40, 106/132, 117/154; the period from the period values, 117/154.
		assertFigures(h1, "TC09|2018", "82.50", "TC09|2019", "80.30", "TC09|2020", "75.97", "TC09|2018-2020", "75.97");
		// TC10 = TC06N / TC06: 22/33, 59/106, 65/117.
		assertFigures(h1, "TC10|2018", "66.67", "TC10|2019", "55.66", "TC10|2020", "55.56");
		// DD04 = enterprises with an agreement / enterprises: 2018 none stands (no value), 2019 and 2020 B: 1/1.
		assertFigures(h1, "DD04|2018", null, "DD04|2019", "100.00", "DD04|2020", "100.00", "DD04|2018-2020", "100.00");
		Map<String, BigDecimal> p = fixture.totals(run.runId(), "P");
		// The province: (230 + 1100×10.0) / (40 + 1100) = 11230/1140; period 40456/3926.
		assertFigures(p, "LD05|2018", "9.851", "LD05|2018-2020", "10.305", "TC09|2020", "83.70" /* 1217/1454 */);
	}

	@Test
	void yesNoAndChoicesBecomeCountsAndRatingsTheirRatio() throws Exception {
		RunSummary run = runWithAllUnits();
		Map<String, BigDecimal> h1 = fixture.totals(run.runId(), "H1");
		// DD08 (class A): 2018 A Có, C Không → 1; 2019 A Không, B Có → 1; 2020 both Có → 2. No period value.
		assertFigures(h1, "DD08|2018", 1, "DD08|2019", 1, "DD08|2020", 2);
		// DD02 (class S): only B has an agreement; period = 2020.
		assertFigures(h1, "DD02|2018", 0, "DD02|2019", 1, "DD02|2018-2020", 1);
		// DD05 (choice, S): B rated B in 2019 and A in 2020.
		assertFigures(h1, "DD05.B|2019", 1, "DD05.A|2019", 0, "DD05.A|2020", 1, "DD05.A|2018-2020", 1,
				"DD05.B|2018-2020", 0);
		// XL: 2018 A HTXS, C KHT → rated 2, good or better 1 → 50 %; 2019 A HTT, B new (Chưa xếp loại) → rated 1,
		// good 1 → 100 %; 2020 A HT, B HTXS → 2 rated, 1 good → 50 %.
		assertFigures(h1, "XL.HTXS|2018", 1, "XL.KHT|2018", 1, "XL01|2018", 2, "XL07|2018", "50.00",
				"XL.Chưa xếp loại|2019", 1, "XL01|2019", 1, "XL07|2019", "100.00", "XL01|2020", 2, "XL07|2020", "50.00",
				"XL07|2018-2020", null);
	}

	@Test
	void registryFiguresFollowTheTreeAsItStoodEachYear() throws Exception {
		RunSummary run = runWithAllUnits();
		Map<String, BigDecimal> h1 = fixture.totals(run.runId(), "H1");
		// TC01: CĐCS standing at the year's end: 2018 A, C; 2019 A, B; 2020 A, B. TC02 founded: B in 2019.
		// TC03 dissolved: C in 2019 (D in 2017 is outside the period). DD01 enterprises: B from 2019 (D is gone).
		assertFigures(h1, "TC01|2018", 2, "TC01|2019", 2, "TC01|2020", 2, "TC01_HCSN|2018", 1, "TC01_KHAC|2018", 1,
				"TC01_KHAC|2019", 0, "TC01_NNN|2019", 1, "TC02|2018", 0, "TC02|2019", 1, "TC02|2018-2020", 1,
				"TC03|2019", 1, "TC03|2020", 0, "TC03|2018-2020", 1, "DD01|2018", 0, "DD01|2019", 1, "DD01|2018-2020", 1);
		Map<String, BigDecimal> p = fixture.totals(run.runId(), "P");
		assertFigures(p, "TC01|2018", 3, "TC01_FDI|2020", 1, "DD01|2020", 2 /* B and E */, "DD04|2020", "100.00");
	}

	@Test
	void completenessCountsExpectedAndReportedUnitsPerYear() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		fixture.write(inbox, "H2/e.xlsx", "H2-E", unitE(), T0.plusSeconds(1));
		RunSummary run = runOnce();
		// H1 expects A and C in 2018, A and B in 2019 and 2020; only A reported.
		assertFigures(fixture.totals(run.runId(), "H1"), "EXPECTED|2018", 2, "SUBMITTED|2018", 1,
				"EXPECTED|2019", 2, "SUBMITTED|2019", 1, "EXPECTED|2020", 2, "SUBMITTED|2020", 1,
				"EXPECTED|2018-2020", null);
		assertFigures(fixture.totals(run.runId(), "P"), "EXPECTED|2020", 3, "SUBMITTED|2020", 2);
		// What no unit reported shows as 0 above the CĐCS, not as a missing row.
		assertFigures(fixture.totals(run.runId(), "H1"), "LD01|2019", 32, "DD12|2019", 0);
		RunSummary.Completeness h1 = run.completeness()
			.stream()
			.filter(c -> c.unitCode().equals("H1"))
			.findFirst()
			.orElseThrow();
		assertThat(h1.reportedOfExpected().get(2020)).containsExactly(1, 2);
		// The web page's table, by child: P's districts from their totals, H1's CĐCS each counting itself.
		Scope all = Scope.wholeTree(registry.tree());
		assertThat(completeness.ofChildren(all, "P", vn.tonghop.rounds.TestRounds.FIRST, run.runId(), 2020)).extracting(c -> c.unit().code(),
				Completeness.Row::reported, Completeness.Row::expected)
			.containsExactly(tuple("H1", 1L, 2L), tuple("H2", 1L, 1L));
		// 2020: A and B stand (C dissolved 2019, D 2017); 2018: A and C (B founded 2019).
		assertThat(completeness.ofChildren(all, "H1", vn.tonghop.rounds.TestRounds.FIRST, run.runId(), 2020)).extracting(c -> c.unit().code(),
				Completeness.Row::reported, Completeness.Row::expected)
			.containsExactly(tuple("H1-A", 1L, 1L), tuple("H1-B", 0L, 1L));
		assertThat(completeness.ofChildren(all, "H1", vn.tonghop.rounds.TestRounds.FIRST, run.runId(), 2018)).extracting(c -> c.unit().code(),
				Completeness.Row::reported, Completeness.Row::expected)
			.containsExactly(tuple("H1-A", 1L, 1L), tuple("H1-C", 0L, 1L));
	}

	@Test
	void aDissolvedUnitWithFiguresAfterItsDissolutionIsReturned() throws Exception {
		// C was dissolved on 30/06/2019: it stands in 2018 only, so 2020 figures cannot be its own.
		Map<String, Object[]> late = unitC();
		late.put("LD01", new Object[] { 10, null, 12 });
		fixture.write(inbox, "H1/c-2020.xlsx", "H1-C", late, T0);
		RunSummary run = runOnce();
		assertThat(run.rejected()).isEqualTo(1);
		assertThat(Files.readString(dataDirectory.outputs().resolve("latest/findings.csv")))
			.contains("H1/c-2020.xlsx,H1-C,REJECTED,Lỗi,E2,")
			.contains("Có số liệu năm 2020 nhưng đơn vị đã chấm dứt hoạt động ngày 30/06/2019.");
	}

	@Test
	void aFileStillBeingCopiedIsLeftForTheNextRun() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		Path file = inbox.resolve("H1/a.xlsx");
		// The run listed the file at a smaller size: it has grown since, so it is still being written.
		vn.tonghop.intake.InboxFile listed = new vn.tonghop.intake.InboxFile(0, "H1/a.xlsx", Files.size(file) - 100,
				Files.getLastModifiedTime(file).toInstant());
		vn.tonghop.intake.FileOutcome outcome = fileProcessor.process(inbox, listed, registry.tree(), new RunRounds.Intake(rounds.first(), java.util.List.of(rounds.first().form()), true, unit -> false), fileProcessor.knownContents());
		assertThat(outcome.outcome()).isEqualTo(vn.tonghop.intake.Outcome.DEFERRED);
		assertThat(outcome.deferral()).isEqualTo(vn.tonghop.intake.Deferral.CHANGING);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM received_file").query(Long.class).single()).isZero();
		assertThat(dataDirectory.archive()).isEmptyDirectory();
		// Once it stands still, the next run takes it whole.
		assertThat(runOnce().accepted()).isEqualTo(1);
	}

	/**
	 * A link in a unit's folder is not followed: the unit would count, and its staff download from the archive,
	 * whatever it points to (here a form of another unit's lying outside the inbox, which a run that followed links
	 * accepted and counted for H1). It is left for the next run as a link, for staff to see; no content is received.
	 */
	@Test
	void aLinkInAUnitsFolderIsNotFollowed(@TempDir Path elsewhere) throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		fixture.write(elsewhere, "b.xlsx", "H1-B", unitB(), T0);
		Files.createSymbolicLink(inbox.resolve("H1/b.xlsx"), elsewhere.resolve("b.xlsx"));
		Files.createSymbolicLink(inbox.resolve("H2"), elsewhere);

		RunSummary run = runOnce();

		assertThat(run.accepted()).isEqualTo(1);
		assertThat(run.deferred()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT path || ' ' || deferred_because FROM run_file WHERE run_id = ? AND outcome = 'DEFERRED'"
				+ " ORDER BY path").param(run.runId()).query(String.class).list()).containsExactly("H1/b.xlsx LINK", "H2 LINK");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM received_file").query(Long.class).single()).isEqualTo(1);
		// B's 100 of 2019 is not in H1's total, A's 32 alone.
		assertThat(fixture.totals(run.runId(), "H1").get("LD01|2019")).isEqualByComparingTo("32");

		// A link put in a listed file's place before its turn is not read either.
		fixture.write(inbox, "H1/c.xlsx", "H1-C", unitC(), T0);
		vn.tonghop.intake.InboxFile listed = new vn.tonghop.intake.InboxFile(0, "H1/c.xlsx",
				Files.size(inbox.resolve("H1/c.xlsx")), Files.getLastModifiedTime(inbox.resolve("H1/c.xlsx")).toInstant());
		Files.move(inbox.resolve("H1/c.xlsx"), elsewhere.resolve("c.xlsx"));
		Files.createSymbolicLink(inbox.resolve("H1/c.xlsx"), elsewhere.resolve("c.xlsx"));
		vn.tonghop.intake.FileOutcome outcome = fileProcessor.process(inbox, listed, registry.tree(),
				new RunRounds.Intake(rounds.first(), List.of(rounds.first().form()), true, unit -> false),
				fileProcessor.knownContents());
		assertThat(outcome.deferral()).isEqualTo(vn.tonghop.intake.Deferral.LINK);
	}

	/**
	 * A zip or a .rar dropped into a folder is kept and named as what it is, with how to send its forms; a PDF as not
	 * a form.
	 */
	@Test
	void aZipInAUnitsFolderSaysHowToSendItsForms() throws Exception {
		Files.createDirectories(inbox.resolve("H1"));
		Files.write(inbox.resolve("H1/Hồ sơ.ZIP"), vn.tonghop.intake.Zips.of("a.xlsx", new byte[] { 'P', 'K' }));
		Files.writeString(inbox.resolve("H1/cong-van.pdf"), "%PDF-1.4");
		Files.writeString(inbox.resolve("H1/bieu.rar"), "Rar!");

		RunSummary run = runOnce();

		assertThat(jdbc.sql("SELECT f.file_name || ' ' || r.outcome || ' ' || n.message_key FROM run_file r JOIN "
				+ "received_file f ON f.sha256 = r.sha256 JOIN finding n ON n.sha256 = r.sha256 WHERE r.run_id = ? "
				+ "ORDER BY f.file_name").param(run.runId()).query(String.class).list())
			.containsExactly("H1/Hồ sơ.ZIP NOT_FORM intake.zipInFolder", "H1/bieu.rar NOT_FORM intake.otherArchiveInFolder",
					"H1/cong-van.pdf NOT_FORM intake.notAForm");
	}

	/**
	 * A path longer than the database keeps (here 2.349 characters, under folders of 233 each; Linux allows 4.096
	 * bytes) is counted as left for the next run, and the run goes on: stored whole, it stopped the listing, and every
	 * night's run with it.
	 */
	@Test
	void aFileTooDeepInLongFoldersIsLeftAndTheRunGoesOn() throws Exception {
		String folders = String.join("/", java.util.Collections.nCopies(10, "Bao cao tong hop nam 2020 ".repeat(9).trim()));
		fixture.write(inbox, "H1/" + folders + "/a.xlsx", "H1-A", unitA(), T0);
		fixture.write(inbox, "H1/b.xlsx", "H1-B", unitB(), T0);

		RunSummary run = runOnce();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.accepted()).isEqualTo(1);
		assertThat(run.deferred()).isEqualTo(1);
		// Listed under its unit's folder and its name, a path that names no file, with why.
		assertThat(jdbc.sql("SELECT path || ' ' || deferred_because FROM run_file WHERE run_id = ? AND outcome = 'DEFERRED'")
			.param(run.runId()).query(String.class).single()).isEqualTo("H1/…/a.xlsx PATH_TOO_LONG");
	}

	/**
	 * Text where a number belongs is named at its cell with the start of the text, however long: a cell holds up to
	 * 32.767 characters, and the finding must still be stored and shown in full sentences, not as the file's failure.
	 */
	@Test
	void aLongTextWhereANumberBelongsIsNamedAtItsCell() throws Exception {
		Map<String, Object[]> pasted = unitA();
		pasted.put("LD01", new Object[] { "Số liệu đang tổng hợp, ".repeat(300), 32, 34 });
		fixture.write(inbox, "H1/a.xlsx", "H1-A", pasted, T0);

		RunSummary run = runOnce();

		assertThat(run.rejected()).isEqualTo(1);
		List<String> lines = Files.readAllLines(dataDirectory.outputs().resolve("latest/findings.csv"));
		String e3 = lines.stream().filter(l -> l.contains(",E3,")).findFirst().orElseThrow();
		assertThat(e3).startsWith("H1/a.xlsx,H1-A,REJECTED,Lỗi,E3,").contains(",LD01,2018,")
			.contains("Giá trị \"\"Số liệu đang tổng hợp, Số liệu đang tổng hợp, ")
			.contains("…\"\" không phải là số.");
		assertThat(e3.length()).isLessThan(600);
		assertThat(lines).noneMatch(l -> l.contains(",E1,"));
	}

	/**
	 * Excel names a sheet in at most 31 characters, another program in any number. A form whose sheet is named in
	 * 300 still gets its own findings (the sheet's name cut where the findings table ends), and its annotated copy
	 * marks the cells: the name kept whole failed the file's store, and the sender got the system's E1 instead.
	 */
	@Test
	void aFormOnASheetWithAVeryLongNameGetsItsOwnFindingsAndMarkedCells() throws Exception {
		Map<String, Object[]> broken = unitA();
		broken.put("LD01", new Object[] { 5, 32, 34 }); // TC06 25 > LD01 5 in 2018: E5
		Path file = fixture.write(inbox, "H1/ten-trang-dai.xlsx", "H1-A", broken, T0);
		renameSheets(file, " rất dài".repeat(36));

		RunSummary run = runOnce();

		assertThat(run.rejected()).isEqualTo(1);
		List<String> lines = Files.readAllLines(dataDirectory.outputs().resolve("latest/findings.csv"));
		assertThat(lines).anyMatch(l -> l.startsWith("H1/ten-trang-dai.xlsx,H1-A,REJECTED,Lỗi,E5,"))
			.noneMatch(l -> l.contains(",E1,"));
		Path copy = dataDirectory.outputs().resolve("latest/rejected/H1_ten-trang-dai-chu-thich.xlsx");
		try (var zip = new java.util.zip.ZipFile(copy.toFile())) {
			assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).anyMatch(n -> n.startsWith("xl/comments"));
		}
	}

	/**
	 * A unit code typed longer than any code (a note beside it, pasted twice) is the file's own error, E2: stored as
	 * typed, it did not fit the received file's row, nor did the file's E1 after it, and the whole run failed.
	 */
	@Test
	void aUnitCodeTypedLongerThanAnyCodeIsTheFilesErrorNotTheRuns() throws Exception {
		Path file = fixture.write(inbox, "H1/ma-dai.xlsx", "H1-A", unitA(), T0);
		try (FilledForm form = new FilledForm(Files.readAllBytes(file), List.of(2018, 2019, 2020))) {
			form.setHeader("Mã đơn vị:", "H1-A (đơn vị mới, chưa có mã trong danh mục, xin cấp mã) ".repeat(2));
			Files.write(file, form.bytes());
		}
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(T0));
		fixture.write(inbox, "H1/b.xlsx", "H1-B", unitB(), T0.plusSeconds(1));

		RunSummary run = runOnce();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.accepted()).isEqualTo(1);
		assertThat(run.rejected()).isEqualTo(1);
		List<String> lines = Files.readAllLines(dataDirectory.outputs().resolve("latest/findings.csv"));
		assertThat(lines).anyMatch(l -> l.startsWith("H1/ma-dai.xlsx,") && l.contains(",REJECTED,Lỗi,E2,")
				&& l.contains("không có trong danh mục đơn vị")).noneMatch(l -> l.contains(",E1,"));
	}

	/** Appends {@code suffix} to the name of every sheet of a saved workbook, as a program other than Excel may. */
	private static void renameSheets(Path file, String suffix) throws IOException {
		byte[] renamed;
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
				var bytes = new java.io.ByteArrayOutputStream();
				var out = new java.util.zip.ZipOutputStream(bytes)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/workbook.xml")) {
					String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
					content = xml.replaceAll("(<sheet [^>]*name=\"[^\"]*)\"", "$1" + suffix + "\"")
						.replaceAll("'([^'!]+)'!", "'$1" + suffix + "'!")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
			out.finish();
			renamed = bytes.toByteArray();
		}
		java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
		Files.write(file, renamed);
		Files.setLastModifiedTime(file, time);
	}

	/**
	 * A file's time is finer than a database keeps it. PostgreSQL rounds it to the microsecond and HSQLDB cuts it
	 * there; a file 0,9999998 s past a second must still be the file its listing named, not one "still being
	 * written", or it would be deferred run after run. The next run finds both unchanged.
	 */
	@Test
	void aFileTimedToTheNanosecondIsTakenAtOnceAndThenKnownUnchanged() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0.plusNanos(999_999_800));
		fixture.write(inbox, "H1/b.xlsx", "H1-B", unitB(), T0.plusSeconds(1).plusNanos(123_456_789));
		assertThat(Files.getLastModifiedTime(inbox.resolve("H1/a.xlsx")).toInstant().getNano()).isEqualTo(999_999_800);

		RunSummary first = runOnce();
		assertThat(first.deferred()).isZero();
		assertThat(first.accepted()).isEqualTo(2);
		RunSummary second = runOnce();
		assertThat(second.unchanged()).isEqualTo(2);
		assertThat(second.newFiles()).isZero();
	}

	/**
	 * A form of tens of kilobytes waits for its chunk's pack; one with a picture of over a megabyte is archived in a
	 * file of its own at once. Both are received once and read back from the archive byte for byte.
	 */
	@Test
	void aFormOverAMegabyteIsArchivedOnItsOwnAndAFormInThePack() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		fixture.write(inbox, "H1/b.xlsx", "H1-B", unitB(), T0);
		Path large = inbox.resolve("H1/b.xlsx");
		byte[] picture = new byte[1_200_000];
		new java.util.Random(7).nextBytes(picture);
		java.io.ByteArrayOutputStream rezipped = new java.io.ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(large));
				var out = new java.util.zip.ZipOutputStream(rezipped)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				in.transferTo(out);
			}
			out.putNextEntry(new java.util.zip.ZipEntry("xl/media/image1.png"));
			out.write(picture);
		}
		Files.write(large, rezipped.toByteArray());
		Files.setLastModifiedTime(large, java.nio.file.attribute.FileTime.from(T0));
		assertThat(Files.size(large)).isGreaterThan(1_000_000);

		assertThat(runOnce().accepted()).isEqualTo(2);
		Map<String, String> archived = new java.util.HashMap<>();
		jdbc.sql("SELECT file_name, archive_path FROM received_file").query((rs, n) -> archived.put(rs.getString(1),
				rs.getString(2))).list();
		assertThat(archived.get("H1/a.xlsx")).startsWith("packs/").contains(".pack#0+");
		assertThat(archived.get("H1/b.xlsx")).doesNotContain("#").endsWith(".xlsx");
		String pack = archived.get("H1/a.xlsx");
		byte[] packBytes = Files.readAllBytes(dataDirectory.archive().resolve(pack.substring(0, pack.indexOf('#'))));
		assertThat(packBytes).isEqualTo(Files.readAllBytes(inbox.resolve("H1/a.xlsx")));
		assertThat(dataDirectory.archive().resolve(archived.get("H1/b.xlsx"))).hasSameBinaryContentAs(large);
	}

	@Test
	void aLaterFileSupersedesAndARejectedOneNeverReplacesTheAccepted() throws Exception {
		Map<String, Object[]> first = unitE();
		first.put("LD01", new Object[] { 2000, 2000, 2000 });
		first.put("DD07", new Object[] { 2000, 2000, 2000 });
		fixture.write(inbox, "e-lan-1.xlsx", "H2-E", first, T0);
		long run1 = runOnce().runId();
		assertFigures(fixture.totals(run1, "H2"), "LD01|2018", 2000);

		fixture.write(inbox, "e-lan-2.xlsx", "H2-E", unitE(), T0.plusSeconds(60));
		RunSummary run2 = runOnce();
		assertThat(run2.newFiles()).isEqualTo(1);
		assertThat(run2.unchanged()).isEqualTo(1);
		assertFigures(fixture.totals(run2.runId(), "H2"), "LD01|2018", 1100, "LD01|2018-2020", 1300);

		Map<String, Object[]> broken = unitE();
		broken.put("LD01", new Object[] { 5, 1200, 1300 }); // TC06 900 > LD01 5 in 2018: E5, and DD07 too.
		fixture.write(inbox, "e-lan-3.xlsx", "H2-E", broken, T0.plusSeconds(120));
		RunSummary run3 = runOnce();
		assertThat(run3.rejected()).isEqualTo(1);
		assertEverySeenPathNamesAReceivedContent(3);
		assertFigures(fixture.totals(run3.runId(), "H2"), "LD01|2018", 1100);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE unit_code = 'H2-E'").query(Long.class).single())
			.isEqualTo(2);
		assertThat(Files.readString(dataDirectory.outputs().resolve("latest/findings.csv")))
			// The rule's own cell first (TC06, row 21), then the whole it broke (LD01, row 14); 2018 is column E.
			.contains("e-lan-3.xlsx,H2-E,REJECTED,Lỗi,E5,Biểu 01-CĐCS,\"E21, E14\",TC06,2018,");
	}

	@Test
	void aCdcsRowCarriesItsOwnFiguresAndPeriodValues() throws Exception {
		RunSummary run = runWithAllUnits();
		Map<String, BigDecimal> a = fixture.totals(run.runId(), "H1-A");
		// A's LD05 over the period: (6.0×30 + 6.5×32 + 7.0×34) / (30 + 32 + 34) = 626/96.
		assertFigures(a, "LD01|2018", 30, "LD01|2018-2020", 34, "TC07|2018-2020", 9, "LD05|2018", 6,
				"LD05|2018-2020", "6.521", "DD08|2018", 1, "XL.HTXS|2018", 1, "XL.HT|2018", 0, "DD02|2018", 0,
				"TC01|2018", null, "SUBMITTED|2018", null);
		Map<String, BigDecimal> c = fixture.totals(run.runId(), "H1-C");
		assertFigures(c, "LD01|2018", 10, "LD01|2019", null, "LD01|2018-2020", null, "TC07|2018-2020", 1,
				"TCH00|2018-2020", 2);
	}

	@Test
	void aSecondIdenticalRunSkipsEveryFileAndGivesIdenticalTotals() throws Exception {
		RunSummary first = runWithAllUnits();
		RunSummary second = runOnce();
		assertThat(second.newFiles()).isZero();
		assertThat(second.unchanged()).isEqualTo(5);
		// An unchanged inbox costs no row per file: the listing only counts its files.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM run_file WHERE run_id = ?").param(second.runId()).query(Long.class)
			.single()).isZero();
		assertThat(second.filesSeen()).isEqualTo(5);
		assertThat(Files.readString(dataDirectory.outputs().resolve(vn.tonghop.rounds.TestRounds.FIRST + "/" + second.runId() + "/totals.csv")))
			.isEqualTo(Files.readString(dataDirectory.outputs().resolve(vn.tonghop.rounds.TestRounds.FIRST + "/" + first.runId() + "/totals.csv")));
	}

	/**
	 * A content received before that comes back under another path (a folder copied again, a file saved again
	 * unchanged) is recognised by its hash before it is read: counted unchanged, and neither archived nor stored again.
	 */
	@Test
	void aContentReceivedBeforeUnderAnotherPathIsNotTakenAgain() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		assertThat(runOnce().accepted()).isEqualTo(1);
		Path packs = dataDirectory.archive().resolve("packs");
		List<Path> packed;
		try (var files = Files.list(packs)) {
			packed = files.toList();
		}
		Files.createDirectories(inbox.resolve("H1-copy"));
		Files.copy(inbox.resolve("H1/a.xlsx"), inbox.resolve("H1-copy/a.xlsx"));

		RunSummary second = runOnce();
		assertThat(second.newFiles()).isZero();
		assertThat(second.unchanged()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM received_file").query(Long.class).single()).isEqualTo(1);
		assertEverySeenPathNamesAReceivedContent(2);
		try (var files = Files.list(packs)) {
			assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(packed);
		}
	}

	/**
	 * The listing takes a path whose size and time are unchanged as received without asking received_file
	 * (InboxListing): every path recorded as seen must name a content received_file holds, whatever its outcome.
	 */
	private void assertEverySeenPathNamesAReceivedContent(int paths) {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_seen").query(Long.class).single()).isEqualTo(paths);
		assertThat(jdbc.sql("SELECT s.path FROM inbox_seen s WHERE NOT EXISTS (SELECT 1 FROM received_file r WHERE "
				+ "r.sha256 = s.sha256)").query(String.class).list()).isEmpty();
	}

	@Test
	void theJobRunsStepByStepUnderTheTestOperator() throws Exception {
		fixture.write(inbox, "H1/a.xlsx", "H1-A", unitA(), T0);
		long runId = runRepository.create(vn.tonghop.rounds.TestRounds.FIRST, inbox.toString(), registry.versionedTree().version());
		JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
		utils.setJob(consolidationJob);
		JobExecution execution = utils.startJob(new JobParametersBuilder().addLong("run.id", runId)
			.addString("inbox", inbox.toString(), false)
			.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
			.containsExactly("snapshot", "intake", "rollup", "outliers", "outputs");
		assertFigures(fixture.totals(runId, "H1"), "LD01|2018", 30);
	}
}
