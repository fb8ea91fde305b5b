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

	private static final int[] WIDTHS = { 16, 36, 56, 22, 14, 26 };

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
			heading.setWrapText(true);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			// Printed as it is forwarded: landscape, one page wide, the heading row on every page.
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			int r = 0;
			List<String> top = new java.util.ArrayList<>();
			top.add(text.title(status));
			top.addAll(text.counts(status));
			for (String line : top) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(line);
				row.getCell(0).setCellStyle(r == 0 ? heading : wrapped);
				row.setHeightInPoints(r == 0 ? 32 : 18);
				sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, HEADERS.length - 1));
				r++;
			}
			r++;
			Row header = sheet.createRow(r++);
			for (int c = 0; c < HEADERS.length; c++) {
				header.createCell(c).setCellValue(messages.get("workflow.missing.column." + HEADERS[c]));
				header.getCell(c).setCellStyle(heading);
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			sheet.createFreezePane(0, r);
			sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(r - 1, r - 1, 0, HEADERS.length - 1));
			for (ReportingStatus.Missing missing : status.missing()) {
				UnitContact contact = missing.contact() == null ? new UnitContact(null, null, null) : missing.contact();
				List<String> values = List.of(missing.unit().code(), missing.unit().name(), text.why(missing),
						nz(contact.name()), nz(contact.phone()), nz(contact.email()));
				Row row = sheet.createRow(r++);
				int lines = 1;
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
					row.getCell(c).setCellStyle(wrapped);
					lines = Math.max(lines, (values.get(c).length() + WIDTHS[c] - 1) / WIDTHS[c]);
				}
				// Neither Excel nor LibreOffice grows a row for wrapped text a program wrote: its height is set here.
				row.setHeightInPoints(lines * 15f);
			}
			workbook.write(out);
		}
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
