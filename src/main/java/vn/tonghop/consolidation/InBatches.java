package vn.tonghop.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Work on each item of a stream done on every core, a batch at a time, its results handed on in the stream's order on
 * the calling thread: decoding the round's submissions is most of a roll-up from scratch and of totals.csv, and the
 * sums and the file still take them one by one and in unit order. Memory holds one batch's results.
 */
final class InBatches {

	/** Items worked on together: a CĐCS's rows are a few hundred. */
	static final int SIZE = 200;

	private InBatches() {
	}

	/** @param work free of shared state: it runs on several threads at once */
	static <T, R> void each(Stream<T> items, Function<T, R> work, Consumer<R> out) {
		List<T> batch = new ArrayList<>(SIZE);
		Consumer<List<T>> flush = full -> full.parallelStream().map(work).toList().forEach(out);
		items.forEach(item -> {
			batch.add(item);
			if (batch.size() == SIZE) {
				flush.accept(batch);
				batch.clear();
			}
		});
		flush.accept(batch);
	}
}
