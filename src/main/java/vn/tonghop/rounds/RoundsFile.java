package vn.tonghop.rounds;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds from a CSV file ({@code code,form,title,reference_date,compare_with}; the date and the round compared with
 * may be empty): how an installation, or the
 * sample, sets up its rounds with the rest of its data. A round whose code exists already is left as it is, so the
 * same file can be given to every run.
 */
@Service
public class RoundsFile {

	private final Rounds rounds;

	RoundsFile(Rounds rounds) {
		this.rounds = rounds;
	}

	/** What the file did. */
	public record Result(int created, int existing) {
	}

	/**
	 * @throws RoundRejected for the first line that cannot be a round ({@link RoundRejected#line()}); nothing of the
	 * file is kept then
	 */
	@Transactional
	public Result importCsv(InputStream input) throws IOException {
		int created = 0;
		int existing = 0;
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		java.io.Reader text = vn.tonghop.system.CsvInput.utf8(input,
				line -> new RoundRejected("round.file.notUtf8").atLine(line));
		try (CSVParser parser = CSVParser.parse(text, vn.tonghop.system.CsvInput.delimited(text, format))) {
			if (!parser.getHeaderNames().containsAll(List.of("code", "form", "title"))) {
				throw new RoundRejected("round.file.header", "code,form,title,reference_date");
			}
			for (CSVRecord r : parser) {
				long line = parser.getCurrentLineNumber();
				String code = r.get("code");
				if (rounds.find(code).isPresent()) {
					existing++;
					continue;
				}
				try {
					String referenceDate = r.isMapped("reference_date") ? r.get("reference_date") : "";
					rounds.create(r.get("form"), r.get("title"), date(referenceDate, line), code);
					String previous = r.isMapped("compare_with") ? r.get("compare_with") : "";
					if (!previous.isBlank()) {
						rounds.compareWith(code, previous);
					}
				}
				catch (RoundRejected rejected) {
					throw rejected.atLine(line);
				}
				created++;
			}
		}
		return new Result(created, existing);
	}

	/** A round's reference date as the file gives it; null when blank (the form's last year's end is taken). */
	static LocalDate date(String text, long line) {
		if (text.isBlank()) {
			return null;
		}
		return vn.tonghop.system.VietnameseFormat.parseDate(text)
			.orElseThrow(() -> new RoundRejected("round.file.date", text).atLine(line));
	}
}
