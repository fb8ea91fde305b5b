package vn.tonghop.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tonghop.TonghopSpringTest;

/**
 * An entry is never refused for its length: a mail's sender and subject and an error's message are whatever someone
 * else wrote. Refused, the mailbox's check of a message that could not be read failed again while recording why, and
 * the check stopped for every message after it.
 */
@TonghopSpringTest
class AuditLogTest {

	@Autowired
	AuditLog audit;

	@Test
	void whatDoesNotFitIsCutAndTheEntryIsKept() {
		String sender = "van.thu.cong.doan.co.so.".repeat(6) + "@example.vn";
		String subject = "Báo cáo số liệu 😀 ".repeat(300);

		audit.record(sender, AuditKind.MAIL, null, null, "audit.detail.mail.unreadable", sender, subject, "lỗi");

		AuditEvent kept = audit.find(new AuditLog.Filter(null, null, AuditKind.MAIL, null, null, 1)).get(0);
		assertThat(kept.actor()).hasSize(AuditLog.MAX_ACTOR_CHARS).startsWith("van.thu.cong.doan").endsWith("…");
		List<String> args = kept.detailArgs();
		assertThat(args).hasSize(3);
		assertThat(args.get(0)).isEqualTo(sender); // 155 characters fit
		assertThat(args.get(1)).startsWith("Báo cáo số liệu 😀 Báo cáo").endsWith("…").hasSizeLessThanOrEqualTo(1_332);
		assertThat(args.get(2)).isEqualTo("lỗi");
		assertThat(String.join("\u001F", args)).hasSizeLessThanOrEqualTo(AuditLog.MAX_ARGS_CHARS);
	}
}
