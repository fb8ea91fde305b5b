package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** What a zip sent by a unit gives: its workbooks with their own bytes, and what else it held by name. */
class ZippedFormsTest {

	private static final byte[] CS01 = "PK-cs01-bytes".getBytes(StandardCharsets.UTF_8);

	private static final byte[] CS02 = "ole2-cs02-bytes".getBytes(StandardCharsets.UTF_8);

	@Test
	void eachWorkbookIsHandedOnWithItsBytesUnderItsOwnNameAndTheRestNamed() throws IOException {
		byte[] zip = Zips.of("Báo cáo tháng 12/CS01.xlsx", CS01, "__MACOSX/Báo cáo tháng 12/._CS01.xlsx", CS02,
				"Báo cáo tháng 12/~$CS01.xlsx", CS02, "Công văn.pdf", CS02, "Thumbs.db", CS02, "CS02.XLS", CS02);
		Map<String, byte[]> received = new LinkedHashMap<>();

		ZippedForms.Unpacked unpacked = ZippedForms.each(new ByteArrayInputStream(zip), 10,
				(name, content) -> received.put(name, content.readAllBytes()));

		assertThat(received.keySet()).containsExactly("CS01.xlsx", "CS02.XLS");
		assertThat(received.get("CS01.xlsx")).isEqualTo(CS01);
		assertThat(received.get("CS02.XLS")).isEqualTo(CS02);
		assertThat(unpacked.workbooks()).isEqualTo(2);
		assertThat(unpacked.notWorkbooks()).containsExactly("Công văn.pdf");
		assertThat(unpacked.encrypted()).isEmpty();
		assertThat(unpacked.notRead()).isEmpty();
	}

	@Test
	void workbooksOverTheLimitAreNamedNotRead() throws IOException {
		byte[] zip = Zips.of("a.xlsx", CS01, "b.xlsx", CS01, "c.xlsm", CS01);
		Map<String, byte[]> received = new LinkedHashMap<>();

		ZippedForms.Unpacked unpacked = ZippedForms.each(new ByteArrayInputStream(zip), 1,
				(name, content) -> received.put(name, content.readAllBytes()));

		assertThat(received.keySet()).containsExactly("a.xlsx");
		assertThat(unpacked.notRead()).containsExactly("b.xlsx", "c.xlsm");
	}

	/** A receiver that stops early (a workbook over the size limit) leaves the rest of its entry to be drained. */
	@Test
	void aReceiverNeedNotReadItsEntryToTheEnd() throws IOException {
		byte[] large = new byte[300_000];
		Arrays.fill(large, (byte) 'x');
		byte[] zip = Zips.of("lon.xlsx", large, "nho.xlsx", CS01);
		Map<String, byte[]> received = new LinkedHashMap<>();

		ZippedForms.each(new ByteArrayInputStream(zip), 10,
				(name, content) -> received.put(name, content.readNBytes(10)));

		assertThat(received.keySet()).containsExactly("lon.xlsx", "nho.xlsx");
		assertThat(received.get("nho.xlsx")).isEqualTo(Arrays.copyOf(CS01, 10));
	}

	/** As 7-Zip or WinRAR write one: sizes in the entry's header, the password's flag set, its bytes unreadable. */
	@Test
	void aWorkbookUnderTheZipsPasswordIsNamedNotHandedOn() throws IOException {
		byte[] zip = Zips.stored("mat.xlsx", "mat.xlsx", CS01, "mo.xlsx", CS01);
		Map<String, byte[]> received = new LinkedHashMap<>();

		ZippedForms.Unpacked unpacked = ZippedForms.each(new ByteArrayInputStream(zip), 10,
				(name, content) -> received.put(name, content.readAllBytes()));

		assertThat(received.keySet()).containsExactly("mo.xlsx");
		assertThat(received.get("mo.xlsx")).isEqualTo(CS01);
		assertThat(unpacked.encrypted()).containsExactly("mat.xlsx");
	}

	@Test
	void aZipThatUnpacksTooMuchStopsWhateverTheReceiverReads() throws IOException {
		byte[] zeros = new byte[1 << 20];
		byte[] zip = Zips.of("a.xlsx", zeros, "b.xlsx", zeros);
		Map<String, byte[]> received = new LinkedHashMap<>();

		assertThatThrownBy(() -> ZippedForms.each(new ByteArrayInputStream(zip), 10, 1_500_000,
				(name, content) -> received.put(name, content.readNBytes(1))))
			.isInstanceOf(ZippedForms.TooMuchInside.class);
		assertThat(received.keySet()).containsExactly("a.xlsx", "b.xlsx");
	}

	/** A file passed over is unpacked to be skipped: it counts against the bound like a workbook. */
	@Test
	void whatIsPassedOverCountsAgainstTheBoundToo() throws IOException {
		byte[] zeros = new byte[1 << 20];
		byte[] zip = Zips.of("a.txt", zeros, "b.txt", zeros, "c.xlsx", CS01);
		Map<String, byte[]> received = new LinkedHashMap<>();

		assertThatThrownBy(() -> ZippedForms.each(new ByteArrayInputStream(zip), 10, 1_500_000,
				(name, content) -> received.put(name, content.readAllBytes())))
			.isInstanceOf(ZippedForms.TooMuchInside.class);
		assertThat(received).isEmpty();
	}

	@Test
	void aDamagedOrFalseZipIsAnIOException() throws IOException {
		byte[] noise = new byte[50_000];
		new java.util.Random(1).nextBytes(noise);
		byte[] zip = Zips.of("a.xlsx", CS01, "b.xlsx", noise);
		byte[] cut = Arrays.copyOf(zip, zip.length / 2);
		Map<String, byte[]> received = new LinkedHashMap<>();

		assertThatThrownBy(() -> ZippedForms.each(new ByteArrayInputStream(cut), 10,
				(name, content) -> received.put(name, content.readAllBytes())))
			.isInstanceOf(ZippedForms.Damaged.class);
		assertThat(received.keySet()).containsExactly("a.xlsx");
		byte[] pdf = "%PDF-1.4 công văn gửi kèm biểu mẫu ".repeat(10).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ZippedForms.each(new ByteArrayInputStream(pdf), 10,
				(name, content) -> received.put(name, content.readAllBytes())))
			.isInstanceOf(IOException.class);
	}

	/**
	 * Windows' "Send to → Compressed folder" on a Vietnamese computer writes names in its code page without saying
	 * so: "Báo cáo" as the bytes 42 E1 6F 20 63 E1 6F, not UTF-8. Written here as that zip has it.
	 */
	@Test
	void aNameInVietnameseWindowsCodePageIsReadAsWritten() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
			out.setEncoding("windows-1258");
			out.setUseLanguageEncodingFlag(false);
			out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
			out.putArchiveEntry(new ZipArchiveEntry("Báo cáo tháng 12/Báo cáo CS01.xlsx"));
			out.write(CS01);
			out.closeArchiveEntry();
		}
		Map<String, byte[]> received = new LinkedHashMap<>();

		ZippedForms.each(new ByteArrayInputStream(bytes.toByteArray()), 10,
				(name, content) -> received.put(name, content.readAllBytes()));

		assertThat(received.keySet()).containsExactly("Báo cáo CS01.xlsx");
	}

	@Test
	void aZipIsKnownByItsName() {
		assertThat(ZippedForms.isZipName("Hồ sơ tháng 12.ZIP ")).isTrue();
		assertThat(ZippedForms.isZipName("bieu.xlsx")).isFalse();
		assertThat(ZippedForms.isZipName(null)).isFalse();
	}
}
