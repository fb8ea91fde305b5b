package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import vn.tonghop.intake.Zips;
import vn.tonghop.web.UploadController.Sent;

/** The workbooks a sending's zips may give are one budget, spent by every workbook taken, a damaged zip's too. */
class ZipUploadTest {

	private final List<String> stored = new ArrayList<>();

	private final ZipUpload.Store store = (shown, name, content) -> {
		content.readAllBytes();
		stored.add(shown);
		return Sent.refused(shown, "", "stored");
	};

	@Test
	void aSecondZipGetsWhatTheFirstLeftAndNamesTheRest() throws IOException {
		ZipUpload zips = new ZipUpload(2);

		zips.unpack(file("mot.zip", Zips.of("a.xlsx", new byte[10], "b.xlsx", new byte[10])), "1 KB", store);
		List<Sent> second = zips.unpack(file("hai.zip", Zips.of("c.xlsx", new byte[10])), "1 KB", store);

		assertThat(stored).containsExactly("mot.zip › a.xlsx", "mot.zip › b.xlsx");
		assertThat(second).singleElement().satisfies(s -> {
			assertThat(s.refusedKey()).isEqualTo("web.upload.zipTooMany");
			assertThat(s.refusedArgs()).containsExactly("hai.zip", "1", "2", "c.xlsx");
		});
	}

	@Test
	void aDamagedZipSpendsWhatItGaveBeforeTheDamage() throws IOException {
		byte[] noise = new byte[50_000];
		new java.util.Random(7).nextBytes(noise);
		byte[] whole = Zips.of("a.xlsx", new byte[10], "b.xlsx", noise);
		ZipUpload zips = new ZipUpload(2);

		List<Sent> first = zips.unpack(file("hong.zip", Arrays.copyOf(whole, whole.length / 2)), "1 KB", store);
		List<Sent> second = zips.unpack(file("hai.zip", Zips.of("c.xlsx", new byte[10], "d.xlsx", new byte[10])), "1 KB",
				store);

		assertThat(first).extracting(Sent::refusedKey).containsExactly("stored", "web.upload.zipUnreadable");
		assertThat(stored).containsExactly("hong.zip › a.xlsx", "hai.zip › c.xlsx");
		assertThat(second).extracting(Sent::refusedKey).containsExactly("stored", "web.upload.zipTooMany");
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("files", name, "application/zip", bytes);
	}
}
