package vn.tonghop.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;


import vn.tonghop.system.Messages;

/**
 * Wraps a union's name in capitals for the header's left block (Nghị định 30/2020: 12–13 pt) between words only,
 * and never inside a phrase that names one thing: "LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM" (message
 * {@code report.header.phrases}), or a place after its administrative word, "TỈNH TÂY NINH" (message
 * {@code report.header.places}). Widths are measured with the embedded font the PDF uses.
 */
final class HeaderLines {

	/** The header's left block is 215 pt wide; the PDF measures lines a little wider than AWT does, so some is kept back. */
	static final float WIDTH = 200f;

	private final List<List<String>> phrases;

	private final List<List<String>> places;

	private final Locale locale;

	HeaderLines(Messages messages) {
		this.locale = messages.locale();
		this.phrases = words(messages.get("report.header.phrases"));
		this.places = words(messages.get("report.header.places"));
	}

	List<String> wrap(String text, boolean bold) {
		FontMeasure font = new FontMeasure(12f, bold, locale);
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String token : tokens(text.toUpperCase(locale))) {
			String longer = line.isEmpty() ? token : line + " " + token;
			if (line.isEmpty() || font.width(longer) <= WIDTH) {
				line = longer;
			}
			else {
				lines.add(line);
				line = token;
			}
		}
		lines.add(line);
		return lines;
	}

	/** The words grouped into what may not be split: phrases, and each place with its administrative word. */
	private List<String> tokens(String text) {
		List<String> words = Arrays.asList(text.trim().split("\\s+"));
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int place = match(places, words, i);
			if (place > 0) {
				int end = i + place;
				while (end < words.size() && match(places, words, end) == 0) {
					end++;
				}
				tokens.add(String.join(" ", words.subList(i, end)));
				i = end;
				continue;
			}
			int phrase = Math.max(1, match(phrases, words, i));
			tokens.add(String.join(" ", words.subList(i, i + phrase)));
			i += phrase;
		}
		return tokens;
	}

	/** The length of the longest of {@code candidates} starting at word {@code i}, 0 if none. */
	private static int match(List<List<String>> candidates, List<String> words, int i) {
		int best = 0;
		for (List<String> candidate : candidates) {
			if (candidate.size() > best && i + candidate.size() <= words.size()
					&& words.subList(i, i + candidate.size()).equals(candidate)) {
				best = candidate.size();
			}
		}
		return best;
	}

	private List<List<String>> words(String list) {
		return Arrays.stream(list.split("\\|")).map(p -> List.of(p.trim().toUpperCase(locale).split("\\s+"))).toList();
	}
}
