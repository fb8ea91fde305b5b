package vn.tonghop.workflow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.tonghop.orgunit.UnitContact;
import vn.tonghop.system.Messages;

/**
 * The "Chưa báo cáo" list as a spreadsheet staff can sort, filter and forward: the title and counts on top, then one
 * row per CĐCS not yet counted with its code first, why, and its contact in columns of their own.
 */
@Component
public class MissingWorkbook {

	private static final String[] HEADERS = { "code", "name", "why", "contactName", "phone", "email" };

	private static final int[] WIDTHS = { 18, 40, 60, 24, 16, 28 };

	private final Messages messages;

	private final ReportingText text;

	MissingWorkbook(Messages messages, ReportingText text) {
		this.messages = messages;
		this.text = text;
	}

	public void write(ReportingStatus status, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(messages.get("workflow.missing.sheet"));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			int r = 0;
			sheet.createRow(r++).createCell(0).setCellValue(text.title(status));
			sheet.getRow(0).getCell(0).setCellStyle(heading);
			for (String line : text.counts(status)) {
				sheet.createRow(r++).createCell(0).setCellValue(line);
			}
			r++;
			Row header = sheet.createRow(r++);
			for (int c = 0; c < HEADERS.length; c++) {
				header.createCell(c).setCellValue(messages.get("workflow.missing.column." + HEADERS[c]));
				header.getCell(c).setCellStyle(heading);
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			sheet.createFreezePane(0, r);
			for (ReportingStatus.Missing missing : status.missing()) {
				UnitContact contact = missing.contact() == null ? new UnitContact(null, null, null) : missing.contact();
				List<String> values = List.of(missing.unit().code(), missing.unit().name(), text.why(missing),
						nz(contact.name()), nz(contact.phone()), nz(contact.email()));
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
					row.getCell(c).setCellStyle(wrapped);
				}
			}
			workbook.write(out);
		}
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
