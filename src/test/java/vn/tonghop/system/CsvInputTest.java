package vn.tonghop.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvInputTest {

	/** The delimiter is told by the header line; what follows it is read from where it was. */
	@Test
	void aSemicolonSeparatedFileIsToldByItsHeader() throws IOException {
		org.apache.commons.csv.CSVFormat base = org.apache.commons.csv.CSVFormat.DEFAULT;
		Reader semicolons = CsvInput.utf8(new ByteArrayInputStream("a;b\n1,5;2\n".getBytes(StandardCharsets.UTF_8)));
		var format = CsvInput.delimited(semicolons, base);
		assertThat(format.getDelimiterString()).isEqualTo(";");
		try (var parser = org.apache.commons.csv.CSVParser.parse(semicolons, format)) {
			assertThat(parser.getRecords()).extracting(r -> r.get(0)).containsExactly("a", "1,5");
		}
		Reader commas = CsvInput.utf8(new ByteArrayInputStream("a,b;c\n1;2,3\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(CsvInput.delimited(commas, base).getDelimiterString()).isEqualTo(",");
	}

	@Test
	void excelsCsvUtf8IsReadWithoutItsByteOrderMark() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "code,name\nTN,Liên đoàn Lao động tỉnh Tây Ninh\n".getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, file, 0, bom.length);
		System.arraycopy(text, 0, file, bom.length, text.length);

		try (Reader reader = CsvInput.utf8(new ByteArrayInputStream(file))) {
			java.io.StringWriter read = new java.io.StringWriter();
			reader.transferTo(read);
			assertThat(read).hasToString("code,name\nTN,Liên đoàn Lao động tỉnh Tây Ninh\n");
		}
	}

	@Test
	void aFileInAWindowsCodePageIsRefusedAtTheLineOfItsFirstLetterThatIsNotUtf8() {
		for (String codePage : new String[] { "windows-1258", "windows-1252" }) {
			byte[] file = "code,name\r\nTN,Lao dong\r\nTB,Trảng Bàng\r\n".getBytes(Charset.forName(codePage));

			CsvInput.NotUtf8 refused = catchThrowableOfType(CsvInput.NotUtf8.class,
					() -> CsvInput.utf8(new ByteArrayInputStream(file)));

			assertThat(refused).as(codePage).isNotNull();
			assertThat(refused.line()).as(codePage).isEqualTo(3);
		}
	}
}
