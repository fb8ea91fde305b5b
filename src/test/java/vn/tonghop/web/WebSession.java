package vn.tonghop.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in person talking HTTP to the real server (Tomcat, its multipart parsing and the security filters
 * included): cookies kept, redirects not followed, the CSRF token taken from the last page like a browser would.
 */
final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String csrf;

	WebSession(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	void signIn(String username, String password) throws Exception {
		get("/login");
		HttpResponse<String> response = postForm("/login", Map.of("username", username, "password", password), true);
		if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + response.headers().map());
		}
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response.body());
		return response;
	}

	/** As a browser asks for a page: with "Accept: text/html", so errors come as pages, not JSON. */
	HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html,application/xhtml+xml").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response.body());
		return response;
	}

	/** A form posted by a browser whose page has no CSRF token (an old tab, a forged form). */
	HttpResponse<String> postPageWithoutToken(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml")
			.POST(HttpRequest.BodyPublishers.ofString("x=1"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withCsrf)
			throws IOException, InterruptedException {
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		if (withCsrf) {
			all.put("_csrf", csrf);
		}
		String body = all.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A multipart upload of the given files (name → content) to the field "files", as the upload page sends it. */
	HttpResponse<String> upload(Map<String, byte[]> files, boolean withCsrf) throws IOException, InterruptedException {
		String boundary = "----tonghop" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (withCsrf) {
			part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"", csrf.getBytes(StandardCharsets.UTF_8));
		}
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			part(body, boundary, "Content-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
					+ "\"\r\nContent-Type: application/octet-stream", file.getValue());
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(URI.create(base + "/upload"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content)
			throws IOException {
		body.write(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private void remember(String html) {
		Matcher m = CSRF.matcher(html == null ? "" : html);
		if (m.find()) {
			csrf = m.group(1);
		}
	}
}
