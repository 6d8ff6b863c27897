package org.hiproutine.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * No logins: every page is public and a routine is protected by its secret link. Security here is
 * CSRF on every form (the token in a cookie: no session), and the headers of SecurityHeaders.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  /**
   * Nothing observes the security filters (management.observations.enable.spring.security=false
   * makes their observations no-ops), so none are made: with an observation registry present each
   * filter of the chain was still wrapped, on every request, to start and stop a no-op one.
   */
  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    // The token lives in a cookie, not the session, so a form left open across a restart still
    // posts.
    CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        // SecurityHeaders sets the strict headers on every answer; here only Cache-Control stays,
        // no-store for every page that sets none of its own (the edit page, forms, errors).
        .headers(
            headers ->
                headers
                    .contentTypeOptions(options -> options.disable())
                    .frameOptions(frames -> frames.disable())
                    .xssProtection(xss -> xss.disable())
                    .httpStrictTransportSecurity(hsts -> hsts.disable()))
        .build();
  }
}
