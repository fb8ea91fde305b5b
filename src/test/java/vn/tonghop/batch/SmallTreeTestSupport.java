package vn.tonghop.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.DataDirectory;
import vn.tonghop.workbook.TemplateWriter;

/**
 * Runs over the small hand-countable tree of ConsolidationFixture (P → H1 (A, B, C, D) and H2 (E)), from an empty
 * installation and an inbox of the test's own. Subclasses carry the Spring test annotation they need.
 */
abstract class SmallTreeTestSupport {

	static final Instant T0 = Instant.parse("2020-11-01T08:00:00Z");

	@Autowired
	RunService runs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgRegistry registry;

	@Autowired
	TemplateWriter templates;

	@Autowired
	DataDirectory dataDirectory;

	@TempDir
	Path inbox;

	ConsolidationFixture fixture;

	@BeforeEach
	void reset() throws IOException {
		fixture = new ConsolidationFixture(jdbc, registry, templates, dataDirectory);
		fixture.reset();
	}

	/** One run over the inbox (after any run it finished first); its summary. */
	RunSummary runOnce() throws Exception {
		List<RunSummary> summaries = runs.run(inbox);
		return summaries.get(summaries.size() - 1);
	}
}
