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

	WebFormat(@org.springframework.beans.factory.annotation.Value("${tonghop.schedule.zone:Asia/Ho_Chi_Minh}")
			String zone) {
		this.zone = ZoneId.of(zone);
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}

	public String date(java.time.LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** "1 giờ 02 phút", "3 phút 05 giây", "12 giây": units are Vietnamese words either way, kept short. */
	public String duration(Duration duration) {
		if (duration == null) {
			return "";
		}
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return Math.max(seconds, 0) + " s";
		}
		if (seconds < 3600) {
			return String.format("%d min %02d s", seconds / 60, seconds % 60);
		}
		return String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
	}

	/** "12,4 KB", "20 MB": decimal comma, as Vietnamese write it. */
	public String size(long bytes) {
		if (bytes < 1000) {
			return bytes + " B";
		}
		if (bytes < 1_000_000) {
			return String.format("%.1f KB", bytes / 1000.0).replace('.', ',');
		}
		double mb = bytes / 1_000_000.0;
		return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format("%.1f", mb).replace('.', ',')) + " MB";
	}
}
