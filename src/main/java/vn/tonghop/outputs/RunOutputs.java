package vn.tonghop.outputs;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.rounds.Round;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.system.PipelineMetrics;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a run's outputs into its round's folder {@code out/<round>/<run id>/} (see {@link OutputFolders}):
 * totals.csv (machine-readable, the contract other systems and the tests rely on), findings.csv (every finding of
 * every file received in the run, for people), an annotated copy of every rejected workbook, and reports/ with the
 * PDF, DOCX and Excel of every unit above the CĐCS (a unit's CSV is its subtree's rows of totals.csv, cut out when
 * asked for: {@link ReportFiles}). Everything is written into a temporary folder and moved into place, then the
 * round's {@code latest} is pointed at it, so a crash never leaves half an output behind.
 */
@Component
public class RunOutputs {

	private final DataDirectory dataDirectory;

	private final FindingsWriter findings;

	private final ReportsWriter reports;

	private final OrgRegistry registry;

	private final OutputFolders folders;

	private final PipelineMetrics metrics;

	private final TotalsCsvWriter totalsCsv;

	RunOutputs(DataDirectory dataDirectory, FindingsWriter findings, ReportsWriter reports, OrgRegistry registry,
			OutputFolders folders, PipelineMetrics metrics, TotalsCsvWriter totalsCsv) {
		this.findings = findings;
		this.totalsCsv = totalsCsv;
		this.metrics = metrics;
		this.reports = reports;
		this.registry = registry;
		this.folders = folders;
		this.dataDirectory = dataDirectory;
	}

	/** Where a run's outputs are (or would be): only resolved, never created, so a failed run can name it. */
	public Path folder(Round round, long runId) {
		return folders.run(round, runId);
	}

	/**
	 * Writes the run's outputs. A failure leaves no temporary folder behind: what was begun is removed, and the run,
	 * restarted, writes everything again.
	 *
	 * @param sinceRunId the latest completed run before this one: findings.csv and the annotated copies cover the
	 * files received after it, so files of a run that failed for good are not left out
	 */
	public Path write(long runId, Round round, long sinceRunId) throws IOException {
		Path out = dataDirectory.outputs().resolve(round.code());
		Files.createDirectories(out);
		Path temporary = out.resolve(runId + ".tmp");
		try {
			return write(runId, round, sinceRunId, out, temporary);
		}
		catch (IOException | RuntimeException | Error failure) {
			FileSystemUtils.deleteRecursively(temporary);
			throw failure;
		}
	}

	private Path write(long runId, Round round, long sinceRunId, Path out, Path temporary) throws IOException {
		FileSystemUtils.deleteRecursively(temporary);
		Files.createDirectories(temporary.resolve("rejected"));
		long start = System.nanoTime();
		totalsCsv.write(runId, round, temporary.resolve("totals.csv"));
		findings.write(round.code(), sinceRunId, runId, temporary);
		metrics.add(PipelineMetrics.Stage.OUTPUTS, start);
		metrics.starting(PipelineMetrics.Stage.REPORTS);
		start = System.nanoTime();
		var tree = registry.treeAt(round.referenceDate());
		reports.writeAll(runId, round, tree, reports.reportedUnits(tree, round), temporary.resolve("reports"));
		metrics.add(PipelineMetrics.Stage.REPORTS, start);
		Path target = out.resolve(String.valueOf(runId));
		FileSystemUtils.deleteRecursively(target);
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		folders.pointLatest(round, target);
		return target;
	}


	/** A plain number: "." as decimal point, no grouping, no exponent; ratios keep their 2 decimals. */
	static String plain(BigDecimal value) {
		if (value.scale() == 0) {
			// A whole number as read or summed: its digits, without the stripping (millions of rows of totals.csv).
			return value.toString();
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}
}
