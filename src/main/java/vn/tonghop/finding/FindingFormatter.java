package vn.tonghop.finding;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tonghop.form.Form;
import vn.tonghop.form.FormCatalog;
import vn.tonghop.form.Indicator;
import vn.tonghop.system.Messages;

/**
 * Renders a finding as one sentence in the user's language: where (file, sheet, cell, indicator with its name,
 * year), then what is wrong and how to put it right.
 */
@Component
public class FindingFormatter {

	private final Messages messages;

	private final Form form;

	private final FormCatalog forms;

	/** @param form the bundled form, whose names come first; a finding of another form's file is named from the catalog */
	FindingFormatter(Messages messages, Form form, FormCatalog forms) {
		this.messages = messages;
		this.form = form;
		this.forms = forms;
	}

	public String format(Finding f) {
		return location(f) + message(f);
	}

	/** 'Tệp "…", trang tính "…", ô F14, chỉ tiêu …, năm 2019: ' */
	public String location(Finding f) {
		String place = placeInFile(f);
		return messages.get("finding.file", f.file()) + (place.isEmpty() ? "" : ", " + place) + ": ";
	}

	/**
	 * Where in its file and what is wrong, for a line that names the file already: 'trang tính "…", ô F14, chỉ tiêu
	 * …, năm 2019: Giá trị …', or the message alone when the finding is of the whole file.
	 */
	public String inFile(Finding f) {
		String place = placeInFile(f);
		return (place.isEmpty() ? "" : place + ": ") + message(f);
	}

	private String placeInFile(Finding f) {
		List<String> parts = new ArrayList<>();
		if (f.sheet() != null) {
			parts.add(messages.get("finding.sheet", f.sheet()));
		}
		if (f.cell() != null) {
			parts.add(messages.get("finding.cell", f.cell()));
		}
		if (f.indicator() != null) {
			String name = form.indicator(f.indicator())
				.map(Indicator::name)
				.or(() -> forms.indicatorName(f.indicator()))
				.orElse("");
			parts.add(messages.get("finding.indicator", f.indicator(), name));
		}
		if (f.year() != null) {
			parts.add(messages.get("finding.year", String.valueOf(f.year())));
		}
		return String.join(", ", parts);
	}

	public String message(Finding f) {
		return messages.get(f.key(), f.args().toArray());
	}

	public String severity(Finding f) {
		return messages.get("finding.severity." + f.severity().name());
	}
}
