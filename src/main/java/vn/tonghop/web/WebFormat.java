package vn.tonghop.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** How times, durations and sizes look on the pages ({@code ${@fmt.time(x)}}): Vietnamese conventions. */
@Component("fmt")
@ConditionalOnWebApplication
class WebFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ZoneId zone;

	private final org.springframework.context.MessageSource messages;

	WebFormat(java.time.Clock clock, org.springframework.context.MessageSource messages) {
		this.zone = clock.getZone();
		this.messages = messages;
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}

	public String date(java.time.LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** "12 giây", "3 phút 05 giây", "1 giờ 02 phút", in the page's language. */
	public String duration(Duration duration) {
		if (duration == null) {
			return "";
		}
		long seconds = Math.max(duration.toSeconds(), 0);
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		if (seconds < 60) {
			return messages.getMessage("web.duration.seconds", new Object[] { String.valueOf(seconds) }, locale);
		}
		if (seconds < 3600) {
			return messages.getMessage("web.duration.minutes", new Object[] { String.valueOf(seconds / 60),
					String.format("%02d", seconds % 60) }, locale);
		}
		return messages.getMessage("web.duration.hours", new Object[] { String.valueOf(seconds / 3600),
				String.format("%02d", seconds % 3600 / 60) }, locale);
	}

	/** "12,4 KB", "20 MB": decimal comma, as Vietnamese write it. */
	public String size(long bytes) {
		if (bytes < 1000) {
			return bytes + " B";
		}
		if (bytes < 1_000_000) {
			return vn.tonghop.system.VietnameseFormat.format("#,##0.0").format(bytes / 1000.0) + " KB";
		}
		return vn.tonghop.system.VietnameseFormat.format("#,##0.#").format(bytes / 1_000_000.0) + " MB";
	}
}
