package vn.tonghop.sampledata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import vn.tonghop.form.Form;
import vn.tonghop.form.FormLoader;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.workbook.TemplateWriter;

/**
 * The sample's second round: the annual form Biểu 02-Năm of 2021 ({@code forms/}), its round ({@code rounds.csv})
 * and the first returns of one district, so that a newcomer sees two rounds side by side. The forms are filled with
 * the figures the sample's generator draws for 2021, each unit's own.
 */
final class AnnualSample {

	static final String FORM_FILE = "bieu02-nam-2021.yaml";

	/** The district that has begun returning its annual forms, and how many have come in. */
	private static final String DISTRICT = "TN-DMC";

	private static final int RETURNED = 10;

	private AnnualSample() {
	}

	/** @return the number of filled annual forms written */
	static int write(Path out, TemplateWriter bundled, SampleProvince province, Map<String, OrgUnit> byCode,
			long seed) throws IOException {
		Files.createDirectories(out.resolve("forms"));
		String text;
		try (InputStream in = AnnualSample.class.getResourceAsStream("/sampledata/forms/" + FORM_FILE)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Files.writeString(out.resolve("forms").resolve(FORM_FILE), text);
		try (InputStream in = AnnualSample.class.getResourceAsStream("/sampledata/rounds.csv")) {
			Files.copy(in, out.resolve("rounds.csv"), StandardCopyOption.REPLACE_EXISTING);
		}
		Form form = new FormLoader().parse(text, FORM_FILE);
		TemplateWriter templates = bundled.of(form);
		int written = 0;
		for (SampleUnit sample : province.grassroots()) {
			OrgUnit unit = sample.unit();
			if (written == RETURNED || !DISTRICT.equals(unit.parentCode()) || !unit.isActiveInYear(form.lastYear())) {
				continue;
			}
			Map<String, Map<Integer, Object>> figures = SampleFigures.draw(sample, form.years(), seed);
			figures.keySet().retainAll(form.indicators().stream().map(i -> i.code()).toList());
			ByteArrayOutputStream template = new ByteArrayOutputStream();
			templates.write(unit, byCode.get(unit.parentCode()), template);
			try (FilledForm filled = new FilledForm(template.toByteArray(), List.of(form.lastYear()))) {
				filled.setAll(figures);
				SampleDataGenerator.write(out, unit, templates.fileName(unit), filled.bytes());
			}
			written++;
		}
		return written;
	}
}
