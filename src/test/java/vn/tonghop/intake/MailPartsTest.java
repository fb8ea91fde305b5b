package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The names and subjects a unit's message gives, read as its sender wrote them. */
class MailPartsTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(Arrays.stream(ServerSetupTest.SMTP_IMAP)
		.map(ServerSetup::dynamicPort)
		.toArray(ServerSetup[]::new))
		.withConfiguration(GreenMailConfiguration.aConfig().withUser("nhanbieu@ldld.example.vn", "nb", "Mat-khau-thu"));

	@Test
	void rawUtf8ReadAsSingleBytesIsReadAgainAndNothingElseIs() {
		assertThat(MailParts.asSent("BÃ¡o cÃ¡o thÃ¡ng 12.xlsx")).isEqualTo("Báo cáo tháng 12.xlsx");
		// Already right: a Latin-1 name, a Vietnamese name with letters past Latin-1, a name of ASCII alone.
		assertThat(MailParts.asSent("Café.xlsx")).isEqualTo("Café.xlsx");
		assertThat(MailParts.asSent("Báo cáo.xlsx")).isEqualTo("Báo cáo.xlsx");
		assertThat(MailParts.asSent("Biểu mẫu tháng 12.xlsx")).isEqualTo("Biểu mẫu tháng 12.xlsx");
		assertThat(MailParts.asSent("BIEU01-CDCS_H1-A.xlsx")).isEqualTo("BIEU01-CDCS_H1-A.xlsx");
		assertThat(MailParts.asSent(null)).isNull();
	}

	/**
	 * A mailer that writes the attachment's name and the subject in raw UTF-8, as the server keeps them: the name
	 * the mailbox stores the form under and the subject its reply quotes are the sender's.
	 */
	@Test
	void aNameAndSubjectSentInRawUtf8AreReadAsWritten() throws Exception {
		String raw = "From: an@example.vn\r\nTo: nhanbieu@ldld.example.vn\r\nSubject: Báo cáo tháng 12\r\n"
				+ "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\nXin gửi biểu.\r\n--B\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; "
				+ "name=\"Báo cáo tháng 12.xlsx\"\r\nContent-Disposition: attachment; filename=\"Báo cáo tháng 12.xlsx\""
				+ "\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBA==\r\n--B--\r\n";
		// As a server takes it in: each byte of the header a character.
		mail.getUserManager().getUserByEmail("nhanbieu@ldld.example.vn").deliver(new MimeMessage(
				Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
		Properties settings = new Properties();
		settings.put("mail.store.protocol", "imap");
		settings.put("mail.imap.port", String.valueOf(mail.getImap().getPort()));
		Store store = Session.getInstance(settings).getStore();
		store.connect("127.0.0.1", "nb", "Mat-khau-thu");
		try {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			Message message = inbox.getMessages()[0];
			List<Part> files = MailParts.attachments(message);

			assertThat(files).singleElement()
				.satisfies(file -> assertThat(MailParts.fileName(file)).isEqualTo("Báo cáo tháng 12.xlsx"));
			assertThat(MailParts.subject(message)).isEqualTo("Báo cáo tháng 12");
		}
		finally {
			store.close();
		}
	}
}
