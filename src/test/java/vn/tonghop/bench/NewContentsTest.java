package vn.tonghop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewContentsTest {

	@TempDir
	Path dir;

	@Test
	void theCommentChangesTheBytesAndNothingAReaderSees() throws Exception {
		byte[] zip = zip();
		byte[] once = NewContents.withComment(zip, "first");
		// Set again over a comment already there: the old text is gone.
		byte[] twice = NewContents.withComment(once, "second pass");

		assertThat(once).isNotEqualTo(zip);
		assertThat(twice).isNotEqualTo(once);
		assertThat(read(zip)).isEqualTo("null|xl/worksheets/sheet1.xml=<c r=\"A1\"/>");
		assertThat(read(once)).isEqualTo("first|xl/worksheets/sheet1.xml=<c r=\"A1\"/>");
		assertThat(read(twice)).isEqualTo("second pass|xl/worksheets/sheet1.xml=<c r=\"A1\"/>");
	}

	private static byte[] zip() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			out.write("<c r=\"A1\"/>".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** The comment, then each entry as name=text, read back through the central directory. */
	private String read(byte[] zip) throws Exception {
		Path file = Files.write(dir.resolve("f.zip"), zip);
		StringBuilder seen = new StringBuilder();
		try (ZipFile read = new ZipFile(file.toFile())) {
			seen.append(read.getComment());
			for (var entry : java.util.Collections.list(read.entries())) {
				seen.append('|').append(entry.getName()).append('=')
					.append(new String(read.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return seen.toString();
	}
}
