package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.audit.AuditEvent;
import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.intake.ReceivedFiles;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.outputs.Publication;
import vn.tonghop.outputs.PublicationRejected;
import vn.tonghop.outputs.Publications;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.reporttext.ReportTexts;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.sampledata.FilledForm;
import vn.tonghop.workflow.LockRejected;
import vn.tonghop.workflow.Locks;
import vn.tonghop.workflow.Reminders;
import vn.tonghop.workflow.RoundLock;

/**
 * The round's workflow on a registry small enough to count by hand: reminders received by a real SMTP server,
 * a lock that holds a late file out of the totals until it is reopened, a published report that downloads the same
 * bytes after a later run changed the figures, and each of these actions once in the audit log with its user.
 */
@SpringBootTest(properties = "tonghop.cli.enabled=false")
class RoundWorkflowTest {

	private static final Path WORK = TempInstallation.create("workflow");

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Autowired
	Rounds rounds;

	@Autowired
	OrgRegistry registry;

	@Autowired
	Locks locks;

	@Autowired
	Reminders reminders;

	@Autowired
	Publications publications;

	@Autowired
	ReportTexts texts;

	@Autowired
	ReceivedFiles files;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void remindLockHoldReopenPublishAndAudit() throws Exception {
		CliDriver cli = new CliDriver(adapter);
		Path units = Files.writeString(WORK.resolve("units.csv"), """
				code,name,type,parent_code,sector,valid_from,valid_to,contact_name,phone,email
				P,Liên đoàn Lao động tỉnh Thử Nghiệm,TINH,,,2010-01-01,,,,
				H1,Liên đoàn Lao động huyện Một,HUYEN,P,,2010-01-01,,,,
				H2,Liên đoàn Lao động huyện Hai,HUYEN,P,,2010-01-01,,,,
				H1-A,Công đoàn cơ sở Trường Tiểu học A,CDCS,H1,HCSN,2012-05-01,,Nguyễn Văn An,,a@example.vn
				H1-B,Công đoàn cơ sở Công ty TNHH B,CDCS,H1,NNN,2019-03-15,,,,
				H1-D,Công đoàn cơ sở Công ty D,CDCS,H1,NNN,2019-03-15,,Đỗ Thị Dung,,d@example.vn
				H2-E,Công đoàn cơ sở Công ty TNHH E Việt Nam,CDCS,H2,FDI,2015-07-01,,,,
				H2-F,Công đoàn cơ sở Hợp tác xã F,CDCS,H2,KHAC,2015-01-01,,Trần Thị Phương,0913 000 333,f@example.vn
				""");
		assertThat(cli.run("units", "import", units.toString())).as(cli.err()).isZero();
		Path t = WORK.resolve("t");
		assertThat(cli.run("template", "--unit", "P", "--out", t.toString())).isZero();
		Path inbox = WORK.resolve("inbox");
		// A and E are accepted; B and D (founded in 2019) are returned for their 2018 figures. B's registry row has
		// no contact, its file names who filled it in.
		fill(t, inbox.resolve("H1"), "H1-A", Map.of("LD01", 30, "TC06", 25, "XL", "HTT"), Map.of());
		fill(t, inbox.resolve("H2"), "H2-E", Map.of("LD01", 1100, "TC06", 900, "XL", "HTXS", "DD02", true), Map.of());
		fill(t, inbox.resolve("H1"), "H1-B", Map.of("LD01", 100, "TC06", 80, "XL", "HTT", "DD02", true),
				Map.of("Người lập biểu:", "Lê Văn Bình", "Điện thoại:", "0987 654 321"));
		fill(t, inbox.resolve("H1"), "H1-D", Map.of("LD01", 50, "TC06", 40, "XL", "HTT", "DD02", true), Map.of());
		assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out() + cli.err()).isZero();
		Path totalsCsv = WORK.resolve("data/out/latest/totals.csv");
		assertThat(RoundsFixture.totals(totalsCsv)).containsEntry("H1|LD01|2020", new BigDecimal("30"))
			.containsEntry("P|LD01|2020", new BigDecimal("1130"));

		// "Chưa báo cáo" of H1: B (contact from its file) and D (from the registry); of H2: F.
		assertThat(cli.run("status", "--unit", "H1")).isZero();
		assertThat(cli.out()).contains("H1-B  Công đoàn cơ sở Công ty TNHH B — bị trả lại (H1/BIEU01-CDCS_H1-B.xlsx)")
			.contains("— liên hệ: Lê Văn Bình, 0987 654 321\n")
			.contains("H1-D  Công đoàn cơ sở Công ty D — bị trả lại")
			.contains("— liên hệ: Đỗ Thị Dung, d@example.vn\n");

		Round round = rounds.first();
		OrgTree tree = registry.treeAt(round.referenceDate());
		Scope province = Scope.of("P", tree);
		Scope district = Scope.of("H1", tree);

		// Reminders: D (returned, with its annotated copy) and F (sent nothing); B has no address.
		Reminders.Sent sent = reminders.remind(round, province, "P", "tinh");
		assertThat(sent).isEqualTo(new Reminders.Sent(2, 0, 1));
		Map<String, MimeMessage> byRecipient = Arrays.stream(mail.getReceivedMessages())
			.collect(Collectors.toMap(m -> address(m), Function.identity()));
		assertThat(byRecipient).containsOnlyKeys("d@example.vn", "f@example.vn");
		MimeMessage toF = byRecipient.get("f@example.vn");
		assertThat(toF.getSubject())
			.isEqualTo("[Nhắc báo cáo] Sơ kết giữa nhiệm kỳ 2018–2020 — đơn vị H2-F chưa gửi báo cáo");
		assertThat(String.valueOf(toF.getContent())).startsWith("Kính gửi: Công đoàn cơ sở Hợp tác xã F,")
			.contains("Liên đoàn Lao động tỉnh Thử Nghiệm chưa nhận được biểu báo cáo");
		MimeMessage toD = byRecipient.get("d@example.vn");
		assertThat(toD.getSubject()).isEqualTo("[Báo cáo bị trả lại] Sơ kết giữa nhiệm kỳ 2018–2020 — đơn vị H1-D cần gửi lại");
		Multipart parts = (Multipart) toD.getContent();
		assertThat(bodyText(parts)).contains("Tệp \"H1/BIEU01-CDCS_H1-D.xlsx\"")
			.contains("Có số liệu năm 2018 nhưng đơn vị thành lập ngày 15/03/2019.");
		assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("H1_BIEU01-CDCS_H1-D-chu-thich.xlsx");
		assertThat(bodyText(parts)).contains("Bản chú thích đính kèm");

		// D's archived file damaged on disk: its reminder still goes, without the copy or the sentence announcing it.
		String archived = jdbc.sql("SELECT archive_path FROM received_file WHERE file_name = ?")
			.param("H1/BIEU01-CDCS_H1-D.xlsx").query(String.class).single();
		int mark = archived.indexOf('#');
		Path stored = WORK.resolve("data/archive").resolve(mark < 0 ? archived : archived.substring(0, mark));
		int at = mark < 0 ? 0 : Integer.parseInt(archived.substring(mark + 1, archived.indexOf('+')));
		byte[] intact = Files.readAllBytes(stored);
		byte[] damaged = intact.clone();
		damaged[at + 100] ^= 1;
		Files.write(stored, damaged);
		try {
			mail.purgeEmailFromAllMailboxes();
			assertThat(reminders.remind(round, province, "P", "tinh")).isEqualTo(new Reminders.Sent(2, 0, 1));
			MimeMessage again = Arrays.stream(mail.getReceivedMessages()).filter(m -> address(m).equals("d@example.vn"))
				.findFirst().orElseThrow();
			assertThat(again.getContent()).isInstanceOf(String.class);
			assertThat(String.valueOf(again.getContent())).contains("Tệp \"H1/BIEU01-CDCS_H1-D.xlsx\"")
				.doesNotContain("Bản chú thích đính kèm");
			// The administrator's check finds it, by name, and says what to do.
			assertThat(cli.run("verify")).as(cli.out() + cli.err()).isEqualTo(1);
			assertThat(cli.out()).containsPattern("Đã kiểm tra \\d+ tệp trong kho lưu trữ: 1 tệp bị hỏng")
				.contains("H1/BIEU01-CDCS_H1-D.xlsx (lưu ở " + archived + "): nội dung không còn như lúc nhận")
				.contains("Hãy khôi phục thư mục archive từ bản sao lưu gần nhất");
		}
		finally {
			Files.write(stored, intact);
		}
		assertThat(cli.run("verify")).as(cli.out() + cli.err()).isZero();
		assertThat(cli.out()).containsPattern("Đã kiểm tra \\d+ tệp trong kho lưu trữ: tất cả còn nguyên");

		// The province locks. A sends a new file (45 members): received and shown, held, not counted.
		locks.lock(round, province, "P", RoundLock.Kind.LOCKED, "tinh");
		fill(t, inbox.resolve("H1"), "H1-A", Map.of("LD01", 45, "TC06", 25, "XL", "HTT"), Map.of());
		Files.move(inbox.resolve("H1/BIEU01-CDCS_H1-A.xlsx"), inbox.resolve("H1/BIEU01-CDCS_H1-A-sua.xlsx"));
		assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out() + cli.err()).isZero();
		assertThat(RoundsFixture.totals(totalsCsv)).containsEntry("H1|LD01|2020", new BigDecimal("30"))
			.containsEntry("P|LD01|2020", new BigDecimal("1130"));
		assertThat(statusOf("H1/BIEU01-CDCS_H1-A-sua.xlsx", province, round)).isEqualTo(ReceivedFiles.HELD);

		// Published while locked: number 15, the figures with A's 30 members.
		texts.save(district, round.code(), "H1", Map.of(ReportPart.DOCUMENT_NUMBER, "15", ReportPart.DATE, "2020-12-15",
				ReportPart.SIGNER_NAME, "Nguyễn Văn Ký"), "huyen1");
		Publication first = publications.publish(round, district, "H1", "huyen1");
		byte[] published = publications.pdf(district, first.id()).orElseThrow();
		String lastLine = "Bản phát hành số 15 ngày 15/12/2020, lập từ lần tổng hợp số " + first.runId()
				+ ", biểu BIEU01-CDCS phiên bản 2018-2020.1, đợt \"Sơ kết giữa nhiệm kỳ 2018–2020\".";
		try (PDDocument pdf = Loader.loadPDF(published)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").strip();
			assertThat(text).endsWith(lastLine);
			assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(lastLine);
		}
		assertThatThrownBy(() -> publications.publish(round, district, "H1", "huyen1"))
			.isInstanceOfSatisfying(PublicationRejected.class, r -> assertThat(r.key()).isEqualTo("publication.numberTaken"));

		// Reopening: not by the district (the province locked), not without a reason; then A's file is counted.
		assertThatThrownBy(() -> locks.reopen(round, district, lockId(round), "Sửa", "huyen1"))
			.isInstanceOfSatisfying(LockRejected.class, r -> assertThat(r.key()).isEqualTo("workflow.reopen.notYours"));
		assertThatThrownBy(() -> locks.reopen(round, province, lockId(round), " ", "tinh"))
			.isInstanceOfSatisfying(LockRejected.class, r -> assertThat(r.key()).isEqualTo("workflow.reopen.reasonMissing"));
		assertThatThrownBy(() -> locks.reopen(round, province, lockId(round), "Sửa số liệu. ".repeat(200), "tinh"))
			.isInstanceOfSatisfying(LockRejected.class, r -> assertThat(r.key()).isEqualTo("workflow.reopen.reasonMissing"));
		assertThat(locks.reopen(round, province, lockId(round), "A sửa số đoàn viên", "tinh")).isEqualTo(1);
		assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out() + cli.err()).isZero();
		assertThat(RoundsFixture.totals(totalsCsv)).containsEntry("H1|LD01|2020", new BigDecimal("45"))
			.containsEntry("P|LD01|2020", new BigDecimal("1145"));
		assertThat(statusOf("H1/BIEU01-CDCS_H1-A-sua.xlsx", province, round)).isEqualTo("ACCEPTED");
		assertThat(statusOf("H1/BIEU01-CDCS_H1-A.xlsx", province, round)).isEqualTo(ReceivedFiles.SUPERSEDED);

		// The published version downloads the same bytes after the run that changed H1's figures.
		assertThat(publications.pdf(district, first.id()).orElseThrow()).isEqualTo(published);
		texts.save(district, round.code(), "H1", Map.of(ReportPart.DOCUMENT_NUMBER, "16"), "huyen1");
		Publication second = publications.publish(round, district, "H1", "huyen1");
		assertThat(second.runId()).isGreaterThan(first.runId());
		assertThat(publications.of(round.code(), "H1")).extracting(Publication::documentNumber).containsExactly("16", "15");

		// A mail server that is down: each message is recorded as failed, none lost silently.
		mail.stop();
		assertThat(reminders.remind(round, province, "P", "tinh")).isEqualTo(new Reminders.Sent(0, 2, 1));
		assertThat(jdbc.sql("SELECT result, COUNT(*) FROM mail_message GROUP BY result ORDER BY result")
			.query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list()).containsExactly("FAILED=2", "SENT=4");

		// Each action once in the audit log, with its user.
		List<AuditEvent> events = audit.find(new AuditLog.Filter(null, null, null, null, null, 1000));
		Map<AuditKind, List<String>> actors = events.stream()
			.collect(Collectors.groupingBy(AuditEvent::kind, Collectors.mapping(AuditEvent::actor, Collectors.toList())));
		assertThat(actors.get(AuditKind.RUN)).containsExactly("cli", "cli", "cli");
		assertThat(actors.get(AuditKind.LOCK)).containsExactly("tinh");
		assertThat(actors.get(AuditKind.REOPENING)).containsExactly("tinh");
		assertThat(actors.get(AuditKind.PUBLICATION)).containsExactly("huyen1", "huyen1");
		assertThat(actors.get(AuditKind.REMINDER)).containsExactly("tinh", "tinh", "tinh", "tinh", "tinh", "tinh");
		assertThat(events).filteredOn(e -> e.kind() == AuditKind.REOPENING).singleElement()
			.satisfies(e -> assertThat(e.detailArgs()).contains("A sửa số đoàn viên"));
		// Append-only: the database itself refuses to change or remove an entry.
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'x'").update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
	}

	private long lockId(Round round) {
		return locks.of(round.code()).get(0).id();
	}

	private String statusOf(String path, Scope scope, Round round) {
		return files.list(scope, round.code(), "tinh", null, null, ReceivedFiles.Sort.NEWEST, 0)
			.stream()
			.filter(f -> f.path().equals(path))
			.findFirst()
			.orElseThrow()
			.status();
	}

	private static void fill(Path templates, Path folder, String unit, Map<String, Object> figures,
			Map<String, String> header) throws IOException {
		List<Integer> years = List.of(2018, 2019, 2020);
		try (FilledForm form = new FilledForm(Files.readAllBytes(templates.resolve("BIEU01-CDCS_" + unit + ".xlsx")),
				years)) {
			figures.forEach((code, value) -> years.forEach(year -> form.set(code, year, value)));
			header.forEach(form::setHeader);
			Files.createDirectories(folder);
			Files.write(folder.resolve("BIEU01-CDCS_" + unit + ".xlsx"), form.bytes());
		}
	}

	private static String address(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String bodyText(Multipart parts) throws Exception {
		Object first = parts.getBodyPart(0).getContent();
		return first instanceof Multipart nested ? String.valueOf(nested.getBodyPart(0).getContent()) : String.valueOf(first);
	}
}
