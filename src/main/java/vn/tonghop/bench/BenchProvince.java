package vn.tonghop.bench;

import vn.tonghop.orgunit.OrgUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic province of N grassroots unions in districts of about a hundred (DOMAIN.md §1: a rural district has
 * 60–150), every unit standing through 2018–2020. Deterministic.
 */
record BenchProvince(OrgUnit province, List<OrgUnit> districts, List<OrgUnit> grassroots, List<String> kinds) {

	static final int PER_DISTRICT = 100;

	/** A CĐCS with the kind of unit its figures are generated for. */
	record Sample(OrgUnit unit, String kind) {
	}

	/** Every hundredth CĐCS, starting with the first: the 1 % the incremental run changes. */
	List<Sample> everyHundredth() {
		List<Sample> sample = new ArrayList<>();
		for (int i = 0; i < grassroots.size(); i += 100) {
			sample.add(new Sample(grassroots.get(i), kinds.get(i)));
		}
		return sample;
	}

	static BenchProvince of(int count) {
		LocalDate since = LocalDate.of(2010, 1, 1);
		OrgUnit province = new OrgUnit("BP", "Liên đoàn Lao động tỉnh Thử Nghiệm", "TINH", null, null, since, null);
		List<OrgUnit> districts = new ArrayList<>();
		List<OrgUnit> grassroots = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		int districtCount = Math.max(1, (count + PER_DISTRICT - 1) / PER_DISTRICT);
		for (int d = 1; d <= districtCount; d++) {
			districts.add(new OrgUnit(String.format("BP-H%03d", d),
					String.format("Liên đoàn Lao động huyện Thử Nghiệm %03d", d), "HUYEN", "BP", null, since, null));
		}
		// Mostly schools and offices, some enterprises, a few large foreign factories (DOMAIN.md §6).
		String[] mix = { "PRIMARY", "COMMUNE_OFFICE", "PRIVATE_COMPANY", "SECONDARY", "HEALTH_STATION", "PRESCHOOL",
				"PRIMARY", "PRIVATE_COMPANY", "COOPERATIVE", "STATE_COMPANY", "PRIMARY", "FOREIGN_COMPANY" };
		for (int i = 0; i < count; i++) {
			OrgUnit district = districts.get(i / PER_DISTRICT);
			String kind = mix[i % mix.length];
			String code = String.format("%s-C%05d", district.code(), i + 1);
			grassroots.add(new OrgUnit(code, "Công đoàn cơ sở số " + (i + 1), "CDCS", district.code(),
					vn.tonghop.sampledata.SampleDataGenerator.sectorOf(kind), since, null));
			kinds.add(kind);
		}
		return new BenchProvince(province, districts, grassroots, kinds);
	}
}
