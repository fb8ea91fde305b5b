package vn.tonghop.orgunit;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a moves CSV ({@code code,parent_code,moved_on}, UTF-8 with or without BOM), each line on its own; whether
 * the units exist and the tree stays a tree is the importer's to check.
 */
final class MovesCsvParser {

	static final List<String> HEADER = List.of("code", "parent_code", "moved_on");

	record Line(long number, UnitMove move) {
	}

	record Result(List<Line> lines, List<RegistryLineError> errors) {
	}

	Result parse(InputStream input) throws IOException {
		List<Line> lines = new ArrayList<>();
		List<RegistryLineError> errors = new ArrayList<>();
		RegistryCsvParser.records(input, HEADER, errors, (number, record) -> {
			String code = RegistryCsvParser.normaliseCode(record.get(0));
			String parent = RegistryCsvParser.normaliseCode(record.get(1));
			int before = errors.size();
			if (code == null) {
				errors.add(RegistryLineError.of(number, "registry.error.required", "code"));
			}
			if (parent == null) {
				errors.add(RegistryLineError.of(number, "registry.error.required", "parent_code"));
			}
			LocalDate on = RegistryCsvParser.parseDate(number, "moved_on", record.get(2), errors);
			if (record.get(2).isBlank()) {
				errors.add(RegistryLineError.of(number, "registry.error.required", "moved_on"));
			}
			if (errors.size() == before) {
				lines.add(new Line(number, new UnitMove(code, on, parent)));
			}
		});
		return new Result(lines, errors);
	}
}
