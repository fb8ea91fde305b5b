package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.batch.RunOverview;
import vn.tonghop.runs.Runs;

/**
 * A run the database records as started while no process runs it (the app was stopped during it) is shown as
 * interrupted, never as "đang chạy".
 */
@SpringBootTest(properties = "tonghop.cli.enabled=false")
class InterruptedRunShownTest {

	private static final Path WORK = TempInstallation.create("interrupted");

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
	}

	@Autowired
	Runs runs;

	@Autowired
	RunOverview overview;

	@Test
	void aStartedRunNobodyRunsIsInterrupted() {
		long id = runs.create(vn.tonghop.rounds.TestRounds.FIRST, WORK.resolve("inbox").toString(), 0);
		assertThat(runs.find(id).orElseThrow().isRunning()).isTrue();
		RunOverview.RunView shown = overview.find(id).orElseThrow();
		assertThat(shown.status()).isEqualTo(RunOverview.INTERRUPTED);
		assertThat(shown.isRunning()).isFalse();
		runs.finish(id, "FAILED");
	}

	/** A run stopped with the application (SIGTERM, see GracefulStopTest) is shown the same way. */
	@Test
	void aRunStoppedWithTheApplicationIsInterrupted() {
		long id = runs.create(vn.tonghop.rounds.TestRounds.FIRST, WORK.resolve("inbox").toString(), 0);
		runs.finish(id, "STOPPED");
		RunOverview.RunView shown = overview.find(id).orElseThrow();
		assertThat(shown.status()).isEqualTo(RunOverview.INTERRUPTED);
		assertThat(shown.isRunning()).isFalse();
		runs.finish(id, "FAILED");
	}
}
