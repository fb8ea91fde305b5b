package vn.tonghop.reporttext;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.RegistryLineError;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.rounds.Round;

/**
 * Report settings from a CSV file ({@code unit_code} and any of the columns {@link ReportPart#column()} names, e.g.
 * {@code document_number,date,signer_name}; several recipients separated by "|"): how an installation, or the
 * sample, sets its headers and signers without typing them into the web. A file with any bad line changes nothing;
 * an empty cell leaves that setting as it is.
 */
@Service
public class ReportSettingsFile {

	private final ReportTexts texts;

	private final OrgRegistry registry;

	ReportSettingsFile(ReportTexts texts, OrgRegistry registry) {
		this.texts = texts;
		this.registry = registry;
	}

	/**
	 * Sets the reports of one round.
	 *
	 * @return the number of settings changed
	 */
	@Transactional
	public int importCsv(Round round, InputStream input, String editor) throws IOException {
		OrgTree tree = registry.treeAt(round.referenceDate());
		Map<String, Map<ReportPart, String>> byUnit = new LinkedHashMap<>();
		List<RegistryLineError> errors = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		java.io.Reader text = vn.tonghop.system.CsvInput.utf8(input, line -> new ReportSettingsRejected(
				List.of(new RegistryLineError(line, "csv.notUtf8", List.of()))));
		try (CSVParser parser = CSVParser.parse(text, vn.tonghop.system.CsvInput.delimited(text, format))) {
			Map<String, ReportPart> columns = new LinkedHashMap<>();
			for (String header : parser.getHeaderNames()) {
				for (ReportPart part : ReportPart.values()) {
					if (!part.isSection() && part.column().equals(header)) {
						columns.put(header, part);
					}
				}
				if (!header.equals("unit_code") && !columns.containsKey(header)) {
					errors.add(new RegistryLineError(1, "reportText.error.column", List.of(header)));
				}
			}
			for (CSVRecord r : parser) {
				String unit = r.isMapped("unit_code") ? r.get("unit_code") : "";
				if (tree.unit(unit).isEmpty()) {
					errors.add(new RegistryLineError(r.getRecordNumber() + 1, "reportText.error.unit", List.of(unit)));
					continue;
				}
				Map<ReportPart, String> values = byUnit.computeIfAbsent(unit, k -> new EnumMap<>(ReportPart.class));
				long line = r.getRecordNumber() + 1;
				columns.forEach((column, part) -> {
					String value = r.get(column);
					if (value.isBlank()) {
						return;
					}
					if (value.length() > ReportTexts.MAX_LENGTH) {
						errors.add(new RegistryLineError(line, "reportText.error.csvTooLong",
								List.of(column, value.length(), ReportTexts.MAX_LENGTH)));
						return;
					}
					if (part == ReportPart.DATE) {
						java.util.Optional<String> iso = isoDate(value);
						if (iso.isEmpty()) {
							errors.add(new RegistryLineError(line, "reportText.error.csvDate", List.of(value)));
							return;
						}
						value = iso.get();
					}
					values.put(part, part == ReportPart.RECIPIENTS ? value.replace("|", "\n") : value);
				});
			}
		}
		if (!errors.isEmpty()) {
			throw new ReportSettingsRejected(errors);
		}
		Scope all = Scope.wholeTree(tree);
		int changed = 0;
		for (Map.Entry<String, Map<ReportPart, String>> unit : byUnit.entrySet()) {
			changed += texts.save(all, round.code(), unit.getKey(), unit.getValue(), editor);
		}
		return changed;
	}

	/** The date as kept (ISO), read as staff write it (see {@link vn.tonghop.system.VietnameseFormat#parseDate}). */
	static java.util.Optional<String> isoDate(String text) {
		return vn.tonghop.system.VietnameseFormat.parseDate(text).map(java.time.LocalDate::toString);
	}
}
