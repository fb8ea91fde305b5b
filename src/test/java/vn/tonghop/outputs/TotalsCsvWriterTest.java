package vn.tonghop.outputs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class TotalsCsvWriterTest {

	private static final String FILE = "unit_code,indicator,period,value\n" + "BP,LD01,2018,10\n" + "BP,LD01,2019,11\n"
			+ "BP-HĐ,TD04,2020,7\n" + "H1-A,KT01,2018,1\n" + "H1-A,KT01,2019,0\n" + "H1-A,KT01,2020,1\n"
			+ "H1-B,LD01,2018-2020,1234.5\n" + "\"Q,1\",TD04,2020,3\n";

	@TempDir
	Path folder;

	/**
	 * Units replaced where they stand, ones the file lacks put in their place, the rest copied as it was: worked out
	 * by hand from FILE. Run once with the whole file searched line by line, and once with 5.000 units of padding
	 * (95 KB) so that the search halves the file several times before it goes line by line.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 0, 5000 })
	void replacedUnitsTakeTheirPlaceAndEveryOtherLineIsCopied(int padding) throws IOException {
		StringBuilder pad = new StringBuilder();
		for (int i = 0; i < padding; i++) {
			pad.append(String.format("H0-%04d,LD01,2018,%d\n", i, i));
		}
		String file = FILE.replace("H1-A,KT01,2018", pad + "H1-A,KT01,2018");
		Path previous = Files.writeString(folder.resolve("previous.csv"), file);
		Path next = folder.resolve("next.csv");
		try (PreviousTotals earlier = PreviousTotals.open(previous).orElseThrow();
				FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			out.write(ByteBuffer.wrap("header\n".getBytes(StandardCharsets.UTF_8)));
			for (String unit : List.of("BP-H", "BP-HĐ", "H0-0300", "H1-A", "Q,1", "ZZ")) {
				earlier.copyBefore(unit, out);
				earlier.skip(unit);
				out.write(ByteBuffer.wrap(("[" + unit + "]\n").getBytes(StandardCharsets.UTF_8)));
			}
			earlier.copyRest(out);
		}
		String padded = pad.toString();
		String expected = "header\n" + "BP,LD01,2018,10\n" + "BP,LD01,2019,11\n" + "[BP-H]\n" + "[BP-HĐ]\n"
				+ (padding == 0 ? "[H0-0300]\n" : padded.substring(0, padded.indexOf("H0-0300")) + "[H0-0300]\n"
						+ padded.substring(padded.indexOf("H0-0301")))
				+ "[H1-A]\n" + "H1-B,LD01,2018-2020,1234.5\n" + "[Q,1]\n" + "[ZZ]\n";
		assertThat(Files.readString(next)).isEqualTo(expected);
	}

	/** A last line without its line end gets one, so that rows printed after it start a line of their own. */
	@Test
	void aLastLineWithoutItsEndGetsOne() throws IOException {
		Path previous = Files.writeString(folder.resolve("previous.csv"), "unit_code,indicator,period,value\nA,X,2018,1");
		Path next = folder.resolve("next.csv");
		try (PreviousTotals earlier = PreviousTotals.open(previous).orElseThrow();
				FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			earlier.copyBefore("B", out);
			out.write(ByteBuffer.wrap("B,X,2018,2\n".getBytes(StandardCharsets.UTF_8)));
			earlier.copyRest(out);
		}
		assertThat(Files.readString(next)).isEqualTo("A,X,2018,1\nB,X,2018,2\n");
	}

	/** The direct join gives what Commons CSV gives, for plain fields and for those it must quote. */
	@ParameterizedTest
	@ValueSource(strings = { "H1-A|LD01|2018|1234.5", "BP|XL.HTXS|2018-2020|0", "P|LD05|2020|-7.25",
			"H1-A|XL.Chưa xếp loại|2019|1", "Q,1|TD04|2020|3", "\"x\"|A B|2020|1", "#1|LD01|2018|2", "H1| LD01|2018|2",
			"|LD01|2018|2" })
	void aRecordIsWhatCommonsCsvWrites(String record) {
		String[] fields = record.split("\\|", -1);
		assertThat(TotalsCsvLines.line(fields))
			.isEqualTo(org.apache.commons.csv.CSVFormat.DEFAULT.format((Object[]) fields));
	}

	/** A unit's lines, each what Commons CSV writes for its row, whether its codes need quoting or not. */
	@Test
	void theLinesOfRowsAreEachRecordAsCommonsCsvWritesIt() {
		java.util.List<vn.tonghop.consolidation.Total> rows = java.util.List.of(
				new vn.tonghop.consolidation.Total("H1-A", "LD01", "2018", new java.math.BigDecimal("1234.50")),
				new vn.tonghop.consolidation.Total("H1-A", "LD01", "2018-2020", new java.math.BigDecimal("-7.25")),
				new vn.tonghop.consolidation.Total("H1-A", "XL.Chưa xếp loại", "2019", java.math.BigDecimal.ONE),
				new vn.tonghop.consolidation.Total("H1-A", "TD04", "2020", new java.math.BigDecimal("3E+2")),
				new vn.tonghop.consolidation.Total("Q,1", "TD04", "2020", java.math.BigDecimal.TEN));

		assertThat(new String(TotalsCsvLines.of(rows), StandardCharsets.UTF_8)).isEqualTo("""
				H1-A,LD01,2018,1234.5
				H1-A,LD01,2018-2020,-7.25
				H1-A,XL.Chưa xếp loại,2019,1
				H1-A,TD04,2020,300
				"Q,1",TD04,2020,10
				""");
	}

	/**
	 * Each unit's and indicator's start is written once for its rows: every line must still be what Commons CSV writes
	 * for the whole record, whatever the codes need (quotes for a comma, a quote, a leading "#" or space, an empty
	 * first field) and whatever the value (negative, decimal, whole, written with an exponent).
	 */
	@Test
	void everyLineIsWhatCommonsCsvWritesForItsRecord() {
		java.util.List<vn.tonghop.consolidation.Total> rows = new java.util.ArrayList<>();
		StringBuilder expected = new StringBuilder();
		for (String unit : java.util.List.of("H1-A", "Q,1", "\"x\"", "#1", " H2", "", "Đ1")) {
			for (String indicator : java.util.List.of("LD01", "XL.Chưa xếp loại", "A B ", "#2", "a,b", "DD05.A")) {
				for (String value : java.util.List.of("1234.50", "-7.25", "0", "3E+2", "12")) {
					var row = new vn.tonghop.consolidation.Total(unit, indicator, "2018-2020",
							new java.math.BigDecimal(value));
					rows.add(row);
					expected.append(org.apache.commons.csv.CSVFormat.DEFAULT.format(unit, indicator, row.period(),
							RunOutputs.plain(row.value()))).append('\n');
				}
			}
		}

		assertThat(new String(TotalsCsvLines.of(rows), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
		assertThat(expected).contains("\"Q,1\",LD01,2018-2020,1234.5\n", "H1-A,\"a,b\",2018-2020,-7.25\n",
				"H1-A,LD01,2018-2020,300\n", "H1-A,LD01,2018-2020,12\n");
	}

	@Test
	void aFileWithoutItsHeaderIsRefused() throws IOException {
		Path empty = Files.writeString(folder.resolve("empty.csv"), "");
		assertThatIOException().isThrownBy(() -> PreviousTotals.open(empty));
	}
}
