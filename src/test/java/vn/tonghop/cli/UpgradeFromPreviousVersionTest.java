package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.outputs.ReportFiles;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.reporttext.ReportTexts;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.runs.Runs;
import vn.tonghop.sampledata.FilledForm;
import vn.tonghop.targets.TargetRegistry;

/**
 * An installation made by the version before rounds (commit a602525: the sample registry, targets and report settings,
 * one run over three good forms of Dương Minh Châu and one returned file) opens with this version: its data becomes
 * the first round's, its outputs stay readable where they are, and the next run goes on from it.
 */
@SpringBootTest(properties = "tonghop.cli.enabled=false")
class UpgradeFromPreviousVersionTest {

	private static final Path WORK = unzipped();

	/** The previous version's data directory, as it left it, in WORK/data. */
	private static Path unzipped() {
		Path work = TempInstallation.create("upgrade");
		try (ZipInputStream zip = new ZipInputStream(
				UpgradeFromPreviousVersionTest.class.getResourceAsStream("/upgrade/data-0.1-a602525.zip"))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path target = work.resolve("data").resolve(entry.getName()).normalize();
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(zip, target);
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return work;
	}

	@DynamicPropertySource
	static void previousInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Autowired
	Rounds rounds;

	@Autowired
	Runs runs;

	@Autowired
	TargetRegistry targets;

	@Autowired
	ReportTexts texts;

	@Autowired
	ReportFiles reports;

	@Autowired
	OrgRegistry registry;

	@Test
	void thePreviousVersionsDataBecomesTheFirstRoundAndTheNextRunGoesOnFromIt() throws Exception {
		Path data = WORK.resolve("data");
		String oldTotals = Files.readString(data.resolve("out/1/totals.csv"));
		assertThat(rounds.all()).extracting(Round::code).containsExactly("bieu01-cdcs-2018-2020");
		Round first = rounds.first();
		assertThat(first.form().id()).isEqualTo("BIEU01-CDCS");
		assertThat(runs.find(1).orElseThrow().roundCode()).isEqualTo(first.code());
		assertThat(runs.latestCompleted(first.code())).contains(1L);
		// The sample's targets and report settings, set by the old version, are the first round's.
		assertThat(targets.of(first.code(), "TN")).isNotEmpty();
		assertThat(texts.of(first.code(), "TN-DMC").get(ReportPart.SIGNER_NAME)).isNotBlank();
		// The old run's reports are served from where the old version wrote them.
		Scope all = Scope.wholeTree(registry.treeAt(first.referenceDate()));
		assertThat(reports.runsWithReports(first)).containsExactly(1L);
		assertThat(reports.file(all, first, 1, "TN-DMC", ReportFiles.Kind.PDF)).isPresent();

		// The same four files and one more: the four are known, the new one is added to what the old run counted.
		Path inbox = Files.createDirectories(WORK.resolve("inbox/TN-DMC"));
		BigDecimal expected = BigDecimal.ZERO;
		for (String name : List.of("BIEU01-CDCS_TN-DMC-CS01.xlsx", "BIEU01-CDCS_TN-DMC-CS02.xlsx",
				"BIEU01-CDCS_TN-DMC-CS03.xlsx", "BIEU01-CDCS_TN-DMC-CS04.xlsx",
				"loi-E2-so-lieu-nam-chua-thanh-lap.xlsx")) {
			Path sample = Path.of("sample-data/inbox/TN-DMC").resolve(name);
			Files.copy(sample, inbox.resolve(name));
			if (name.startsWith("BIEU01")) {
				expected = expected.add(ld01In2020(sample));
			}
		}
		assertThat(oldTotals).contains("TN-DMC,LD01,2020,"
				+ expected.subtract(ld01In2020(inbox.resolve("BIEU01-CDCS_TN-DMC-CS04.xlsx"))).toPlainString() + "\n");
		CliDriver cli = new CliDriver(adapter);
		assertThat(cli.run("run", "--inbox", WORK.resolve("inbox").toString())).as(cli.out()).isZero();
		assertThat(cli.out()).contains("tệp mới: 1 (chấp nhận 1, trả lại 0, không phải biểu mẫu 0); không đổi, bỏ qua: 4.");
		assertThat(Files.readString(data.resolve("out/bieu01-cdcs-2018-2020/2/totals.csv")))
			.contains("TN-DMC,LD01,2020," + expected.toPlainString() + "\n");
		// out/latest, a folder the old version kept, is now the link to the first round's latest; run 1 stays.
		assertThat(Files.isSymbolicLink(data.resolve("out/latest"))).isTrue();
		assertThat(Files.readString(data.resolve("out/latest/totals.csv")))
			.isEqualTo(Files.readString(data.resolve("out/bieu01-cdcs-2018-2020/2/totals.csv")));
		assertThat(Files.readString(data.resolve("out/1/totals.csv"))).isEqualTo(oldTotals);
		assertThat(Files.isDirectory(data.resolve("out/1/reports"), LinkOption.NOFOLLOW_LINKS)).isTrue();
	}

	private static BigDecimal ld01In2020(Path sample) throws IOException {
		try (InputStream in = Files.newInputStream(sample);
				FilledForm form = new FilledForm(in.readAllBytes(), List.of(2018, 2019, 2020))) {
			return BigDecimal.valueOf(form.cell("LD01", 2020).getNumericCellValue()).stripTrailingZeros();
		}
	}
}
