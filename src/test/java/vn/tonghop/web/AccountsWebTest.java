package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The administrator's work on accounts through real HTTP: create (least privilege by default, what was typed kept
 * after an error, unit codes in any case), reset a password, unlock, switch off and on, change role and unit; each
 * change recorded once with who made it. Wrong passwords hold a name whether or not it exists, with one answer.
 */
class AccountsWebTest extends WebTestSupport {

	private static final String USER = "canbo.moi";

	private static final String NEW_PASSWORD = "Mật-khẩu-mới-2";

	@Test
	void theAdministratorManagesAnAccountFromCreationToAnotherUnitAndEveryStepIsRecorded() throws Exception {
		WebSession admin = signIn(ADMIN);
		String form = admin.get("/admin/users").body();
		assertThat(form).containsPattern("<select id=\"role\" name=\"role\"><option value=\"STAFF\" selected=\"selected\"");

		HttpResponse<String> tooShort = admin.postForm("/admin/users", Map.of("username", USER, "displayName",
				"Phạm Thị Mới", "role", "STAFF", "unitCode", "tn-dmc", "password", "ngan"), true);
		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("Mật khẩu phải có ít nhất 8 ký tự.")
			.contains("value=\"" + USER + "\"").contains("value=\"Phạm Thị Mới\"").contains("value=\"tn-dmc\"");

		// A name longer than an account keeps is said so, not a failed page.
		HttpResponse<String> tooLong = admin.postForm("/admin/users", Map.of("username", USER, "displayName",
				"Phạm Thị Mới ".repeat(20), "role", "STAFF", "unitCode", "tn-dmc", "password", PASSWORD), true);
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(tooLong.body()).contains("Cần ghi họ tên, tối đa 200 ký tự.");

		admin.postForm("/admin/users", Map.of("username", USER, "displayName", "Phạm Thị Mới", "role", "STAFF",
				"unitCode", "tn-dmc", "password", PASSWORD), true);
		assertThat(unitOf(USER)).isEqualTo("TN-DMC");

		// Reset: a temporary password shown once, to be changed at the next sign-in.
		admin.get("/admin/users");
		admin.postForm("/admin/users/" + USER + "/reset", Map.of(), true);
		Matcher shown = Pattern.compile("Mật khẩu tạm thời: (\\S+) — ").matcher(admin.get("/admin/users").body());
		assertThat(shown.find()).isTrue();
		WebSession user = new WebSession(url(""));
		user.signIn(USER, shown.group(1));
		assertThat(user.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
		user.get("/account/password");
		user.postForm("/account/password", Map.of("current", shown.group(1), "replacement", NEW_PASSWORD, "repeat",
				NEW_PASSWORD), true);
		assertThat(user.get("/").statusCode()).isEqualTo(200);

		// Held after three wrong passwords (the test's limit), then unlocked by the administrator.
		for (int i = 0; i < 3; i++) {
			attempt(USER, "sai-" + i);
		}
		assertThat(attempt(USER, NEW_PASSWORD)).endsWith("/login?locked");
		admin.get("/admin/users");
		admin.postForm("/admin/users/" + USER + "/unlock", Map.of(), true);
		assertThat(attempt(USER, NEW_PASSWORD)).endsWith("/");

		// Switched off: the open session ends and signing in fails like a wrong password; switched on again.
		admin.get("/admin/users");
		admin.postForm("/admin/users/" + USER + "/disable", Map.of("disabled", "true"), true);
		assertThat(user.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(attempt(USER, NEW_PASSWORD)).endsWith("/login?error");
		admin.get("/admin/users");
		admin.postForm("/admin/users/" + USER + "/disable", Map.of("disabled", "false"), true);
		WebSession again = new WebSession(url(""));
		again.signIn(USER, NEW_PASSWORD);
		assertThat(again.get("/files?unit=TN-DMC").statusCode()).isEqualTo(200);

		// Moved to Thành phố Tây Ninh (typed in lower case): the scope follows at once.
		admin.get("/admin/users");
		admin.postForm("/admin/users/" + USER + "/change", Map.of("role", "STAFF", "unitCode", "tn-tp"), true);
		assertThat(again.get("/files?unit=TN-TP").statusCode()).isEqualTo(200);
		assertThat(again.get("/files?unit=TN-DMC").statusCode()).isEqualTo(404);

		assertThat(jdbc.sql("SELECT action || ' ' || actor FROM account_event WHERE username = ? ORDER BY id")
			.param(USER).query(String.class).list()).containsExactly("CREATE quantri", "RESET_PASSWORD quantri",
					"UNLOCK quantri", "DISABLE quantri", "ENABLE quantri", "CHANGE quantri");
		// The same six changes, once each, in the audit log the administrators' "Nhật ký" page shows.
		assertThat(jdbc.sql("SELECT detail_key || ' ' || actor FROM audit_event WHERE kind = 'ACCOUNT' AND "
				+ "detail_args LIKE ? ORDER BY id").param(USER + "%").query(String.class).list())
			.containsExactly("audit.detail.account.CREATE quantri", "audit.detail.account.RESET_PASSWORD quantri",
					"audit.detail.account.UNLOCK quantri", "audit.detail.account.DISABLE quantri",
					"audit.detail.account.ENABLE quantri", "audit.detail.account.CHANGE quantri");
		assertThat(admin.get("/audit?kind=ACCOUNT").body()).contains("Vô hiệu hóa tài khoản " + USER + ".");
		String page = admin.get("/admin/users").body();
		assertThat(page).contains("Lịch sử thay đổi tài khoản").contains("Đổi vai trò, đơn vị")
			.contains("Vai trò: Cán bộ tổng hợp → Cán bộ tổng hợp; đơn vị: TN-DMC → TN-TP")
			.contains("Vai trò: Cán bộ tổng hợp; đơn vị: TN-DMC");
	}

	@Test
	void anAdministratorCannotSwitchThemselvesOff() throws Exception {
		WebSession admin = signIn(ADMIN);
		admin.get("/admin/users");
		admin.postForm("/admin/users/" + ADMIN + "/disable", Map.of("disabled", "true"), true);
		assertThat(admin.get("/admin/users").body()).contains("Không thể tự khóa tài khoản của chính mình.");
	}

	@Test
	void aNameThatDoesNotExistIsHeldExactlyLikeOneThatDoes() throws Exception {
		List<String> answers = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			answers.add(attempt("khong-ai-co-ten-nay", "sai-" + i));
		}
		assertThat(answers.subList(0, 3)).allMatch(location -> location.endsWith("/login?error"));
		assertThat(answers.get(3)).endsWith("/login?locked");
	}

	/** One sign-in from a fresh browser; the place it is sent to. */
	private String attempt(String username, String password) throws Exception {
		WebSession session = new WebSession(url(""));
		session.get("/login");
		return session.postForm("/login", Map.of("username", username, "password", password), true).headers()
			.firstValue("Location").orElseThrow();
	}

	private String unitOf(String username) {
		return jdbc.sql("SELECT unit_code FROM app_user WHERE username = ?").param(username).query(String.class)
			.single();
	}
}
