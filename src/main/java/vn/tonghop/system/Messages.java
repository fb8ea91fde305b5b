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

	public String get(String key, Object... args) {
		return source.getMessage(key, args, settings.locale());
	}

	/** The message, or empty when the key is not defined (for numbered lists of lines). */
	public java.util.Optional<String> find(String key, Object... args) {
		return java.util.Optional.ofNullable(source.getMessage(key, args, null, settings.locale()));
	}

	public java.util.Locale locale() {
		return settings.locale();
	}
}
