package vn.tonghop.orgunit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a registry CSV ({@code code,name,type,parent_code,sector,valid_from,valid_to}, UTF-8 with or without
 * BOM). Checks each line on its own; checks across lines (duplicates, parents, cycles) are the importer's.
 */
final class RegistryCsvParser {

	static final List<String> HEADER = List.of("code", "name", "type", "parent_code", "sector", "valid_from",
			"valid_to");

	/** The optional columns after {@link #HEADER}: whom to call about the unit's report. */
	static final List<String> CONTACT = List.of("contact_name", "phone", "email");

	/** @param contact null when the file has no contact columns */
	record Line(long number, OrgUnit unit, UnitContact contact) {
	}

	/** @param refused the codes of lines refused for an error of their own, which the other lines may still name */
	record Result(List<Line> lines, List<RegistryLineError> errors, java.util.Set<String> refused) {
	}

	Result parse(InputStream input) throws IOException {
		List<Line> lines = new ArrayList<>();
		List<RegistryLineError> errors = new ArrayList<>();
		java.util.Set<String> refused = new java.util.HashSet<>();
		records(input, HEADER, CONTACT, errors, (number, record) -> {
			java.util.Optional<OrgUnit> unit = parseLine(number, record, errors);
			UnitContact contact = record.size() > HEADER.size()
					? new UnitContact(nfc(record.get(7)), nfc(record.get(8)), nfc(record.get(9))) : null;
			int before = errors.size();
			if (contact != null) {
				fits(number, "contact_name", contact.name(), 200, errors);
				fits(number, "phone", contact.phone(), 64, errors);
				fits(number, "email", contact.email(), 200, errors);
			}
			if (unit.isPresent() && errors.size() == before) {
				lines.add(new Line(number, unit.get(), contact));
			}
			else if (record.size() > 0 && normaliseCode(record.get(0)) != null) {
				refused.add(normaliseCode(record.get(0)));
			}
		});
		return new Result(lines, errors, refused);
	}

	/**
	 * A value longer than its column holds (the limits of table org_unit and unit_contact) is the line's error, said
	 * with its column and both lengths: stored, it failed the whole import with the database's message.
	 */
	private static void fits(long number, String column, String value, int limit, List<RegistryLineError> errors) {
		if (value != null && value.length() > limit) {
			errors.add(RegistryLineError.of(number, "registry.error.tooLong", column, value.length(), limit));
		}
	}

	/**
	 * The records of a CSV file whose first line must be {@code header} (any case), each with its line number; a
	 * wrong header or a line with another number of columns is an error of its line, and no record of it is given.
	 */
	static void records(InputStream input, List<String> header, List<RegistryLineError> errors,
			java.util.function.BiConsumer<Long, CSVRecord> each) throws IOException {
		records(input, header, List.of(), errors, each);
	}

	/** As above; the file may also have the {@code optional} columns after the header's, all or none of them. */
	static void records(InputStream input, List<String> header, List<String> optional, List<RegistryLineError> errors,
			java.util.function.BiConsumer<Long, CSVRecord> each) throws IOException {
		List<String> extended = new ArrayList<>(header);
		extended.addAll(optional);
		int columns = header.size();
		java.io.Reader text;
		try {
			text = vn.tonghop.system.CsvInput.utf8(input);
		}
		catch (vn.tonghop.system.CsvInput.NotUtf8 notUtf8) {
			errors.add(RegistryLineError.of(notUtf8.line(), "csv.notUtf8"));
			return;
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(text, vn.tonghop.system.CsvInput.delimited(text, format))) {
			boolean first = true;
			for (CSVRecord record : parser) {
				long number = parser.getCurrentLineNumber();
				if (first) {
					first = false;
					List<String> found = record.stream().map(s -> s.trim().toLowerCase()).toList();
					if (!found.equals(header) && !found.equals(extended)) {
						errors.add(RegistryLineError.of(number, "registry.error.header", String.join(",", header),
								String.join(",", found)));
						return;
					}
					columns = found.size();
					continue;
				}
				if (record.size() != columns) {
					errors.add(RegistryLineError.of(number, "registry.error.columns", columns, record.size()));
					continue;
				}
				each.accept(number, record);
			}
		}
	}

	private java.util.Optional<OrgUnit> parseLine(long number, CSVRecord r, List<RegistryLineError> errors) {
		String code = normaliseCode(r.get(0));
		String name = nfc(r.get(1));
		String type = normaliseCode(r.get(2));
		String parent = normaliseCode(r.get(3));
		String sector = normaliseCode(r.get(4));
		int before = errors.size();
		for (String[] required : new String[][] { { "code", code }, { "name", name }, { "type", type } }) {
			if (required[1] == null) {
				errors.add(RegistryLineError.of(number, "registry.error.required", required[0]));
			}
		}
		fits(number, "code", code, OrgUnit.MAX_CODE_CHARS, errors);
		fits(number, "name", name, 500, errors);
		fits(number, "type", type, 32, errors);
		fits(number, "parent_code", parent, OrgUnit.MAX_CODE_CHARS, errors);
		fits(number, "sector", sector, 16, errors);
		LocalDate from = parseDate(number, "valid_from", r.get(5), errors);
		LocalDate to = parseDate(number, "valid_to", r.get(6), errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.add(RegistryLineError.of(number, "registry.error.dateOrder", code, to, from));
		}
		if (errors.size() > before) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new OrgUnit(code, name, type, parent, sector, from, to));
	}

	static LocalDate parseDate(long number, String column, String text, List<RegistryLineError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		java.util.Optional<LocalDate> date = vn.tonghop.system.VietnameseFormat.parseDate(t);
		if (date.isEmpty()) {
			errors.add(RegistryLineError.of(number, "registry.error.date", t, column));
		}
		return date.orElse(null);
	}

	/** Codes are compared upper-case without spaces: staff type " cdcs 001 " as often as "CDCS001". */
	static String normaliseCode(String text) {
		String trimmed = nfc(text);
		if (trimmed == null) {
			return null;
		}
		String code = trimmed.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
		return code.isEmpty() ? null : code;
	}

	static String nfc(String text) {
		String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
		return s.isEmpty() ? null : s;
	}
}
