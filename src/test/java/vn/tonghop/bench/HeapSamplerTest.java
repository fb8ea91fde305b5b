package vn.tonghop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * The live heap the benchmark prints with {@code --live-heap}: what is held counts, garbage made all along does not.
 */
class HeapSamplerTest {

	/** Held in 64 KB arrays: small enough not to be G1's humongous objects, which take whole regions. */
	private static final int HELD_MB = 48;

	private static volatile Object sink;

	@Test
	void liveCountsWhatIsHeldAndNotTheGarbageMadeMeanwhile() throws Exception {
		long before = liveWhileChurning();
		List<byte[]> held = new ArrayList<>();
		for (int i = 0; i < HELD_MB * 16; i++) {
			held.add(new byte[64 * 1024]);
		}
		long with = liveWhileChurning();
		// Keeps the arrays reachable until that measurement is over.
		assertThat(held).hasSize(HELD_MB * 16);
		held = null;
		long after = liveWhileChurning();

		// The churning thread makes hundreds of megabytes of garbage between two collections; a sampler that counted
		// any of it would be far above these bounds. Measured before and after, so that what the rest of the JVM
		// (other tests' contexts) holds more or less meanwhile is taken out; what it drops between two of the
		// measurements still moves the result by a few megabytes (43 for the 48 held, once in CI).
		assertThat(with - (before + after) / 2).isBetween(HELD_MB - 8L, HELD_MB + 12L);
	}

	/** The sampler's live figure over two forced collections, while another thread allocates and drops 1 KB arrays. */
	private static long liveWhileChurning() throws Exception {
		AtomicBoolean churning = new AtomicBoolean(true);
		Thread churn = new Thread(() -> {
			while (churning.get()) {
				sink = new byte[1024];
			}
		});
		churn.start();
		long live;
		try (HeapSampler sampler = new HeapSampler(true, Thread.currentThread())) {
			// Two counted collections, however long a busy machine delays them.
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (sampler.collectionsCounted() < 2 && System.nanoTime() < deadline) {
				Thread.sleep(HeapSampler.FORCED_EVERY_MS / 4);
			}
			assertThat(sampler.collectionsCounted()).isGreaterThanOrEqualTo(2);
			live = sampler.liveMegabytes();
			// Where this thread was at the peak: here, asleep (the JDK's frames are passed over).
			assertThat(sampler.livePeakAt()).isEqualTo("HeapSamplerTest.liveWhileChurning");
		}
		finally {
			churning.set(false);
			churn.join();
		}
		return live;
	}
}
