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

	public PipelineMetrics() {
		for (Stage stage : Stage.values()) {
			nanos.put(stage, new LongAdder());
		}
	}

	public void add(Stage stage, long startNanos) {
		nanos.get(stage).add(System.nanoTime() - startNanos);
	}

	public long millis(Stage stage) {
		return nanos.get(stage).sum() / 1_000_000;
	}

	public void reset() {
		nanos.values().forEach(LongAdder::reset);
	}
}
