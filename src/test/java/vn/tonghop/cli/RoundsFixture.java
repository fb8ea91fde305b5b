package vn.tonghop.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.tonghop.sampledata.FilledForm;

/**
 * What the rounds tests share: a small annual form of their own (a temp file, as an installation's staff would write
 * one), filling the templates the command line writes, and reading a round's totals.csv.
 */
final class RoundsFixture {

	/** A one-year form from the codes of Biểu 01: head counts (S), admissions (F), the share of women (R). */
	static final String ANNUAL = """
			id: NAM-TEST
			version: "2021.1"
			title: Báo cáo số liệu năm 2021
			shortTitle: Biểu năm 2021
			years: [2021]
			termYears: 5
			moneyWarningThreshold: 100000
			sectors:
			  - { code: HCSN, name: "Cơ quan hành chính, đơn vị sự nghiệp" }
			  - { code: DNNN, name: "Doanh nghiệp nhà nước", enterprise: true }
			  - { code: NNN, name: "Doanh nghiệp ngoài nhà nước", enterprise: true }
			  - { code: FDI, name: "Doanh nghiệp có vốn đầu tư nước ngoài", enterprise: true }
			  - { code: KHAC, name: "Hợp tác xã, nghiệp đoàn, khác" }
			sections:
			  - code: "I"
			    title: Lao động, đoàn viên
			    indicators:
			      - { code: LD01, name: Tổng số CNVCLĐ, unit: người, type: int, class: S, required: true }
			      - { code: LD01N, name: "Trong đó: nữ", unit: người, type: int, class: S }
			      - { code: TC06, name: Tổng số đoàn viên công đoàn, unit: người, type: int, class: S, required: true }
			      - { code: TC06N, name: "Trong đó: đoàn viên nữ", unit: người, type: int, class: S }
			      - { code: TC07, name: Số đoàn viên kết nạp mới trong năm, unit: người, type: int, class: F }
			derived:
			  - { code: TC01, name: Số CĐCS, unit: đơn vị, class: S, registry: ACTIVE }
			  - { code: TYN, name: Tỷ lệ đoàn viên nữ, unit: "%", class: R, ratio: { numerator: TC06N, denominator: TC06 } }
			rules:
			  - { id: E5-TC06N, code: E5, check: "TC06N <= TC06" }
			  - { id: E5-TC06, code: E5, check: "TC06 <= LD01" }
			report:
			  childColumns:
			    - { code: TC01, label: Số CĐCS }
			    - { code: LD01, label: CNVCLĐ }
			    - { code: TC06, label: Đoàn viên }
			    - { code: TC06N, label: Đoàn viên nữ }
			    - { code: TYN, label: Tỷ lệ nữ }
			    - { code: TC07, label: Kết nạp mới }
			  membersChart: { total: TC06, part: TC06N }
			  ratioChart: TYN
			  narrative: [TC06, TYN]
			""";

	private RoundsFixture() {
	}

	/**
	 * Fills every template of {@code templates} whose unit has figures into {@code inbox/<folder of unit>/}, each
	 * figure the same in every year given.
	 */
	static void fillYears(Path templates, Path inbox, Map<String, String> folderOf,
			Map<String, Map<String, Object>> figures, List<Integer> years) throws IOException {
		try (Stream<Path> files = Files.list(templates)) {
			for (Path template : files.sorted().toList()) {
				String unit = template.getFileName().toString().replaceAll("^[^_]+_|\\.xlsx$", "");
				if (!figures.containsKey(unit)) {
					continue;
				}
				try (FilledForm form = new FilledForm(Files.readAllBytes(template), years)) {
					figures.get(unit).forEach((code, value) -> years.forEach(year -> form.set(code, year, value)));
					Path target = inbox.resolve(folderOf.get(unit)).resolve(template.getFileName());
					Files.createDirectories(target.getParent());
					Files.write(target, form.bytes());
				}
			}
		}
	}

	/** A round's totals.csv as "UNIT|INDICATOR|PERIOD" → value. */
	static Map<String, BigDecimal> totals(Path file) throws IOException {
		Map<String, BigDecimal> totals = new HashMap<>();
		for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
			String[] cells = line.split(",");
			totals.put(cells[0] + "|" + cells[1] + "|" + cells[2], new BigDecimal(cells[3]));
		}
		return totals;
	}

	/** The rows of a report's DOCX tables by their first cell (an indicator code), each row's cells' text. */
	static Map<String, List<String>> docxRows(Path docx) throws IOException {
		Map<String, List<String>> rows = new HashMap<>();
		try (var in = Files.newInputStream(docx);
				var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
			for (var table : document.getTables()) {
				for (var row : table.getRows()) {
					List<String> cells = row.getTableCells().stream().map(c -> c.getText().strip()).toList();
					if (!cells.isEmpty()) {
						rows.putIfAbsent(cells.get(0), cells);
					}
				}
			}
		}
		return rows;
	}

	/** Every file under a folder with its bytes, by relative path: for "nothing here changed". */
	static Map<String, byte[]> snapshot(Path folder) throws IOException {
		Map<String, byte[]> files = new java.util.TreeMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}
}
