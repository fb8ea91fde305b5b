package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.intake.Quarantine;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.sampledata.FilledForm;

/**
 * Forms received by e-mail, against GreenMail's IMAP and SMTP started in the test: a registered sender's attachment
 * is counted by the next run and its reply received; a stranger's attachment is held in the quarantine and never
 * counted, until staff assign it to a unit; a mailbox that cannot be reached does not stop the run.
 */
@SpringBootTest(properties = "tonghop.cli.enabled=false")
class MailIntakeTest {

	private static final Path WORK = TempInstallation.create("mail");

	private static final String MAILBOX = "nhanbieu@ldld.example.vn";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(Arrays.stream(ServerSetupTest.SMTP_IMAP)
		.map(ServerSetup::dynamicPort)
		.toArray(ServerSetup[]::new))
		.withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, "nhanbieu", "Mat-khau-thu"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void ownInstallation(DynamicPropertyRegistry properties) {
		TempInstallation.register(properties, WORK);
		properties.add("tonghop.mailbox.host", () -> "127.0.0.1");
		properties.add("tonghop.mailbox.port", () -> mail.getImap().getPort());
		properties.add("tonghop.mailbox.protocol", () -> "imap");
		properties.add("tonghop.mailbox.username", () -> "nhanbieu");
		properties.add("tonghop.mailbox.password", () -> "Mat-khau-thu");
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> mail.getSmtp().getPort());
		properties.add("tonghop.mail.from", () -> MAILBOX);
	}

	@Autowired
	CommandLineRunnerAdapter adapter;

	@Autowired
	Quarantine quarantine;

	@Autowired
	OrgRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegisteredSendersFileIsCountedAndAnsweredAStrangersIsHeldUntilAssigned() throws Exception {
		CliDriver cli = new CliDriver(adapter);
		Path units = Files.writeString(WORK.resolve("units.csv"), """
				code,name,type,parent_code,sector,valid_from,valid_to,contact_name,phone,email
				P,Liên đoàn Lao động tỉnh Thử Nghiệm,TINH,,,2010-01-01,,,,
				H1,Liên đoàn Lao động huyện Một,HUYEN,P,,2010-01-01,,,,vanthu.h1@example.vn
				H1-A,Công đoàn cơ sở Trường Tiểu học A,CDCS,H1,HCSN,2012-05-01,,Nguyễn Văn An,,An@Example.vn
				H1-B,Công đoàn cơ sở Công ty TNHH B,CDCS,H1,NNN,2012-05-01,,,,
				H1-C,Công đoàn cơ sở Hợp tác xã C,CDCS,H1,KHAC,2012-05-01,,,,vanthu.h1@example.vn
				""");
		assertThat(cli.run("units", "import", units.toString())).as(cli.err()).isZero();
		Path t = WORK.resolve("t");
		assertThat(cli.run("template", "--unit", "P", "--out", t.toString())).isZero();
		Path inbox = Files.createDirectories(WORK.resolve("data/inbox"));
		// A forwards her own earlier message "as an attachment": the form lies inside the message it carries.
		deliverForwarded("an@example.vn", "Báo cáo của Trường Tiểu học A", "BIEU01-CDCS_H1-A.xlsx",
				filled(t, "H1-A", Map.of("LD01", 30, "TC06", 25, "XL", "HTT")));
		// The district's clerk, whose address the registry also gives to C, forwards C's form zipped with a note: the
		// form goes to the district's folder (the nearest unit above both), whose scope takes C's figures.
		// A form in it under the zip's password cannot be taken: the clerk is told which.
		deliver("vanthu.h1@example.vn", "Chuyển biểu của HTX C", "bieu-thang-12.zip",
				vn.tonghop.intake.Zips.stored("mat-khau.xlsx", "Tháng 12/BIEU01-CDCS_H1-C.xlsx",
						filled(t, "H1-C", Map.of("LD01", 7, "TC06", 5, "XL", "HTT")), "ghi-chu.txt",
						"HTX C gửi muộn".getBytes(java.nio.charset.StandardCharsets.UTF_8), "mat-khau.xlsx",
						"PK".getBytes()));
		deliver("nguoi.la@example.org", "Biểu mẫu", "bieu-mau.xlsx",
				filled(t, "H1-B", Map.of("LD01", 100, "TC06", 80, "XL", "HTT", "DD02", true)));
		// A's scanned, signed copy without the Excel file is answered; an autoresponder's message never is.
		deliver("an@example.vn", "Bản ký", "Báo cáo đã ký.pdf", "%PDF-1.4".getBytes(), false);
		deliver("vanthu.h1@example.vn", "Vắng mặt", "lich.pdf", "%PDF-1.4".getBytes(), true);
		// Nor is a message whose only file is its signature's logo, shown inline.
		deliver("an@example.vn", "Xin gia hạn", "image001.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, false,
				jakarta.mail.Part.INLINE);

		assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out() + cli.err()).isZero();
		Path totals = WORK.resolve("data/out/latest/totals.csv");
		// A (30 workers) and C (7) are counted; B's file came from an address the registry does not know: not counted.
		assertThat(RoundsFixture.totals(totals)).containsEntry("H1|LD01|2020", new BigDecimal("37"));
		assertThat(inbox.resolve("H1-A/BIEU01-CDCS_H1-A.xlsx")).isRegularFile();
		assertThat(inbox.resolve("H1/BIEU01-CDCS_H1-C.xlsx")).isRegularFile();
		try (var h1 = Files.list(inbox.resolve("H1"))) {
			assertThat(h1.map(p -> p.getFileName().toString())).containsExactly("BIEU01-CDCS_H1-C.xlsx");
		}
		assertThat(inbox.resolve("_chua-xac-dinh/bieu-mau.xlsx")).isRegularFile();
		assertThat(quarantine.waiting()).singleElement()
			.satisfies(h -> assertThat(h.sender()).isEqualTo("nguoi.la@example.org"));
		// Both messages are read, none deleted.
		assertThat(to(MAILBOX)).hasSize(6)
			.allSatisfy(m -> assertThat(m.isSet(jakarta.mail.Flags.Flag.SEEN)).isTrue());
		// The registered sender's reply, in Vietnamese; nothing to the stranger yet.
		MimeMessage[] toA = to("an@example.vn");
		assertThat(toA).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("[Đã nhận] BIEU01-CDCS_H1-A.xlsx: hợp lệ", "[Chưa nhận được biểu] Bản ký");
		MimeMessage noForm = toA[0].getSubject().startsWith("[Chưa") ? toA[0] : toA[1];
		assertThat(String.valueOf(noForm.getContent())).startsWith("Thư \"Bản ký\" của đồng chí có tệp đính kèm "
				+ "(Báo cáo đã ký.pdf) nhưng chưa nhận được tệp Excel nào của biểu mẫu");
		MimeMessage reply = toA[0] == noForm ? toA[1] : toA[0];
		assertThat(GreenMailUtil.getBody(reply)).isNotEmpty();
		assertThat(String.valueOf(reply.getContent())).startsWith("Đã nhận tệp \"BIEU01-CDCS_H1-A.xlsx\", hợp lệ");
		assertThat(to("nguoi.la@example.org")).isEmpty();

		// Staff assign the stranger's file to H1-B: the next run counts it (30 + 7 + 100) and answers its sender.
		Scope province = Scope.of("P", registry.tree());
		long id = quarantine.waiting().get(0).id();
		assertThat(quarantine.assign(province, id, "H1-B", "tinh")).isTrue();
		assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out() + cli.err()).isZero();
		assertThat(RoundsFixture.totals(totals)).containsEntry("H1|LD01|2020", new BigDecimal("137"));
		assertThat(single(to("nguoi.la@example.org")).getSubject())
			.isEqualTo("[Đã nhận] bieu-mau.xlsx: hợp lệ");
		assertThat(jdbc.sql("SELECT detail_key || ' ' || actor FROM audit_event WHERE kind = 'MAIL' ORDER BY id")
			.query(String.class).list()).containsExactly("audit.detail.mail.received an@example.vn",
					"audit.detail.mail.received vanthu.h1@example.vn", "audit.detail.mail.zipHeldBack vanthu.h1@example.vn",
					"audit.detail.mail.quarantined nguoi.la@example.org", "audit.detail.mail.noForm an@example.vn",
					"audit.detail.mail.replied schedule", "audit.detail.mail.replied schedule",
					"audit.detail.mail.replied schedule", "audit.detail.mail.replied schedule",
					"audit.detail.mail.assigned tinh", "audit.detail.mail.replied schedule");
		MimeMessage[] toClerk = to("vanthu.h1@example.vn");
		assertThat(toClerk).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
				"[Đã nhận] BIEU01-CDCS_H1-C.xlsx: hợp lệ", "[Chưa nhận đủ] Chuyển biểu của HTX C");
		assertThat(Arrays.stream(toClerk).filter(m -> {
			try {
				return m.getSubject().startsWith("[Chưa");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow().getContent().toString())
			.startsWith("Tệp nén trong thư \"Chuyển biểu của HTX C\" của đồng chí chưa được nhận đủ "
					+ "(bieu-thang-12.zip: mat-khau.xlsx)");

		// A mailbox that cannot be reached is reported; the run goes on.
		mail.stop();
		assertThat(cli.run("run", "--inbox", inbox.toString())).as(cli.out() + cli.err()).isZero();
		assertThat(cli.err()).contains("Không đọc được hộp thư nhận biểu mẫu");
	}

	/** The messages the servers hold for exactly this address. */
	private static MimeMessage[] to(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toArray(MimeMessage[]::new);
	}

	private static MimeMessage single(MimeMessage[] messages) {
		assertThat(messages).hasSize(1);
		return messages[0];
	}

	private static byte[] filled(Path templates, String unit, Map<String, Object> figures) throws Exception {
		List<Integer> years = List.of(2018, 2019, 2020);
		try (FilledForm form = new FilledForm(Files.readAllBytes(templates.resolve("BIEU01-CDCS_" + unit + ".xlsx")),
				years)) {
			figures.forEach((code, value) -> years.forEach(year -> form.set(code, year, value)));
			return form.bytes();
		}
	}

	/** A message whose one attachment is an earlier message (message/rfc822) that carries the file. */
	private static void deliverForwarded(String from, String subject, String fileName, byte[] file) throws Exception {
		MimeMessage earlier = new MimeMessage(GreenMailUtil.getSession(ServerSetupTest.SMTP));
		earlier.setFrom(new InternetAddress(from));
		earlier.setSubject("Biểu mẫu", "UTF-8");
		MimeBodyPart form = new MimeBodyPart();
		form.setContent(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		form.setFileName(fileName);
		earlier.setContent(new MimeMultipart(form));
		earlier.saveChanges();
		MimeMessage message = new MimeMessage(GreenMailUtil.getSession(ServerSetupTest.SMTP));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject(subject, "UTF-8");
		MimeBodyPart carried = new MimeBodyPart();
		carried.setContent(earlier, "message/rfc822");
		message.setContent(new MimeMultipart(carried));
		mail.getUserManager().getUserByEmail(MAILBOX).deliver(message);
	}

	private static void deliver(String from, String subject, String fileName, byte[] file) throws Exception {
		deliver(from, subject, fileName, file, false);
	}

	private static void deliver(String from, String subject, String fileName, byte[] file, boolean automatic)
			throws Exception {
		deliver(from, subject, fileName, file, automatic, jakarta.mail.Part.ATTACHMENT);
	}

	private static void deliver(String from, String subject, String fileName, byte[] file, boolean automatic,
			String disposition) throws Exception {
		MimeMessage message = new MimeMessage(GreenMailUtil.getSession(ServerSetupTest.SMTP));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject(subject, "UTF-8");
		if (automatic) {
			message.setHeader("Auto-Submitted", "auto-replied");
		}
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Kính gửi Liên đoàn Lao động, xin gửi biểu mẫu.", "UTF-8");
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setContent(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		attachment.setFileName(fileName);
		attachment.setDisposition(disposition);
		message.setContent(new MimeMultipart(text, attachment));
		mail.getUserManager().getUserByEmail(MAILBOX).deliver(message);
	}
}
