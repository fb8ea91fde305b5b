package vn.tonghop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An installation of a test class's own, for tests that set up rounds, forms or moves the shared test installation
 * must not see: a fresh temp folder whose {@code data/} is the data directory of the class's own context.
 */
final class TempInstallation {

	private TempInstallation() {
	}

	/** A new temp folder, for a test class's static field. */
	static Path create(String name) {
		try {
			return Files.createTempDirectory("tonghop-" + name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes {@code work/data} the data directory: call from the class's {@code @DynamicPropertySource}. */
	static void register(DynamicPropertyRegistry properties, Path work) {
		properties.add("tonghop.data-dir", () -> work.resolve("data").toString());
	}
}
