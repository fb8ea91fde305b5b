package vn.tonghop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a request that fails answers, on Spring MVC without the application around it: the system's own failure is
 * the error page with a reference the log carries; Spring's answers keep their status; Spring Security's refusal is
 * left to Spring Security.
 */
class ErrorAdviceTest {

	@RestController
	static class Failing {

		@GetMapping("/bug")
		String bug() {
			throw new IllegalStateException("a bug");
		}

		@GetMapping("/page")
		String page(@RequestParam int number) {
			return "page " + number;
		}

		@GetMapping("/refused")
		String refused() {
			throw new org.springframework.security.access.AccessDeniedException("no");
		}
	}

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ErrorAdvice())
		.build();

	@Test
	void theSystemsOwnFailureIsThePageWithAReference() throws Exception {
		MvcResult result = mvc.perform(get("/bug")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(500);
		assertThat(result.getModelAndView().getViewName()).isEqualTo("error");
		assertThat(result.getModelAndView().getModel().get("reference")).asString().matches("WEB-[0-9A-F]{8}");
	}

	@Test
	void springsOwnAnswersKeepTheirStatus() throws Exception {
		assertThat(mvc.perform(get("/page")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(mvc.perform(get("/page").param("number", "mot")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(mvc.perform(post("/page").param("number", "1")).andReturn().getResponse().getStatus()).isEqualTo(405);
	}

	@Test
	void aRefusalIsLeftToSpringSecurity() {
		assertThatThrownBy(() -> mvc.perform(get("/refused")))
			.hasRootCauseInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}
}
