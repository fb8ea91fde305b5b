package vn.tonghop.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The installation's clock, in its zone ({@code tonghop.schedule.zone}, Vietnam's by default): "today" of the unit
 * tree, a report's date, a form's import date, a deadline passed. A server's own zone is often UTC, seven hours
 * behind: the nightly run at 02:00 in Vietnam is 19:00 of the day before there, and the server's date would date
 * its reports the day before.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock installationClock(@Value("${tonghop.schedule.zone:Asia/Ho_Chi_Minh}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}
}
