package vn.tonghop.consolidation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountedCompleter;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Work on each item of a stream done on every core, a batch at a time, its results handed on in the stream's order on
 * the calling thread: decoding the round's submissions is most of a roll-up from scratch and of totals.csv, and the
 * sums and the file still take them one by one and in unit order.
 * <p>
 * The calling thread's own part (reading the next batch from the database, handing results on) overlaps the work on
 * the batch before: while it reads batch k+1 and hands on batch k-1, the pool works on batch k, and when it waits
 * for batch k it works on it too. Memory holds two batches' items and results.
 */
final class InBatches {

	/** Items worked on together: a CĐCS's rows are a few hundred. */
	static final int SIZE = 200;

	/** Items one task takes without splitting further: a submission decodes in a fraction of a millisecond. */
	private static final int GRAIN = 8;

	private InBatches() {
	}

	/**
	 * @param work free of shared state: it runs on several threads at once, and on a batch read before the items
	 * before it are handed to {@code out}
	 * @param out called on the calling thread, in the stream's order
	 */
	static <T, R> void each(Stream<T> items, Function<T, R> work, Consumer<R> out) {
		Iterator<T> source = items.iterator();
		Batch<T, R> pending = null;
		do {
			List<T> read = new ArrayList<>(SIZE);
			while (read.size() < SIZE && source.hasNext()) {
				read.add(source.next());
			}
			Batch<T, R> next = read.isEmpty() ? null : Batch.start(read, work);
			if (pending != null) {
				pending.handOn(out);
			}
			pending = next;
		}
		while (pending != null);
	}

	/**
	 * One batch's work in the common fork-join pool, split in halves down to {@link #GRAIN} items: a thread that
	 * joins a {@link CountedCompleter} of that pool helps with its parts rather than only waiting, which a plain
	 * task would not let the calling thread do.
	 */
	private static final class Batch<T, R> extends CountedCompleter<Void> {

		private final List<T> items;

		private final Object[] results;

		private final Function<T, R> work;

		private final int from;

		private final int to;

		private Batch(Batch<T, R> parent, List<T> items, Object[] results, Function<T, R> work, int from, int to) {
			super(parent);
			this.items = items;
			this.results = results;
			this.work = work;
			this.from = from;
			this.to = to;
		}

		static <T, R> Batch<T, R> start(List<T> items, Function<T, R> work) {
			Batch<T, R> batch = new Batch<>(null, items, new Object[items.size()], work, 0, items.size());
			batch.fork();
			return batch;
		}

		@Override
		public void compute() {
			int end = to;
			while (end - from > GRAIN) {
				int middle = (from + end) >>> 1;
				addToPendingCount(1);
				new Batch<>(this, items, results, work, middle, end).fork();
				end = middle;
			}
			for (int i = from; i < end; i++) {
				results[i] = work.apply(items.get(i));
			}
			propagateCompletion();
		}

		/** Waits for the batch, working on it meanwhile, and hands its results on in order; rethrows the work's failure. */
		@SuppressWarnings("unchecked")
		void handOn(Consumer<R> out) {
			join();
			for (Object result : results) {
				out.accept((R) result);
			}
		}
	}
}
