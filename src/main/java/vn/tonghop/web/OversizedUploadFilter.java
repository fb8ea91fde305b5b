package vn.tonghop.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sending larger than the whole-request limit is answered before anything parses it: otherwise the servlet
 * container refuses it with a bare "413" page in English (and the CSRF check, which reads the form, never runs).
 * The person is sent back to the upload page, which says the limit in Vietnamese. Single files over the per-file
 * limit are within this bound and are refused one by one, by name, by the upload page itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OversizedUploadFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> oversizedUploads(MultipartProperties multipart) {
		long limit = multipart.getMaxRequestSize().toBytes();
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				String type = request.getContentType();
				if (limit > 0 && type != null && type.startsWith("multipart/")
						&& request.getContentLengthLong() > limit) {
					response.sendRedirect(request.getContextPath() + "/upload?tooLarge");
					return;
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
