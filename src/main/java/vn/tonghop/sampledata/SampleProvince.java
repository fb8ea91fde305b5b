package vn.tonghop.sampledata;

import vn.tonghop.orgunit.OrgUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sample province: Tây Ninh as it stood in 2020 (DOMAIN.md §1, §6), with its nine district federations, the
 * economic-zone union, the education and health sector unions, and their grassroots unions. Names of communes are
 * real; names of enterprises are invented. Deterministic for a given seed.
 */
final class SampleProvince {

	static final String PROVINCE = "TN";

	private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

	private static final String[][] DISTRICTS = {
			{ "TN-TP", "Liên đoàn Lao động thành phố Tây Ninh", "Phường 1|Phường 2|Phường 3|Ninh Sơn|Ninh Thạnh|Hiệp Ninh" },
			{ "TN-HT", "Liên đoàn Lao động thị xã Hòa Thành", "Long Thành Bắc|Long Thành Trung|Hiệp Tân|Trường Hòa|Long Hoa" },
			{ "TN-TB", "Liên đoàn Lao động thị xã Trảng Bàng", "Gia Lộc|Gia Bình|An Tịnh|Lộc Hưng|An Hòa|Phước Chỉ" },
			{ "TN-TBI", "Liên đoàn Lao động huyện Tân Biên", "Tân Lập|Thạnh Bắc|Hòa Hiệp|Mỏ Công|Trà Vong" },
			{ "TN-TC", "Liên đoàn Lao động huyện Tân Châu", "Tân Hòa|Suối Ngô|Tân Hưng|Tân Hiệp|Thạnh Đông" },
			{ "TN-DMC", "Liên đoàn Lao động huyện Dương Minh Châu",
					"Phước Minh|Phước Ninh|Bàu Năng|Chà Là|Cầu Khởi|Lộc Ninh|Suối Đá|Phan|Bến Củi|Truông Mít" },
			{ "TN-CT", "Liên đoàn Lao động huyện Châu Thành", "Thái Bình|Hảo Đước|An Bình|Trí Bình|Hòa Thạnh" },
			{ "TN-GD", "Liên đoàn Lao động huyện Gò Dầu", "Phước Thạnh|Thanh Phước|Bàu Đồn|Hiệp Thạnh|Cẩm Giang" },
			{ "TN-BC", "Liên đoàn Lao động huyện Bến Cầu", "Long Thuận|Long Chữ|Tiên Thuận|Lợi Thuận|Long Giang" } };

	private static final String[] ENTERPRISE_WORDS = { "Thành Công", "Phú Cường", "Hưng Thịnh", "Minh Phát",
			"Tân Tiến", "Đại Việt", "An Phú", "Hoàng Long", "Sao Mai", "Trường Hải", "Bình Minh", "Phước Lộc" };

	private static final String[] ENTERPRISE_TRADES = { "Dệt may", "Cao su", "Chế biến tinh bột mì", "Giày da",
			"Điện tử", "Bao bì", "Thực phẩm", "Cơ khí", "Gỗ", "Nhựa" };

	private static final String[] FOREIGN_NAMES = { "Sunrise Textile", "Viet Kwang Shoes", "Hosiden", "Dragon Jeans",
			"Brotex", "Kumho Tyre", "Unitex Garment", "Hiep Phuoc Sun", "Jiangsu Fiber", "Longmax Rubber" };

	private final Random random;

	private final List<OrgUnit> upperUnits = new ArrayList<>();

	private final List<SampleUnit> grassroots = new ArrayList<>();

	SampleProvince(long seed) {
		this.random = new Random(seed);
		build();
	}

	List<OrgUnit> upperUnits() {
		return upperUnits;
	}

	List<SampleUnit> grassroots() {
		return grassroots;
	}

	private void build() {
		upperUnits.add(new OrgUnit(PROVINCE, "Liên đoàn Lao động tỉnh Tây Ninh", "TINH", null, null, LONG_AGO, null));
		for (String[] d : DISTRICTS) {
			upperUnits.add(new OrgUnit(d[0], d[1], "HUYEN", PROVINCE, null, LONG_AGO, null));
			String[] communes = d[2].split("\\|");
			int n = 0;
			for (String commune : communes) {
				add(d[0], n++, UnitKind.PRIMARY, commune);
				add(d[0], n++, random.nextBoolean() ? UnitKind.COMMUNE_OFFICE : UnitKind.HEALTH_STATION, commune);
			}
			add(d[0], n++, UnitKind.PRIVATE_COMPANY, enterpriseName());
			add(d[0], n++, UnitKind.COOPERATIVE, communes[0]);
			if (d[0].equals("TN-DMC") || d[0].equals("TN-TB") || d[0].equals("TN-GD")) {
				add(d[0], n++, UnitKind.PRIVATE_COMPANY, enterpriseName());
				add(d[0], n++, UnitKind.STATE_COMPANY, "Cao su " + communes[1]);
			}
		}
		upperUnits.add(new OrgUnit("TN-KKT", "Công đoàn Khu kinh tế tỉnh Tây Ninh", "KKT", PROVINCE, null, LONG_AGO,
				null));
		for (int i = 0; i < FOREIGN_NAMES.length; i++) {
			add("TN-KKT", i, UnitKind.FOREIGN_COMPANY, FOREIGN_NAMES[i]);
		}
		for (int i = 0; i < 8; i++) {
			add("TN-KKT", FOREIGN_NAMES.length + i, UnitKind.PRIVATE_COMPANY, enterpriseName());
		}
		upperUnits.add(new OrgUnit("TN-GDDT", "Công đoàn ngành Giáo dục tỉnh Tây Ninh", "NGANH", PROVINCE, null,
				LONG_AGO, null));
		String[] highSchools = { "Trường THPT Tây Ninh", "Trường THPT chuyên Hoàng Lê Kha", "Trường THPT Lê Quý Đôn",
				"Trường THPT Nguyễn Chí Thanh", "Trường THPT Trần Đại Nghĩa", "Trường THPT Dương Minh Châu",
				"Trường THPT Quang Trung", "Trường THPT Trảng Bàng", "Trường Cao đẳng Sư phạm Tây Ninh" };
		for (int i = 0; i < highSchools.length; i++) {
			add("TN-GDDT", i, UnitKind.SECONDARY, null, highSchools[i]);
		}
		upperUnits.add(new OrgUnit("TN-YTE", "Công đoàn ngành Y tế tỉnh Tây Ninh", "NGANH", PROVINCE, null, LONG_AGO,
				null));
		String[] hospitals = { "Bệnh viện Đa khoa tỉnh Tây Ninh", "Bệnh viện Lao và Bệnh phổi Tây Ninh",
				"Trung tâm Y tế huyện Dương Minh Châu", "Trung tâm Y tế thị xã Trảng Bàng",
				"Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Y dược cổ truyền Tây Ninh" };
		for (int i = 0; i < hospitals.length; i++) {
			add("TN-YTE", i, UnitKind.HOSPITAL, null, hospitals[i]);
		}
		markFoundingsAndDissolution();
	}

	/** Some unions founded in 2019 and 2020, one dissolved in 2019 (DOMAIN.md §6). */
	private void markFoundingsAndDissolution() {
		changeDates("TN-DMC-CS13", LocalDate.of(2019, 3, 15), null);
		changeDates("TN-DMC-CS14", LocalDate.of(2020, 6, 1), null);
		changeDates("TN-KKT-CS15", LocalDate.of(2019, 9, 10), null);
		changeDates("TN-KKT-CS16", LocalDate.of(2020, 2, 20), null);
		changeDates("TN-TB-CS12", LocalDate.of(2020, 4, 1), null);
		changeDates("TN-DMC-CS12", LONG_AGO, LocalDate.of(2019, 9, 30));
	}

	private void changeDates(String code, LocalDate from, LocalDate to) {
		for (int i = 0; i < grassroots.size(); i++) {
			OrgUnit u = grassroots.get(i).unit();
			if (u.code().equals(code)) {
				grassroots.set(i, new SampleUnit(
						new OrgUnit(u.code(), u.name(), u.type(), u.parentCode(), u.sector(), from, to),
						grassroots.get(i).kind()));
				return;
			}
		}
		throw new IllegalStateException("Sample unit " + code + " does not exist");
	}

	private String enterpriseName() {
		return ENTERPRISE_TRADES[random.nextInt(ENTERPRISE_TRADES.length)] + " "
				+ ENTERPRISE_WORDS[random.nextInt(ENTERPRISE_WORDS.length)];
	}

	private void add(String parent, int index, UnitKind kind, String place) {
		add(parent, index, kind, place, null);
	}

	private void add(String parent, int index, UnitKind kind, String place, String fullName) {
		String name = "Công đoàn cơ sở " + (fullName != null ? fullName : String.format(kind.namePattern, place));
		String code = String.format("%s-CS%02d", parent, index + 1);
		LocalDate founded = LONG_AGO.plusDays(random.nextInt(2500));
		grassroots.add(new SampleUnit(new OrgUnit(code, name, "CDCS", parent, kind.sector, founded, null), kind));
	}
}
