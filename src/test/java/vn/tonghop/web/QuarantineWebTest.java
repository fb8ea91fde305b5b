package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The page of files e-mailed by unknown senders, through real HTTP: listed for the administrator, not for a district;
 * discarding takes the file out of the inbox into the archive and records who did it.
 */
class QuarantineWebTest extends WebTestSupport {

	@Test
	void theAdministratorDiscardsAStrangersFileAndADistrictCannotSeeThePage() throws Exception {
		Path folder = Files.createDirectories(dataDirectory.inbox().resolve("_chua-xac-dinh"));
		Path file = Files.copy(Path.of("sample-data/inbox/TN-DMC/BIEU01-CDCS_TN-DMC-CS02.xlsx"),
				folder.resolve("thu-la.xlsx"));
		jdbc.sql("INSERT INTO mail_intake (sender, subject, received_at, file_name, inbox_path, status) VALUES (?, ?, ?, "
				+ "?, ?, 'QUARANTINED')")
			.params("nguoi.la@example.org", "Gửi biểu", Timestamp.from(Instant.now()), "thu-la.xlsx",
					"_chua-xac-dinh/thu-la.xlsx")
			.update();
		long id = jdbc.sql("SELECT MAX(id) FROM mail_intake").query(Long.class).single();

		assertThat(signIn(DISTRICT).get("/quarantine").statusCode()).isEqualTo(404);
		WebSession admin = signIn(ADMIN);
		assertThat(admin.get("/files").body()).contains("tệp gửi qua thư chưa xác định được đơn vị");
		assertThat(admin.get("/quarantine").body()).contains("nguoi.la@example.org").contains("thu-la.xlsx");
		admin.postForm("/quarantine/" + id + "/discard", Map.of(), true);
		assertThat(admin.get("/quarantine").body()).contains("Đã bỏ tệp").doesNotContain("thu-la.xlsx");
		assertThat(file).doesNotExist();
		assertThat(jdbc.sql("SELECT status || ' ' || decided_by FROM mail_intake WHERE id = ?").param(id)
			.query(String.class).single()).isEqualTo("DISCARDED quantri");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE detail_key = 'audit.detail.mail.discarded' AND "
				+ "actor = 'quantri'").query(Long.class).single()).isEqualTo(1);
	}
}
