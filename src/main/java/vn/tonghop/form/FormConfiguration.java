package vn.tonghop.form;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the form definition once at start-up; a broken definition stops the application with its faults. */
@Configuration(proxyBeanMethods = false)
class FormConfiguration {

	@Bean
	Form form(@Value("${tonghop.form-definition}") Resource definition) {
		return new FormLoader().load(definition);
	}
}
