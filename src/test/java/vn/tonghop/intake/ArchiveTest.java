package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tonghop.TonghopSpringTest;
import vn.tonghop.system.DataDirectory;

/** An archived content is read back only as the bytes received: a damaged pack is said so, never served. */
@TonghopSpringTest
class ArchiveTest {

	@Autowired
	Archive archive;

	@Autowired
	DataDirectory dataDirectory;

	@Test
	void aContentIsReadBackOnlyAsReceived() throws Exception {
		byte[] first = "nội dung thứ nhất".getBytes(StandardCharsets.UTF_8);
		byte[] second = "nội dung thứ hai, dài hơn một chút".getBytes(StandardCharsets.UTF_8);
		Map<String, byte[]> contents = new LinkedHashMap<>();
		contents.put(Archive.sha256(first), first);
		contents.put(Archive.sha256(second), second);
		Map<String, String> paths = archive.storePack(contents);
		String firstPath = paths.get(Archive.sha256(first));
		String secondPath = paths.get(Archive.sha256(second));
		Path pack = dataDirectory.archive().resolve(firstPath.substring(0, firstPath.indexOf('#')));
		try {
			assertThat(archive.read(firstPath, Archive.sha256(first))).isEqualTo(first);
			assertThat(archive.read(secondPath, Archive.sha256(second))).isEqualTo(second);

			// One byte of the first changed on disk: not the content received.
			byte[] bytes = Files.readAllBytes(pack);
			bytes[0] ^= 1;
			Files.write(pack, bytes);
			assertThatThrownBy(() -> archive.read(firstPath, Archive.sha256(first))).isInstanceOf(ArchiveDamaged.class);
			assertThat(archive.read(secondPath, Archive.sha256(second))).isEqualTo(second);

			// The pack cut short (a full disk, a copy that stopped): the second is damaged, and not an end of stream.
			Files.write(pack, java.util.Arrays.copyOf(bytes, first.length + 3));
			assertThatThrownBy(() -> archive.read(secondPath, Archive.sha256(second)))
				.isInstanceOfSatisfying(ArchiveDamaged.class, d -> assertThat(d.isMissing()).isFalse())
				.isNotInstanceOf(java.io.EOFException.class);

			// The pack gone: damaged too, and said to be missing (not a server failure of the page).
			Files.delete(pack);
			assertThatThrownBy(() -> archive.read(firstPath, Archive.sha256(first)))
				.isInstanceOfSatisfying(ArchiveDamaged.class, d -> assertThat(d.isMissing()).isTrue());
		}
		finally {
			Files.deleteIfExists(pack);
		}
	}

	/**
	 * A file of the inbox too large to read into memory is hashed and archived from its path: a link put in its place
	 * (to another unit's file, or the server's) is not followed, and nothing of what it points to is kept.
	 */
	@Test
	void aLinkInAFilesPlaceIsNeitherHashedNorArchived(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		Path elsewhere = Files.writeString(folder.resolve("may-chu.txt"), "tệp của máy chủ");
		Path link = Files.createSymbolicLink(folder.resolve("bieu.xlsx"), elsewhere);
		String sha256 = Archive.sha256(elsewhere);

		assertThatThrownBy(() -> Archive.sha256(link)).isInstanceOf(java.io.IOException.class);
		assertThatThrownBy(() -> archive.store(link, sha256, "bieu.xlsx")).isInstanceOf(java.io.IOException.class);
		assertThat(archive.pathOf(sha256, "bieu.xlsx")).doesNotExist();
	}
}
