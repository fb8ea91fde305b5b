package vn.tonghop.system;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves user-facing text in the installation's language (messages*.properties). */
@Component
public class Messages {

	private final MessageSource source;

	private final TonghopSettings settings;

	Messages(MessageSource source, TonghopSettings settings) {
		this.source = source;
		this.settings = settings;
	}

	/**
	 * The message with its arguments. Whole numbers (Integer, Long) print as they are, without grouping: they are
	 * years and counts, and a year must not read "2.020"; other figures are formatted first (VietnameseFormat).
	 */
	public String get(String key, Object... args) {
		return source.getMessage(key, plain(args), settings.locale());
	}

	/** The message, or empty when the key is not defined (for numbered lists of lines). */
	public java.util.Optional<String> find(String key, Object... args) {
		return java.util.Optional.ofNullable(source.getMessage(key, plain(args), null, settings.locale()));
	}

	private static Object[] plain(Object[] args) {
		if (args == null) {
			return null;
		}
		Object[] plain = args.clone();
		for (int i = 0; i < plain.length; i++) {
			if (plain[i] instanceof Integer || plain[i] instanceof Long) {
				plain[i] = String.valueOf(plain[i]);
			}
		}
		return plain;
	}

	public java.util.Locale locale() {
		return settings.locale();
	}
}
