package vn.tonghop.bench;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gives every form of the inbox new bytes with the same figures, for the benchmark's second full run: the zip's
 * comment (which no reader of a workbook looks at) is set to the pass's text, the entries copied as they are. Every
 * file is then a content never received, and the run takes each one whole (archive, read, check, store) as on a
 * night when every unit sent a new copy.
 */
final class NewContents {

	private NewContents() {
	}

	static void renewAll(Path inbox, String comment) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(inbox)) {
			files = walk.filter(p -> p.toString().endsWith(".xlsx")).toList();
		}
		for (Path file : files) {
			Files.write(file, withComment(Files.readAllBytes(file), comment));
		}
	}

	/** The zip with its comment set to {@code comment}; each entry's compressed bytes copied unchanged. */
	static byte[] withComment(byte[] zip, String comment) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + comment.length() + 64);
		try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
				ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
			out.setComment(comment);
			in.copyRawEntries(out, entry -> true);
		}
		return bytes.toByteArray();
	}
}
