package vn.tonghop.batch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import vn.tonghop.TonghopSpringTest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query a run reads a page at a time with walks an index in the page's order. A page query that the embedded
 * database has to sort sorts every matching row for every page, so reading a province's rows grows with the square
 * of their number (at 130.000 forms a sorted page of current submissions took some 2 s, a walked one 5 ms); the
 * figures stay right, so no other test sees it. The plan's own words are asked: HSQLDB's {@code EXPLAIN PLAN} ends
 * its {@code order by} with "uses index" when it can walk one. That catches an {@code ORDER BY} that does not start
 * with an index's columns; it is not proof of a walk: with an index on {@code received_file (file_name, sha256)} the
 * plan below said "uses index" while the database still reached the rows by run and sorted them (2 s a page at
 * 130.000 forms, with the index or without).
 */
@TonghopSpringTest
class PagedQueriesTest extends SmallTreeTestSupport {

	/**
	 * The one page query known to sort: the runs' files with findings (findings.csv), in file name order across the
	 * runs of a range. Walking needs pages per run over an index (run_id, file_name, sha256) that replaces
	 * received_file_run (measured at 130.000: 12–150 ms a page against 2 s), which changes the order across runs.
	 */
	private static final String KNOWN_SORTED = "FROM received_file rf WHERE run_id > ? AND run_id <= ?";

	/** What JdbcTemplate logs at DEBUG before each statement it runs. */
	private static final Pattern EXECUTED = Pattern.compile("Executing (?:prepared )?SQL (?:statement|query|update) "
			+ "\\[(.*)]", Pattern.DOTALL);

	@Test
	void everyPageQueryOfARunWalksAnIndexInItsOrder() throws Exception {
		jdbc.sql("DELETE FROM org_unit").update();
		try (InputStream in = Files.newInputStream(Path.of("sample-data/org-units.csv"))) {
			registry.importCsv(in);
		}
		Set<String> pageQueries = new TreeSet<>();
		Logger logger = (Logger) LoggerFactory.getLogger(org.springframework.jdbc.core.JdbcTemplate.class);
		Level level = logger.getLevel();
		ListAppender<ILoggingEvent> executed = new ListAppender<>();
		executed.start();
		logger.addAppender(executed);
		logger.setLevel(Level.DEBUG);
		// The statements go to this list only, not to the log files and console the tests share.
		logger.setAdditive(false);
		try {
			// Two runs: a full one with its reports, then one over the same inbox, which lists it against what the
			// first received.
			assertThat(runs.run(SampleRunTest.INBOX).get(0).completed()).isTrue();
			assertThat(runs.run(SampleRunTest.INBOX).get(0).completed()).isTrue();
		}
		finally {
			logger.detachAppender(executed);
			logger.setLevel(level);
			logger.setAdditive(true);
		}
		for (ILoggingEvent event : executed.list) {
			Matcher sql = EXECUTED.matcher(event.getFormattedMessage());
			if (sql.matches() && sql.group(1).contains(" FETCH FIRST ")) {
				pageQueries.add(sql.group(1));
			}
		}
		// The pages of the run: its pending files, the inbox's earlier contents, the current submissions (roll-up,
		// W7, the CĐCS without one) and the files with findings.
		assertThat(pageQueries).anyMatch(q -> q.contains("FROM run_file"))
			.anyMatch(q -> q.contains("FROM inbox_seen"))
			.anyMatch(q -> q.contains("SELECT unit_code FROM submission"))
			.anyMatch(q -> q.contains(KNOWN_SORTED));
		Map<String, String> sorted = new TreeMap<>();
		for (String query : pageQueries) {
			if (query.contains(KNOWN_SORTED)) {
				continue;
			}
			String plan = String.join("\n", jdbc.sql("EXPLAIN PLAN FOR " + query).query(String.class).list());
			int at = plan.indexOf("order by=[");
			if (at < 0) {
				// Pages without an order are no pages: a row can come twice or never.
				sorted.put(query, "no ORDER BY");
			}
			else if (!plan.substring(at, plan.indexOf(']', at)).contains("uses index")) {
				sorted.put(query, plan.substring(at));
			}
		}
		assertThat(sorted).as("page queries the database sorts instead of walking an index").isEmpty();
	}
}
