package vn.tonghop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tonghop.TonghopSpringTest;

/**
 * The application's connections keep their prepared statements: the same SQL prepared again on a connection is the
 * driver's statement prepared before, not a new one the database parses and plans anew, and it answers with the
 * parameters of its new use.
 */
@TonghopSpringTest
class StatementPoolTest {

	private static final String SQL = "SELECT CAST(? AS VARCHAR(10)) FROM (VALUES (0)) AS one (x)";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void theSameSqlOnAConnectionReusesTheDriversStatement() {
		List<Object> prepared = new ArrayList<>();
		List<String> answers = new ArrayList<>();
		// One transaction holds one connection; each query still prepares and closes its own statement.
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			for (String code : List.of("A", "B", "C")) {
				jdbc.execute(SQL, (PreparedStatement ps) -> {
					ps.setString(1, code);
					try (java.sql.ResultSet rs = ps.executeQuery()) {
						rs.next();
						answers.add(rs.getString(1));
					}
					prepared.add(ps.unwrap(org.hsqldb.jdbc.JDBCPreparedStatement.class));
					return null;
				});
			}
		});
		// Each use answers with its own parameter, not one left from the statement's earlier use.
		assertThat(answers).containsExactly("A", "B", "C");
		assertThat(prepared.get(1)).isSameAs(prepared.get(0));
		assertThat(prepared.get(2)).isSameAs(prepared.get(0));
	}
}
