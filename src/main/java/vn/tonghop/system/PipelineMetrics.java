package vn.tonghop.system;

import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per stage of a run, summed over threads (CPU-side time, not wall time), for the benchmark and the
 * log. Cheap enough to be always on: two nanoTime calls per file and stage.
 */
@Component
public class PipelineMetrics {

	public enum Stage {
		/** Hashing and archiving the received files. */
		ARCHIVE,
		/** Reading workbooks into typed submissions. */
		READ,
		/** Checking submissions against the registry and the rules. */
		VALIDATE,
		/** Writing outcomes, submissions and findings to the database. */
		STORE,
		/** Rolling up along the tree. */
		ROLLUP,
		/** totals.csv, findings.csv and the annotated copies. */
		OUTPUTS,
		/** PDFs and their exports. */
		REPORTS
	}

	private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

	/** What runs as a stage starts, one action a stage (the benchmark reads its clocks before the reports). */
	private final Map<Stage, Runnable> onStart = new java.util.concurrent.ConcurrentHashMap<>();

	public PipelineMetrics() {
		for (Stage stage : Stage.values()) {
			nanos.put(stage, new LongAdder());
		}
	}

	public void add(Stage stage, long startNanos) {
		nanos.get(stage).add(System.nanoTime() - startNanos);
	}

	/** Called as a stage starts: runs what {@link #whenStarting} gave it, if anything. */
	public void starting(Stage stage) {
		Runnable action = onStart.get(stage);
		if (action != null) {
			action.run();
		}
	}

	/** {@code action} runs each time the stage starts, until {@link #reset}. */
	public void whenStarting(Stage stage, Runnable action) {
		onStart.put(stage, action);
	}

	public long millis(Stage stage) {
		return nanos.get(stage).sum() / 1_000_000;
	}

	public void reset() {
		nanos.values().forEach(LongAdder::reset);
		onStart.clear();
	}
}
