package vn.tonghop.sampledata;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.tonghop.orgunit.OrgUnit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The deliberately defective samples (one per rejection reason) and the tolerated oddities. Each is named for what
 * it shows; sample-data/README.md lists the finding each must earn. A defective file stands in for its unit's
 * form, so that unit shows as not reported.
 */
final class SampleDefects {

	private final SampleDataGenerator generator;

	private final Path out;

	private final SampleProvince province;

	private final Map<String, OrgUnit> units;

	private final Map<String, Map<String, Map<Integer, Object>>> figures;

	SampleDefects(SampleDataGenerator generator, Path out, SampleProvince province, Map<String, OrgUnit> units,
			Map<String, Map<String, Map<Integer, Object>>> figures) {
		this.generator = generator;
		this.out = out;
		this.province = province;
		this.units = units;
		this.figures = figures;
	}

	/** The units whose only file is a defective or odd one. */
	static final java.util.Set<String> UNITS = java.util.Set.of("TN-BC-CS03", "TN-GD-CS04", "TN-DMC-CS14",
			"TN-CT-CS02", "TN-CT-CS05", "TN-TC-CS03", "TN-TBI-CS01", "TN-KKT-CS02", "TN-HT-CS04", "TN-TP-CS05",
			"TN-KKT-CS01", "TN-TB-CS05", "TN-GD-CS06", "TN-HT-CS03");

	/**
	 * Defective units added after the sample's draws were fixed: they still take their draw (and were drawn to send),
	 * so that every other unit's file stays as it was.
	 */
	static final java.util.Set<String> DRAWN = java.util.Set.of("TN-HT-CS03");

	int write() throws IOException {
		int written = 0;
		OrgUnit any = units.get("TN-BC-CS03");
		SampleDataGenerator.write(out, any, "loi-E1-khong-phai-excel.xlsx",
				"Đây là một tệp văn bản được đổi tên thành .xlsx, không phải sổ làm việc Excel.\n"
					.getBytes(StandardCharsets.UTF_8));
		written++;
		written += spoil("TN-BC-CS03", "loi-E1-phien-ban-bieu-mau-cu.xlsx", f -> {
			Sheet meta = f.workbook().getSheet("_tonghop");
			meta.getRow(1).getCell(1).setCellValue("2015-2017.1");
		});
		written += spoil("TN-GD-CS04", "loi-E2-ma-don-vi-khong-co-trong-danh-muc.xlsx",
				f -> f.setHeader("Mã đơn vị:", "TN-GD-CS99"));
		written += spoil("TN-DMC-CS14", "loi-E2-so-lieu-nam-chua-thanh-lap.xlsx", f -> f.set("LD01", 2019, 25)
			.set("TC06", 2019, 20));
		written += spoil("TN-CT-CS02", "loi-E3-so-am.xlsx", f -> f.set("LD04", 2019, -3));
		written += spoil("TN-CT-CS05", "loi-E3-chu-thay-cho-so.xlsx", f -> f.set("TC07", 2018, "khoảng mười"));
		written += spoil("TN-TC-CS03", "loi-E4-thieu-tong-so-lao-dong.xlsx", f -> f.set("LD01", 2019, null));
		written += spoil("TN-TBI-CS01", "loi-E5-doan-vien-nhieu-hon-lao-dong.xlsx",
				f -> f.set("TC06", 2020, number("TN-TBI-CS01", "LD01", 2020).add(BigDecimal.valueOf(12))));
		written += spoil("TN-KKT-CS02", "loi-E6-ngung-viec-khong-co-nguoi-tham-gia.xlsx",
				f -> f.set("DD12", 2019, 2).set("DD13", 2019, 0));
		written += spoil("TN-HT-CS04", "loi-E7-quy-khong-can-doi.xlsx",
				f -> f.set("TCH07", 2020, number("TN-HT-CS04", "TCH07", 2020).add(BigDecimal.valueOf(25))));
		written += spoil("TN-TP-CS05", "chap-nhan-so-go-dang-chu.xlsx", f -> {
			f.set("LD01", 2018, vietnamese(number("TN-TP-CS05", "LD01", 2018)) + " người");
			f.set("TC06", 2019, "\u00A0" + vietnamese(number("TN-TP-CS05", "TC06", 2019)));
			f.set("TCH01", 2020, number("TN-TP-CS05", "TCH01", 2020).toPlainString().replace('.', ','));
			f.set("DD12", 2018, "-");
		});
		written += spoil("TN-KKT-CS01", "chap-nhan-so-hang-nghin-co-dau-cham.xlsx",
				f -> f.set("LD01", 2020, vietnamese(number("TN-KKT-CS01", "LD01", 2020))));
		written += spoil("TN-TB-CS05", "chap-nhan-chen-dong-va-an-dong.xlsx", f -> {
			Sheet sheet = f.sheet();
			int header = f.row("LD01") - 2;
			sheet.shiftRows(header, sheet.getLastRowNum(), 2);
			Row note = sheet.createRow(header);
			note.createCell(0).setCellValue("Ghi chú thêm của người lập biểu: số liệu đã được lãnh đạo đơn vị duyệt.");
			Row hidden = sheet.getRow(f.row("LD01") + 2 + 3);
			hidden.setZeroHeight(true);
		});
		written += spoil("TN-GD-CS06", "chap-nhan-o-cong-thuc.xlsx", f -> {
			BigDecimal workers = number("TN-GD-CS06", "LD01", 2020);
			f.cell("LD01", 2020).setCellFormula(workers.subtract(BigDecimal.TEN).toPlainString() + "+10");
			SampleDataGenerator.evaluateFormulas(f);
		});
		// A slip no rule of one file can see: 2020's workers typed with one zero too many. Only comparing the unit's
		// change with those of the other public-sector unions (W7) shows it.
		written += spoil("TN-HT-CS03", "chap-nhan-W7-lao-dong-thua-mot-so-0.xlsx",
				f -> f.set("LD01", 2020, number("TN-HT-CS03", "LD01", 2020).multiply(BigDecimal.TEN)));
		return written;
	}

	private interface Spoiler {

		void apply(FilledForm form) throws IOException;

	}

	private int spoil(String code, String name, Spoiler spoiler) throws IOException {
		OrgUnit unit = units.get(code);
		try (FilledForm form = generator.filled(unit, units, figures.get(code))) {
			spoiler.apply(form);
			SampleDataGenerator.write(out, unit, name, form.bytes());
		}
		return 1;
	}

	private BigDecimal number(String code, String indicator, int year) {
		return (BigDecimal) figures.get(code).get(indicator).get(year);
	}

	/** 1234 → "1.234" (Vietnamese thousands). */
	private static String vietnamese(BigDecimal value) {
		return String.format(java.util.Locale.ROOT, "%,d", value.longValue()).replace(',', '.');
	}
}
