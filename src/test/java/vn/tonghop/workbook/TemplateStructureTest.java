package vn.tonghop.workbook;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a written template with the JDK's own zip and XML parsers, not with POI, so that what Excel and LibreOffice
 * will see is checked independently of the library that wrote it: protection, drop-downs, hidden lists, the stamp,
 * print set-up and the Vietnamese text.
 */
class TemplateStructureTest {

	static Map<String, Document> parts = new HashMap<>();

	@BeforeAll
	static void unzip() throws Exception {
		byte[] bytes = WorkbookFixtures.template(WorkbookFixtures.UNIT);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
					parts.put(e.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
				}
			}
		}
	}

	private static List<Element> elements(String part, String tag) {
		NodeList nodes = parts.get(part).getElementsByTagName(tag);
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	@Test
	void sheetsAreFormInstructionsAndHiddenListsAndStamp() {
		List<Element> sheets = elements("xl/workbook.xml", "sheet");
		assertThat(sheets).extracting(s -> s.getAttribute("name"))
			.containsExactly("Biểu 01-CĐCS", "Hướng dẫn", "DanhMuc", "_tonghop");
		assertThat(sheets).extracting(s -> s.getAttribute("state")).containsExactly("", "", "hidden", "veryHidden");
	}

	@Test
	void theFormSheetIsProtectedAndItsDropDownsUseNamedLists() {
		Element protection = elements("xl/worksheets/sheet1.xml", "sheetProtection").get(0);
		assertThat(protection.getAttribute("sheet")).isEqualTo("true");
		assertThat(protection.hasAttribute("password")).isFalse();

		List<Element> validations = elements("xl/worksheets/sheet1.xml", "dataValidation");
		Map<String, String> formulaByType = new HashMap<>();
		for (Element v : validations) {
			String formula = v.getElementsByTagName("formula1").item(0).getTextContent();
			formulaByType.merge(v.getAttribute("type"), formula, (a, b) -> a + "," + b);
			assertThat(v.getAttribute("errorStyle")).isIn("", "stop");
			assertThat(v.getAttribute("showErrorMessage")).isEqualTo("true");
		}
		assertThat(formulaByType).containsEntry("whole", "0").containsEntry("decimal", "0");
		assertThat(formulaByType.get("list").split(",")).containsExactlyInAnyOrder("DM_COKHONG",
				"DM_XEPLOAI_CDCS", "DM_XEPLOAI_TULDTT");

		Map<String, String> names = new HashMap<>();
		elements("xl/workbook.xml", "definedName").forEach(n -> names.put(n.getAttribute("name"), n.getTextContent()));
		assertThat(names).containsEntry("DM_COKHONG", "'DanhMuc'!$A$1:$A$2")
			.containsEntry("DM_XEPLOAI_CDCS", "'DanhMuc'!$B$1:$B$5")
			.containsEntry("DM_XEPLOAI_TULDTT", "'DanhMuc'!$C$1:$C$5")
			.containsKey("_xlnm.Print_Titles");
	}

	@Test
	void inputCellsAreUnlockedAndEverythingElseLocked() {
		List<Element> xfs = elements("xl/styles.xml", "cellXfs").get(0).getChildNodes().getLength() > 0
				? childElements(elements("xl/styles.xml", "cellXfs").get(0)) : List.of();
		// LD01 2019 is F14; its style must carry <protection locked="0"/>; its code B14 must not.
		Element input = cell("F14");
		Element code = cell("B14");
		assertThat(isUnlocked(xfs.get(Integer.parseInt(input.getAttribute("s"))))).isTrue();
		assertThat(isUnlocked(xfs.get(Integer.parseInt(code.getAttribute("s"))))).isFalse();
	}

	@Test
	void printsOnA4LandscapeFitToWidth() {
		Element setup = elements("xl/worksheets/sheet1.xml", "pageSetup").get(0);
		assertThat(setup.getAttribute("paperSize")).isEqualTo("9");
		assertThat(setup.getAttribute("orientation")).isEqualTo("landscape");
		assertThat(setup.getAttribute("fitToWidth")).isEqualTo("1");
		assertThat(setup.getAttribute("fitToHeight")).isEqualTo("0");
		assertThat(elements("xl/worksheets/sheet1.xml", "pageSetUpPr").get(0).getAttribute("fitToPage"))
			.isEqualTo("true");
	}

	@Test
	void vietnameseTextIsStoredIntact() {
		List<String> strings = elements("xl/sharedStrings.xml", "t").stream().map(Element::getTextContent).toList();
		assertThat(strings).contains("Công đoàn cơ sở Trường Tiểu học Phước Minh",
				"Liên đoàn Lao động huyện Dương Minh Châu", "Mã chỉ tiêu", "Năm 2018", "Năm 2019", "Năm 2020",
				"Tổng số đoàn viên công đoàn (bắt buộc)", "Thu kinh phí công đoàn (2%)", "Chưa xếp loại",
				"HƯỚNG DẪN ĐIỀN BIỂU MẪU");
	}

	@Test
	void theStampNamesFormVersionAndUnit() {
		List<String> strings = elements("xl/sharedStrings.xml", "t").stream().map(Element::getTextContent).toList();
		assertThat(strings).contains("form.id", "BIEU01-CDCS", "form.version", "2018-2020.1", "unit.code", "H1-CS01");
	}

	private static Element cell(String ref) {
		return elements("xl/worksheets/sheet1.xml", "c").stream()
			.filter(c -> c.getAttribute("r").equals(ref))
			.findFirst()
			.orElseThrow();
	}

	private static boolean isUnlocked(Element xf) {
		NodeList protection = xf.getElementsByTagName("protection");
		return protection.getLength() > 0 && "false".equals(((Element) protection.item(0)).getAttribute("locked"))
				|| protection.getLength() > 0 && "0".equals(((Element) protection.item(0)).getAttribute("locked"));
	}

	private static List<Element> childElements(Element parent) {
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
			if (parent.getChildNodes().item(i) instanceof Element e) {
				list.add(e);
			}
		}
		return list;
	}

	/** The part of the sheet of that name, through the workbook's relationships. */
	private static String sheetPart(String name) {
		String id = elements("xl/workbook.xml", "sheet").stream()
			.filter(s -> s.getAttribute("name").equals(name))
			.findFirst()
			.orElseThrow()
			.getAttribute("r:id");
		String target = elements("xl/_rels/workbook.xml.rels", "Relationship").stream()
			.filter(r -> r.getAttribute("Id").equals(id))
			.findFirst()
			.orElseThrow()
			.getAttribute("Target");
		return target.startsWith("/") ? target.substring(1) : "xl/" + target;
	}

	@Test
	void theDateOfTheFormTakesOnlyADateFromThePeriodOn() {
		// Header fields from row 4: code, name, upper union, sector, preparer, phone, date: "Ngày lập" is C10.
		List<Element> dates = elements("xl/worksheets/sheet1.xml", "dataValidation").stream()
			.filter(v -> v.getAttribute("type").equals("date"))
			.toList();
		assertThat(dates).hasSize(1);
		assertThat(dates.get(0).getAttribute("sqref")).isEqualTo("C10");
		assertThat(dates.get(0).getElementsByTagName("formula1").item(0).getTextContent()).isEqualTo("DATE(2018,1,1)");
		List<String> strings = elements("xl/sharedStrings.xml", "t").stream().map(Element::getTextContent).toList();
		assertThat(strings).contains("Ngày lập:");
	}

	@Test
	void theFormEndsWithTheSignaturesOfItsPreparerAndHead() {
		List<String> strings = elements("xl/sharedStrings.xml", "t").stream().map(Element::getTextContent).toList();
		assertThat(strings).contains("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)",
				"…………, ngày …… tháng …… năm 20……");
	}

	@Test
	void theInstructionsFitAnA4PortraitPageWithRoomForEveryLine() {
		String instructions = sheetPart("Hướng dẫn");
		Element column = elements(instructions, "col").get(0);
		// An A4 portrait page holds about 80 characters of 12 pt serif a line.
		assertThat(Double.parseDouble(column.getAttribute("width"))).isLessThanOrEqualTo(80);
		assertThat(elements(instructions, "pageSetup").get(0).getAttribute("fitToWidth")).isEqualTo("1");
		// The longest instruction (the first, about 190 characters) is given more than one line of height.
		List<Element> rows = elements(instructions, "row");
		Element first = rows.stream().filter(r -> r.getAttribute("r").equals("3")).findFirst().orElseThrow();
		assertThat(first.getAttribute("customHeight")).isIn("true", "1");
		assertThat(Double.parseDouble(first.getAttribute("ht"))).isGreaterThanOrEqualTo(32);
	}
}
