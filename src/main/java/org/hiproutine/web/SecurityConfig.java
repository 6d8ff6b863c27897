package org.hiproutine.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * No logins: every page is public and a routine is protected by its secret link. Security here is
 * CSRF on every form and strict headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    // The token lives in a cookie, not the session, so a form left open across a restart still
    // posts.
    CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.disable())
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .build();
  }
}
