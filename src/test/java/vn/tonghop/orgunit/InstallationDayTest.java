package vn.tonghop.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * "Today" is the installation's day, not the server's: a server on UTC is seven hours behind Vietnam, and from 17:00
 * UTC on (the nightly run at 02:00 is 19:00 UTC the day before) its own date is the day before.
 */
@SpringBootTest(properties = { "tonghop.cli.enabled=false", "tonghop.data-dir=target/test-data/installation-day" })
@Import(InstallationDayTest.HalfPastTwoInVietnam.class)
class InstallationDayTest {

	/** 19:30 UTC on 31/12/2099, 02:30 on 01/01/2100 in Vietnam. */
	@TestConfiguration
	static class HalfPastTwoInVietnam {

		@Bean
		@Primary
		Clock halfPastTwo() {
			return Clock.fixed(Instant.parse("2099-12-31T19:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
		}
	}

	@Autowired
	OrgRegistry registry;

	@Autowired
	UnitMoves moves;

	@Autowired
	@Qualifier("installationClock")
	Clock installation;

	@Test
	void theTreeOfTodayIsTheTreeOfTheInstallationsDay() throws Exception {
		assertThat(installation.getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
		registry.importCsv(csv("""
				code,name,type,parent_code,sector,valid_from,valid_to
				P,Tỉnh,TINH,,,2010-01-01,
				H1,Huyện Một,HUYEN,P,,2010-01-01,
				H2,Huyện Hai,HUYEN,P,,2010-01-01,
				H1-A,Trường A,CDCS,H1,HCSN,2010-01-01,
				"""));
		moves.importCsv(csv("code,parent_code,moved_on\nH1-A,H2,2100-01-01\n"));

		assertThat(registry.tree().unit("H1-A").orElseThrow().parentCode()).isEqualTo("H2");
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
