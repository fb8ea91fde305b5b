package vn.tonghop.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.tonghop.account.AccountService;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.rounds.Round;
import vn.tonghop.rounds.Rounds;
import vn.tonghop.system.TonghopSettings;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

	/** The session attribute holding the code of the round the person chose. */
	static final String ROUND_ATTRIBUTE = "tonghop.round";

	private final AccountService accounts;

	private final Rounds rounds;

	private final OrgRegistry registry;

	WebConfiguration(AccountService accounts, Rounds rounds, OrgRegistry registry) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.registry = registry;
	}

	/** The installation's language (Vietnamese) unless the person chose the other one with {@code ?lang=}. */
	@Bean
	LocaleResolver localeResolver(TonghopSettings settings) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tonghop-lang");
		resolver.setDefaultLocale(settings.locale());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor language = new LocaleChangeInterceptor();
		language.setParamName("lang");
		registry.addInterceptor(language);
		registry.addInterceptor(new PasswordChangeFirst()).excludePathPatterns("/account/password", "/login", "/logout",
				"/css/**", "/js/**", "/error", "/favicon.svg");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new StaffResolver());
	}

	private static final String STAFF_ATTRIBUTE = Staff.class.getName();

	/**
	 * Resolves the {@link Staff} of the request, or null when nobody is signed in. Looked up once per request and
	 * kept on it: the controller's parameter and the page header both ask.
	 */
	Staff currentStaff() {
		var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		int scope = org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST;
		if (request != null && request.getAttribute(STAFF_ATTRIBUTE, scope) instanceof Staff known) {
			return known;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
			return null;
		}
		Round round = chosenRound(request);
		Staff staff = accounts.findActive(auth.getName())
			.map(a -> new Staff(a, round, accounts.scopeOf(a, registry.treeAt(round.referenceDate()))))
			.orElse(null);
		if (request != null && staff != null) {
			request.setAttribute(STAFF_ATTRIBUTE, staff, scope);
		}
		return staff;
	}

	/** The round chosen in this session, while it exists; else the first open round (the first round if none is). */
	private Round chosenRound(org.springframework.web.context.request.RequestAttributes request) {
		Object chosen = request == null ? null
				: request.getAttribute(ROUND_ATTRIBUTE, org.springframework.web.context.request.RequestAttributes.SCOPE_SESSION);
		return (chosen instanceof String code ? rounds.find(code) : java.util.Optional.<Round>empty())
			.or(() -> rounds.open().stream().findFirst())
			.orElseGet(rounds::first);
	}

	private final class StaffResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType().equals(Staff.class);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			Staff staff = currentStaff();
			if (staff == null) {
				throw new org.springframework.security.access.AccessDeniedException("not signed in");
			}
			return staff;
		}
	}

	/** A password somebody else set is changed before anything else is done. */
	private final class PasswordChangeFirst implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws java.io.IOException {
			Staff staff = currentStaff();
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (staff == null && auth != null && auth.isAuthenticated()
					&& !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)) {
				// Switched off (or removed) while signed in: the session ends here.
				request.getSession().invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?error");
				return false;
			}
			if (staff != null && staff.account().mustChangePassword()) {
				response.sendRedirect(request.getContextPath() + "/account/password");
				return false;
			}
			return true;
		}
	}
}
