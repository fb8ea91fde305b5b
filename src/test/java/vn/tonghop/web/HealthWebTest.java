package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * {@code GET /actuator/health} on the app's own port for a service manager or a monitor: {"status":"UP"} without
 * signing in, the probes too, and the details (database, disk of the data directory) for administrators only.
 */
class HealthWebTest extends WebTestSupport {

	@Test
	void healthAnswersAnyoneWithItsStatusAndAdministratorsWithItsDetails() throws Exception {
		HttpClient anonymous = HttpClient.newHttpClient();
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> answer = anonymous.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			// The root also names the probe groups: {"groups":["liveness","readiness"],"status":"UP"}.
			assertThat(answer.body()).as(path).isIn("{\"status\":\"UP\"}",
					"{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
		}
		assertThat(signIn(DISTRICT).get("/actuator/health").body()).doesNotContain("components");
		String details = signIn(ADMIN).get("/actuator/health").body();
		assertThat(details).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"diskSpace\"");
		// Nothing else of the actuator is served.
		HttpResponse<String> env = anonymous.send(HttpRequest.newBuilder(URI.create(url("/actuator/env"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(env.statusCode()).isNotEqualTo(200);
	}
}
