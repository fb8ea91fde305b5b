package vn.tonghop.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.account.AccountService;
import vn.tonghop.account.Role;
import vn.tonghop.batch.RunService;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.system.DataDirectory;

/**
 * The web app on a random port over its own data directory, shared by the web test classes: the sample registry,
 * the whole sample inbox consolidated once, and four users (an administrator, the province's staff, and the staff
 * of two sibling districts, TN-DMC and TN-TP).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tonghop.cli.enabled=false", "tonghop.data-dir=target/test-data/web",
				"spring.main.web-application-type=servlet", "tonghop.schedule.cron=-",
				"tonghop.accounts.max-failed-logins=3", "spring.servlet.multipart.max-request-size=30000000B",
				"spring.servlet.multipart.max-file-size=30MB" })
abstract class WebTestSupport {

	static final Path DATA = Path.of("target/test-data/web");

	static final String PASSWORD = "Mật-khẩu-thử-1";

	/** The province's staff: created with a password to change at first sign-in (the browser test does that). */
	static final String PROVINCE = "tinh";

	static final String DISTRICT = "dmc";

	static final String SIBLING = "tpho";

	static final String ADMIN = "quantri";

	/** The data directories already prepared: one per context (the embedded database's, PostgreSQL's). */
	private static final java.util.Set<Path> PREPARED = new java.util.HashSet<>();

	static {
		// Once per test JVM, before the context (and its database) starts: every run starts from nothing.
		try {
			FileSystemUtils.deleteRecursively(DATA);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	OrgRegistry registry;

	@Autowired
	AccountService accounts;

	@Autowired
	RunService runs;

	@Autowired
	DataDirectory dataDirectory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.tonghop.form.FormCatalog forms;

	@Autowired
	vn.tonghop.rounds.RoundsFile roundsFile;

	@Autowired
	vn.tonghop.workflow.Deadlines deadlines;

	/** The sample's annual round, beside the first (the mid-term review). */
	static final String ANNUAL = "bieu02-nam-2021";

	@BeforeEach
	void prepare() throws Exception {
		synchronized (WebTestSupport.class) {
			if (PREPARED.contains(dataDirectory.root())) {
				return;
			}
			try (InputStream units = Files.newInputStream(Path.of("sample-data/org-units.csv"))) {
				registry.importCsv(units);
			}
			accounts.create(ADMIN, "Quản trị viên", Role.ADMIN, "", PASSWORD);
			accounts.create(PROVINCE, "Nguyễn Thị Tỉnh", Role.STAFF, "TN", PASSWORD);
			accounts.create(DISTRICT, "Trần Văn Huyện", Role.STAFF, "TN-DMC", PASSWORD);
			accounts.create(SIBLING, "Lê Văn Thành", Role.STAFF, "TN-TP", PASSWORD);
			for (String user : new String[] { ADMIN, DISTRICT, SIBLING }) {
				accounts.changePassword(user, PASSWORD, PASSWORD + "!");
			}
			// Both sample rounds, as the README's first command sets them up: the annual round's ten forms of
			// Dương Minh Châu lie in the same inbox.
			FileSystemUtils.copyRecursively(Path.of("sample-data/inbox"), dataDirectory.inbox());
			forms.importDefinition(Files.readString(Path.of("sample-data/forms/bieu02-nam-2021.yaml")), "bieu02-nam-2021.yaml");
			try (InputStream rounds = Files.newInputStream(Path.of("sample-data/rounds.csv"))) {
				roundsFile.importCsv(rounds);
			}
			try (InputStream rounds = Files.newInputStream(Path.of("sample-data/rounds.csv"))) {
				deadlines.importRoundsCsv(rounds);
			}
			runs.run(dataDirectory.inbox());
			PREPARED.add(dataDirectory.root());
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	WebSession signIn(String username) throws Exception {
		WebSession session = new WebSession(url(""));
		session.signIn(username, PASSWORD + "!");
		return session;
	}

	/** The SHA-256 of a file received from a district's inbox folder in the first run. */
	String receivedFrom(String folder) {
		return jdbc.sql("SELECT MIN(sha256) FROM received_file WHERE file_name LIKE ?")
			.param(folder + "/%")
			.query(String.class)
			.single();
	}
}
