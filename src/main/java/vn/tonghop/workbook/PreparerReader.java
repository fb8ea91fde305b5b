package vn.tonghop.workbook;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.tonghop.system.TonghopSettings;

/**
 * Who filled a returned file in: the "Người lập biểu" and "Điện thoại" the template's header asks for (the first
 * non-blank cell right of each label, in the first rows of any sheet). Whom to call about a unit the registry gives
 * no contact for. Reads with the same limits as the form reader; a file it cannot read gives nothing.
 */
@Component
public class PreparerReader {

	/** @param name, phone either may be blank */
	public record Preparer(String name, String phone) {
	}

	private final int maxCells;

	private final String nameLabel;

	private final String phoneLabel;

	PreparerReader(TonghopSettings settings, MessageSource messages) {
		this.maxCells = settings.maxCells();
		Locale vi = Locale.forLanguageTag("vi");
		this.nameLabel = TextMatch.fold(messages.getMessage("template.header.preparer", null, vi));
		this.phoneLabel = TextMatch.fold(messages.getMessage("template.header.phone", null, vi));
	}

	/** @param content the file's bytes, as archived */
	public Optional<Preparer> read(byte[] content) {
		try {
			Grid grid;
			if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
				grid = StaxGridReader.read(content, maxCells);
			}
			else {
				try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(content))) {
					grid = GridReaders.fromWorkbook(workbook, maxCells);
				}
			}
			for (Grid.Sheet sheet : grid.sheets()) {
				String name = valueBeside(sheet, nameLabel);
				String phone = valueBeside(sheet, phoneLabel);
				if (!name.isEmpty() || !phone.isEmpty()) {
					return Optional.of(new Preparer(name, phone));
				}
			}
			return Optional.empty();
		}
		catch (Exception unreadable) {
			// A returned file is often one that cannot be read: then there is simply no name to show.
			return Optional.empty();
		}
	}

	private static String valueBeside(Grid.Sheet sheet, String label) {
		for (int r = 0; r <= Math.min(sheet.lastRow(), 40); r++) {
			for (Grid.Cell cell : sheet.row(r).values()) {
				if (cell.kind() == Grid.Kind.TEXT && label.equals(TextMatch.fold(cell.text()))) {
					for (Grid.Cell right : sheet.row(r).values()) {
						String value = right.column() > cell.column() ? FormTable.text(right).strip() : "";
						if (!value.isEmpty()) {
							return value;
						}
					}
				}
			}
		}
		return "";
	}
}
