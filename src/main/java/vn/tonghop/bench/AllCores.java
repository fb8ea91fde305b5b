package vn.tonghop.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A floor's pass: one task per file on a pool of one thread per core, timed from the first submit to the last. */
final class AllCores {

	interface FileTask {

		void read(Path file) throws Exception;

	}

	private AllCores() {
	}

	/** @return the wall time in milliseconds */
	static long forEach(List<Path> files, FileTask task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		long start = System.nanoTime();
		try {
			List<Future<?>> work = new ArrayList<>();
			for (Path file : files) {
				work.add(pool.submit(() -> {
					task.read(file);
					return null;
				}));
			}
			for (Future<?> f : work) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return (System.nanoTime() - start) / 1_000_000;
	}
}
