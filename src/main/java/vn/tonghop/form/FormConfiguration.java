package vn.tonghop.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The bundled form: imported into the catalog on first start (and again when an upgrade changed it), so that the
 * README's commands need no import step. A broken definition stops the application with its faults.
 */
@Configuration(proxyBeanMethods = false)
class FormConfiguration {

	@Bean
	Form form(@Value("${tonghop.form-definition}") Resource definition, FormCatalog catalog) throws IOException {
		try (InputStream in = definition.getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return catalog.importBundled(text, definition.getFilename()).form();
		}
	}
}
