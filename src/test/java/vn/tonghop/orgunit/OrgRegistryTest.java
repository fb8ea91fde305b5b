package vn.tonghop.orgunit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.TonghopSpringTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

@TonghopSpringTest
class OrgRegistryTest {

	private static final String HEADER = "code,name,type,parent_code,sector,valid_from,valid_to\n";

	@Autowired
	OrgRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM org_unit").update();
	}

	private ImportSummary importSmall() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/registry/small.csv")) {
			return registry.importCsv(in);
		}
	}

	private static InputStream csv(String body) {
		return new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8));
	}

	private RegistryImportRejected refused(String body) {
		return catchThrowableOfType(RegistryImportRejected.class, () -> registry.importCsv(csv(body)));
	}

	@Test
	void oneTreeIsSharedUntilTheRegistryChangesHoweverItChanges() throws IOException {
		importSmall();
		OrgTree first = registry.tree();
		assertThat(registry.tree()).isSameAs(first);
		assertThatThrownBy(() -> first.children("P").clear()).isInstanceOf(UnsupportedOperationException.class);

		// A change made by hand in the database is seen too: a trigger counts every change.
		jdbc.sql("UPDATE org_unit SET name = 'Đổi tên' WHERE code = 'H2'").update();
		OrgTree renamed = registry.tree();
		assertThat(renamed).isNotSameAs(first);
		assertThat(renamed.unit("H2").orElseThrow().name()).isEqualTo("Đổi tên");
		jdbc.sql("DELETE FROM org_unit WHERE code = 'H2-E'").update();
		assertThat(registry.tree().unit("H2-E")).isEmpty();
	}

	@Test
	void importsATreeOfAnyDepthAndReimportingChangesNothing() throws IOException {
		assertThat(importSmall()).isEqualTo(new ImportSummary(8, 0, 0));
		assertThat(importSmall()).isEqualTo(new ImportSummary(0, 0, 8));

		OrgTree tree = registry.tree();
		assertThat(tree.children("P")).extracting(OrgUnit::code).containsExactly("H1", "H2");
		assertThat(tree.ancestors("H1-A")).extracting(OrgUnit::code).containsExactly("H1", "P");
		assertThat(tree.unit("H2-E").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2015, 7, 1));
		assertThat(tree.isWithin("H1-A", "P")).isTrue();
		assertThat(tree.isWithin("H1-A", "H2")).isFalse();
	}

	@Test
	void aChangedRowUpdatesTheUnit() throws IOException {
		importSmall();
		ImportSummary summary = registry.importCsv(csv("H1-A,Công đoàn cơ sở Trường Tiểu học A (đổi tên),CDCS,H1,HCSN,2012-05-01,\n"));
		assertThat(summary).isEqualTo(new ImportSummary(0, 1, 0));
		assertThat(registry.tree().unit("H1-A").orElseThrow().name()).endsWith("(đổi tên)");
	}

	@Test
	void aByteOrderMarkAndSpacesInCodesAreTolerated() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = (HEADER + " p ,Tỉnh,TINH,,,,\n").getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, bom.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		registry.importCsv(new ByteArrayInputStream(all));
		assertThat(registry.tree().unit("P")).isPresent();
	}

	/** Excel on a Vietnamese Windows saves ";"-separated CSV, dates day/month/year: read as the comma-separated file. */
	@Test
	void aFileSavedWithSemicolonsAsOnAVietnameseWindowsIsRead() throws IOException {
		String semicolons = HEADER.replace(',', ';') + "P;Tỉnh;TINH;;;;\nH9;\"Huyện 9; mới\";HUYEN;P;;15/03/2019;\n";
		registry.importCsv(new ByteArrayInputStream(semicolons.getBytes(StandardCharsets.UTF_8)));
		OrgUnit h9 = registry.tree().unit("H9").orElseThrow();
		assertThat(h9.name()).isEqualTo("Huyện 9; mới");
		assertThat(h9.parentCode()).isEqualTo("P");
		assertThat(h9.validFrom()).isEqualTo(LocalDate.of(2019, 3, 15));
	}

	@Test
	void answersAsOfQueriesAcrossValidityDates() throws IOException {
		importSmall();
		OrgTree tree = registry.tree();
		LocalDate end2018 = LocalDate.of(2018, 12, 31);
		LocalDate end2019 = LocalDate.of(2019, 12, 31);
		// A since 2012; B founded 15/03/2019; C dissolved 30/06/2019; D dissolved 31/12/2017.
		assertThat(tree.childrenAsOf("H1", end2018)).extracting(OrgUnit::code).containsExactly("H1-A", "H1-C");
		assertThat(tree.childrenAsOf("H1", end2019)).extracting(OrgUnit::code).containsExactly("H1-A", "H1-B");
		assertThat(tree.childrenAsOf("H1", LocalDate.of(2017, 12, 30))).extracting(OrgUnit::code)
			.containsExactly("H1-A", "H1-C", "H1-D");
		assertThat(tree.subtreeAsOf("P", "CDCS", end2019)).extracting(OrgUnit::code)
			.containsExactly("H1-A", "H1-B", "H2-E");
		OrgUnit c = tree.unit("H1-C").orElseThrow();
		assertThat(c.isActiveInYear(2018)).isTrue();
		assertThat(c.isActiveInYear(2019)).isFalse();
		assertThat(c.isDissolvedIn(2019)).isTrue();
		assertThat(tree.unit("H1-B").orElseThrow().isFoundedIn(2019)).isTrue();
	}

	@Test
	void aBadFileIsRefusedWholeNamingEveryBadLine() throws IOException {
		importSmall();
		RegistryImportRejected rejected = refused("""
				X1,Đơn vị mới,HUYEN,P,,2018-01-01,
				X1,Trùng mã,HUYEN,P,,2018-01-01,
				X2,Cấp trên không có,CDCS,KHONGCO,HCSN,,
				X3,Loại sai,PHUONG,P,,,
				X4,Khu vực sai,CDCS,H1,TU_NHAN,,
				X5,Ngày ngược,CDCS,H1,HCSN,2020-01-01,2019-01-01
				X6,Ngày sai,CDCS,H1,HCSN,31/02/2019,
				X7,Thiếu khu vực,CDCS,H1,,,
				X8,Dưới CĐCS,CDCS,H1-A,HCSN,,
				,Không mã,CDCS,H1,HCSN,,
				X9,Thiếu cột,CDCS
				""");

		assertThat(rejected.errors()).extracting(RegistryLineError::line, RegistryLineError::key)
			.containsExactly(tuple(3L, "registry.error.duplicate"), tuple(4L, "registry.error.unknownParent"),
					tuple(5L, "registry.error.unknownType"), tuple(6L, "registry.error.unknownSector"),
					tuple(7L, "registry.error.dateOrder"), tuple(8L, "registry.error.date"),
					tuple(9L, "registry.error.sectorRequired"), tuple(10L, "registry.error.parentIsGrassroots"),
					tuple(11L, "registry.error.required"), tuple(12L, "registry.error.columns"));
		assertThat(registry.tree().unit("X1")).as("nothing of a refused file is kept").isEmpty();
	}

	/**
	 * A value longer than its column (a name over 500 characters, a contact's e-mail over 200) is its line's error,
	 * said with the column and both lengths; units under a unit refused for its own line are not said again to have
	 * an unknown parent. Stored, the long name failed the whole import with the database's English message.
	 */
	@Test
	void aValueLongerThanItsColumnIsItsLinesErrorAndNotTheWholeImports() throws IOException {
		importSmall();
		String longName = "Liên đoàn Lao động huyện" + " rất dài".repeat(60);
		RegistryImportRejected rejected = catchThrowableOfType(RegistryImportRejected.class,
				() -> registry.importCsv(new ByteArrayInputStream((HEADER.strip() + ",contact_name,phone,email\n"
						+ "X1," + longName + ",HUYEN,P,,2018-01-01,,,,\n"
						+ "X1-A,Con của X1,CDCS,X1,HCSN,,,,,\n"
						+ "X2,Đơn vị hai,HUYEN,P,,,,Chị Hoa,0912," + "a".repeat(196) + "@x.vn\n")
					.getBytes(StandardCharsets.UTF_8))));

		assertThat(rejected.errors()).extracting(RegistryLineError::line, RegistryLineError::key, RegistryLineError::args)
			.containsExactly(tuple(2L, "registry.error.tooLong", List.of("name", 504, 500)),
					tuple(4L, "registry.error.tooLong", List.of("email", 201, 200)));
		assertThat(registry.tree().unit("X2")).as("nothing of a refused file is kept").isEmpty();
	}

	/**
	 * Excel's plain "CSV" on a Vietnamese Windows saves in code page 1258: read as UTF-8 it imported every name with
	 * replacement characters ("Lie?n �oa�n…"). Refused, naming the line of the first byte that is not UTF-8.
	 */
	@Test
	void aFileNotSavedAsUtf8IsRefusedWholeAtItsFirstLineThatIsNot() throws IOException {
		importSmall();
		String body = "X1,Cong doan moi,HUYEN,P,,2018-01-01,\nX2,Công đoàn mới,HUYEN,P,,2018-01-01,\n";
		byte[] saved = (HEADER + java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFD))
			.getBytes(java.nio.charset.Charset.forName("windows-1258"));

		RegistryImportRejected rejected = catchThrowableOfType(RegistryImportRejected.class,
				() -> registry.importCsv(new ByteArrayInputStream(saved)));

		assertThat(rejected.errors()).extracting(RegistryLineError::line, RegistryLineError::key)
			.containsExactly(tuple(3L, "csv.notUtf8"));
		assertThat(registry.tree().unit("X1")).as("nothing of a refused file is kept").isEmpty();
	}

	@Test
	void aCycleIsRefused() throws IOException {
		importSmall();
		RegistryImportRejected rejected = refused("""
				Y1,Vòng một,HUYEN,Y2,,,
				Y2,Vòng hai,HUYEN,Y1,,,
				""");
		assertThat(rejected.errors()).extracting(RegistryLineError::line, RegistryLineError::key)
			.containsExactly(tuple(2L, "registry.error.cycle"), tuple(3L, "registry.error.cycle"));
		assertThat(rejected.errors().get(0).args()).containsExactly("Y1", "Y1 → Y2 → Y1");
	}

	@Test
	void aWrongHeaderIsRefused() {
		RegistryImportRejected rejected = catchThrowableOfType(RegistryImportRejected.class,
				() -> registry.importCsv(new ByteArrayInputStream("ma,ten\nA,B\n".getBytes(StandardCharsets.UTF_8))));
		assertThat(rejected.errors()).extracting(RegistryLineError::key).containsExactly("registry.error.header");
	}
}
