package vn.tonghop.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class TotalsCsvWriterTest {

	private static final String FILE = "unit_code,indicator,period,value\n" + "BP,LD01,2018,10\n" + "BP,LD01,2019,11\n"
			+ "BP-HĐ,TD04,2020,7\n" + "H1-A,KT01,2018,1\n" + "H1-A,KT01,2019,0\n" + "H1-A,KT01,2020,1\n"
			+ "H1-B,LD01,2018-2020,1234.5";

	/** Every line after the header comes back once, under its unit, in file order, whatever the buffer size. */
	@ParameterizedTest
	@ValueSource(ints = { 4, 16, 17, 40, 1 << 20 })
	void blocksOfOneUnitInFileOrder(int bufferSize) throws IOException {
		Map<String, ByteArrayOutputStream> byUnit = new LinkedHashMap<>();
		List<String> order = new ArrayList<>();
		new TotalsCsvWriter.UnitBlocks(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), bufferSize)
			.forEach((unit, bytes, offset, length) -> {
				if (order.isEmpty() || !order.get(order.size() - 1).equals(unit)) {
					order.add(unit);
				}
				byUnit.computeIfAbsent(unit, k -> new ByteArrayOutputStream()).write(bytes, offset, length);
			});
		assertThat(order).containsExactly("BP", "BP-HĐ", "H1-A", "H1-B");
		assertThat(byUnit.get("BP").toString(StandardCharsets.UTF_8)).isEqualTo("BP,LD01,2018,10\nBP,LD01,2019,11\n");
		assertThat(byUnit.get("BP-HĐ").toString(StandardCharsets.UTF_8)).isEqualTo("BP-HĐ,TD04,2020,7\n");
		assertThat(byUnit.get("H1-A").toString(StandardCharsets.UTF_8))
			.isEqualTo("H1-A,KT01,2018,1\nH1-A,KT01,2019,0\nH1-A,KT01,2020,1\n");
		assertThat(byUnit.get("H1-B").toString(StandardCharsets.UTF_8)).isEqualTo("H1-B,LD01,2018-2020,1234.5");
	}

	/** The direct join gives what Commons CSV gives, for plain fields and for those it must quote. */
	@ParameterizedTest
	@ValueSource(strings = { "H1-A|LD01|2018|1234.5", "BP|XL.HTXS|2018-2020|0", "P|LD05|2020|-7.25",
			"H1-A|XL.Chưa xếp loại|2019|1", "Q,1|TD04|2020|3", "\"x\"|A B|2020|1", "#1|LD01|2018|2", "H1| LD01|2018|2",
			"|LD01|2018|2" })
	void aRecordIsWhatCommonsCsvWrites(String record) {
		String[] fields = record.split("\\|", -1);
		assertThat(TotalsCsvWriter.line(fields))
			.isEqualTo(org.apache.commons.csv.CSVFormat.DEFAULT.format((Object[]) fields));
	}

	@Test
	void aFileWithoutItsHeaderIsRefused() {
		assertThatIOException().isThrownBy(() -> new TotalsCsvWriter.UnitBlocks(new ByteArrayInputStream(new byte[0]))
			.forEach((unit, bytes, offset, length) -> {
			}));
	}
}
