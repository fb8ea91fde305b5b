package vn.tonghop.workbook;

import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.tonghop.form.Form;
import vn.tonghop.form.ValueType;
import vn.tonghop.system.Messages;

/** The blank form's data validation: what Excel refuses as it is typed, with a Vietnamese message saying why. */
final class TemplateValidations {

	private final Form form;

	private final Messages messages;

	TemplateValidations(Form form, Messages messages) {
		this.form = form;
		this.messages = messages;
	}

	/** The input cells by value type, and the choice cells by their list. */
	void inputs(XSSFSheet sheet, Map<ValueType, CellRangeAddressList> byType, Map<String, CellRangeAddressList> byList) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		byType.forEach((type, cells) -> {
			DataValidationConstraint constraint = switch (type) {
				case INT -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
				case MONEY -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
				case BOOL, CHOICE -> helper.createFormulaListConstraint(TemplateLayout.BOOL_RANGE);
			};
			String key = type.name().toLowerCase(java.util.Locale.ROOT);
			add(sheet, helper, constraint, cells, key, type == ValueType.BOOL);
		});
		byList.forEach((list, cells) -> add(sheet, helper,
				helper.createFormulaListConstraint(TemplateLayout.listRange(list)), cells, "choice", true));
	}

	/** "Ngày lập" takes a date from the period's first year to the end of the century, or stays empty. */
	void date(XSSFSheet sheet, int row, int column) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		add(sheet, helper, helper.createDateConstraint(OperatorType.BETWEEN, "DATE(" + form.firstYear() + ",1,1)",
				"DATE(2099,12,31)", "dd/mm/yyyy"), new CellRangeAddressList(row, row, column, column), "date", false);
	}

	private void add(XSSFSheet sheet, XSSFDataValidationHelper helper, DataValidationConstraint constraint,
			CellRangeAddressList cells, String key, boolean dropDown) {
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox(messages.get("template.validation.title"),
				messages.get("template.validation." + key));
		validation.setShowPromptBox(false);
		// In XSSF "suppress" true is what shows the drop-down arrow.
		validation.setSuppressDropDownArrow(dropDown);
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}
}
