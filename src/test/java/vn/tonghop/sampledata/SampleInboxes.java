package vn.tonghop.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The sample inbox as the tests of one round see it: sample-data/inbox holds the returns of both sample rounds, and a
 * test that sets up only the first round (the bundled form's) takes the files of that round, the 155 the sample
 * describes, from a copy without the annual forms (Biểu 02-Năm).
 */
public final class SampleInboxes {

	private static final Path FIRST_ROUND = Path.of("target/test-data/sample-inbox-2018-2020");

	private SampleInboxes() {
	}

	/** The copy, made once a build (its content is what sample-data/inbox holds less the annual forms). */
	public static synchronized Path firstRound() {
		try {
			if (!Files.isDirectory(FIRST_ROUND)) {
				Path temporary = Files.createDirectories(FIRST_ROUND.resolveSibling(FIRST_ROUND.getFileName() + ".tmp"));
				Path source = Path.of("sample-data/inbox");
				try (Stream<Path> all = Files.walk(source)) {
					for (Path file : all.filter(Files::isRegularFile).toList()) {
						if (!file.getFileName().toString().startsWith("BIEU02-")) {
							Path target = temporary.resolve(source.relativize(file).toString());
							Files.createDirectories(target.getParent());
							Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
						}
					}
				}
				Files.move(temporary, FIRST_ROUND);
			}
			return FIRST_ROUND.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
