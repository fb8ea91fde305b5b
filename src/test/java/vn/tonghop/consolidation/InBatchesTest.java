package vn.tonghop.consolidation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batches' contract: every result once, in the stream's order, on the calling thread, the next batch read early. */
class InBatchesTest {

	@Test
	void handsOnEveryResultInOrderOnTheCallingThread() {
		int items = 3 * InBatches.SIZE + 17;
		Thread caller = Thread.currentThread();
		List<Integer> out = new ArrayList<>();
		InBatches.each(IntStream.range(0, items).boxed(), i -> i * 3, r -> {
			assertThat(Thread.currentThread()).isSameAs(caller);
			out.add(r);
		});

		assertThat(out).isEqualTo(IntStream.range(0, items).map(i -> i * 3).boxed().toList());
	}

	@Test
	void readsTheNextBatchBeforeHandingOnTheOneBeforeIt() {
		// The calling thread reads from the database while the pool works: the first result is handed on only once
		// the second batch has been read from the stream.
		List<String> events = Collections.synchronizedList(new ArrayList<>());
		Stream<Integer> source = IntStream.range(0, 2 * InBatches.SIZE).boxed().peek(i -> events.add("read " + i));
		InBatches.each(source, i -> i, r -> events.add("out " + r));

		assertThat(events.indexOf("out 0")).isGreaterThan(events.indexOf("read " + (2 * InBatches.SIZE - 1)));
		assertThat(events.indexOf("out " + InBatches.SIZE)).isGreaterThan(events.indexOf("out " + (InBatches.SIZE - 1)));
		assertThat(events).hasSize(4 * InBatches.SIZE);
	}

	@Test
	void anEmptyStreamHandsOnNothing() {
		List<Integer> out = new ArrayList<>();
		InBatches.each(Stream.<Integer>empty(), i -> i, out::add);

		assertThat(out).isEmpty();
	}

	@Test
	void aFailedItemFailsTheCallWithItsCause() {
		List<Integer> out = new ArrayList<>();
		assertThatThrownBy(() -> InBatches.each(IntStream.range(0, InBatches.SIZE + 5).boxed(), i -> {
			if (i == 7) {
				throw new IllegalStateException("item 7");
			}
			return i;
		}, out::add)).hasMessageContaining("item 7");
		assertThat(out).isEmpty();
	}
}
