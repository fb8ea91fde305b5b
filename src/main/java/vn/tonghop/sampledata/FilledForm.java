package vn.tonghop.sampledata;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A blank template being filled in the way a person would: by finding each indicator's row by its code and each
 * year's column by its header. Tests and the sample generator use it to make returned forms, and to spoil them.
 */
public final class FilledForm implements AutoCloseable {

	private final XSSFWorkbook workbook;

	private final XSSFSheet sheet;

	private final Map<String, Integer> rows = new HashMap<>();

	private final Map<Integer, Integer> yearColumns = new HashMap<>();

	public FilledForm(byte[] template, List<Integer> years) throws IOException {
		this.workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
		this.sheet = workbook.getSheetAt(0);
		for (Row row : sheet) {
			Cell code = row.getCell(1);
			if (code != null && code.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
				rows.putIfAbsent(code.getStringCellValue(), row.getRowNum());
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
						for (int year : years) {
							if (cell.getStringCellValue().contains(String.valueOf(year))) {
								yearColumns.put(year, cell.getColumnIndex());
							}
						}
					}
				}
			}
		}
	}

	public XSSFWorkbook workbook() {
		return workbook;
	}

	public XSSFSheet sheet() {
		return sheet;
	}

	/** The input cell of an indicator and year, created if needed. */
	public Cell cell(String code, int year) {
		Row row = sheet.getRow(rows.get(code));
		int column = yearColumns.get(year);
		return row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
	}

	public int row(String code) {
		return rows.get(code);
	}

	/** Types a value: numbers as numbers, Có/Không for booleans, text as text; null blanks the cell. */
	public FilledForm set(String code, int year, Object value) {
		Cell cell = cell(code, year);
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean yes) {
			cell.setCellValue(yes ? "Có" : "Không");
		}
		else {
			cell.setCellValue(value.toString());
		}
		return this;
	}

	public FilledForm setAll(Map<String, Map<Integer, Object>> figures) {
		figures.forEach((code, byYear) -> byYear.forEach((year, value) -> set(code, year, value)));
		return this;
	}

	/** Overwrites the text beside a header label such as "Mã đơn vị:" (for spoiling the unit code). */
	public FilledForm setHeader(String label, String value) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& first.getStringCellValue().equals(label)) {
				row.getCell(2).setCellValue(value);
				return this;
			}
		}
		throw new IllegalArgumentException("No header " + label);
	}

	/**
	 * The workbook as a file. Dates inside it are fixed so that the same figures always give the same bytes: the
	 * sample data can be regenerated without changing a committed file.
	 */
	/** Makes a template written for one unit into another unit's: visible header and hidden stamp. */
	public FilledForm restamp(String unitCode, String unitName, String sector) {
		setHeader("Mã đơn vị:", unitCode);
		setHeader("Tên công đoàn cơ sở:", unitName);
		setHeader("Khu vực:", sector);
		workbook.getSheet("_tonghop").getRow(2).getCell(1).setCellValue(unitCode);
		return this;
	}

	public byte[] bytes() throws IOException {
		workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_TIME));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return withFixedEntryTimes(out.toByteArray());
	}

	private static final java.util.Date FIXED_TIME = java.util.Date
		.from(java.time.Instant.parse("2020-11-15T08:00:00Z"));

	private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
				java.util.zip.ZipOutputStream rezipped = new java.util.zip.ZipOutputStream(out)) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
				copy.setTime(FIXED_TIME.getTime());
				rezipped.putNextEntry(copy);
				in.transferTo(rezipped);
				rezipped.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}
