package vn.tonghop.consolidation;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-row-per-unit totals: their text, and the migration of the one-row-per-figure totals into them. */
class UnitTotalsTest {

	@Test
	void textGivesBackTheRowsInIndicatorThenPeriodOrderWithSixDecimals() {
		List<Total> rows = List.of(new Total("H1", "TC01", "2019", new BigDecimal("12")),
				new Total("H1", "LD05", "2018-2020", new BigDecimal("5312.667")),
				new Total("H1", "XL.Hoàn thành tốt", "2020", new BigDecimal("3")),
				new Total("H1", "DD04", "2020", new BigDecimal("66.67")), new Total("H1", "TC01", "2018", BigDecimal.ZERO));

		String text = UnitTotalsText.encode(rows);

		assertThat(text).isEqualTo("DD04\t2020\t66.67\nLD05\t2018-2020\t5312.667\nTC01\t2018\t0\nTC01\t2019\t12\n"
				+ "XL.Hoàn thành tốt\t2020\t3\n");
		assertThat(UnitTotalsText.decode("H1", text)).containsExactly(
				new Total("H1", "DD04", "2020", new BigDecimal("66.670000")),
				new Total("H1", "LD05", "2018-2020", new BigDecimal("5312.667000")),
				new Total("H1", "TC01", "2018", new BigDecimal("0.000000")),
				new Total("H1", "TC01", "2019", new BigDecimal("12.000000")),
				new Total("H1", "XL.Hoàn thành tốt", "2020", new BigDecimal("3.000000")));
	}

	@Test
	void aCodeWithATabIsRefusedRatherThanStoredUnreadable() {
		assertThatThrownBy(() -> UnitTotalsText.encode(List.of(new Total("H1", "A\tB", "2018", BigDecimal.ONE))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void writerStoresEachUnitOnceAndReadsItBack() {
		TotalsRepository repository = repository(migratedDatabase(null));
		TotalsRepository.Writer writer = repository.writer(7);
		writer.accept(new Total("P", "LD01", "2018", new BigDecimal("30")));
		writer.accept(new Total("P", "LD01", "2018-2020", new BigDecimal("30")));
		writer.accept(new Total("H1", "LD01", "2018", new BigDecimal("10")));
		writer.flush();

		assertThat(repository.unitsOfRun(7)).containsExactly("H1", "P");
		assertThat(repository.ofUnit(7, "P")).extracting(Total::period).containsExactly("2018", "2018-2020");
		assertThat(repository.ofUnit(7, "H1")).singleElement()
			.satisfies(t -> assertThat(t.value()).isEqualByComparingTo("10"));
		assertThat(repository.ofUnit(8, "P")).isEmpty();
	}

	/** Rows of two runs written by the layout of migrations 4–12 come out of migration 13 unchanged. */
	@Test
	void migrationMovesEveryFigureOfEveryRun() {
		JDBCDataSource dataSource = migratedDatabase(jdbc -> jdbc
			.update("INSERT INTO total VALUES (1, 'P', 'LD01', '2018', 30), (1, 'P', 'LD01', '2018-2020', 30), "
					+ "(1, 'H1', 'DD04', '2020', 66.67), (2, 'P', 'LD01', '2018', 31), (2, 'H1', 'LD05', '2019', "
					+ "5312.667)"));
		TotalsRepository repository = repository(dataSource);

		assertThat(repository.unitsOfRun(1)).containsExactly("H1", "P");
		assertThat(repository.ofUnit(1, "P")).containsExactly(new Total("P", "LD01", "2018", new BigDecimal("30.000000")),
				new Total("P", "LD01", "2018-2020", new BigDecimal("30.000000")));
		assertThat(repository.ofUnit(1, "H1")).containsExactly(new Total("H1", "DD04", "2020", new BigDecimal("66.670000")));
		assertThat(repository.ofUnit(2, "P")).containsExactly(new Total("P", "LD01", "2018", new BigDecimal("31.000000")));
		assertThat(repository.ofUnit(2, "H1"))
			.containsExactly(new Total("H1", "LD05", "2019", new BigDecimal("5312.667000")));
		List<String> tables = new JdbcTemplate(dataSource).queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_name IN ('TOTAL', 'UNIT_TOTAL')",
				String.class);
		assertThat(tables).containsExactly("UNIT_TOTAL");
	}

	/** A fresh in-memory database at migration 12, given rows, then migrated to the end. */
	private static JDBCDataSource migratedDatabase(java.util.function.Consumer<JdbcTemplate> atTwelve) {
		JDBCDataSource dataSource = HsqldbMigrations.newDatabase("unit-totals");
		HsqldbMigrations.migrate(dataSource, "12");
		if (atTwelve != null) {
			atTwelve.accept(new JdbcTemplate(dataSource));
		}
		HsqldbMigrations.migrate(dataSource, "latest");
		return dataSource;
	}

	private static TotalsRepository repository(JDBCDataSource dataSource) {
		return new TotalsRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
	}
}
