package org.hiproutine.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where the app is reached from outside, for the links it prints and sends (edit and share links,
 * QR codes, calendar files, PDFs). Never the Host header a client sends: the configured public URL
 * ({@code HIP_ROUTINE_PUBLIC_URL}); or, only when the operator says a trusted proxy sets them
 * ({@code HIP_ROUTINE_TRUST_FORWARDED_HOST=true}), X-Forwarded-Proto and X-Forwarded-Host if they
 * look like a scheme and a host name; otherwise this machine's own address, http://localhost:port.
 */
@Component
public class PublicUrl {

  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?");

  private final String configured;
  private final boolean trustForwardedHost;
  private volatile String local;

  PublicUrl(
      @Value("${hip-routine.public-url:}") String configured,
      @Value("${hip-routine.trust-forwarded-host:false}") boolean trustForwardedHost,
      @Value("${server.port:8080}") int port) {
    this.configured = StringUtils.hasText(configured) ? checked(configured) : null;
    this.trustForwardedHost = trustForwardedHost;
    this.local = "http://localhost:" + port;
  }

  @EventListener
  void started(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      local = "http://localhost:" + event.getWebServer().getPort();
    }
  }

  /**
   * The origin links start with, e.g. "https://hip-routine.example.org", with no trailing slash.
   */
  public String of(HttpServletRequest request) {
    if (configured != null) {
      return configured;
    }
    if (trustForwardedHost) {
      String host = first(request.getHeader("X-Forwarded-Host"));
      String scheme = first(request.getHeader("X-Forwarded-Proto"));
      if (host != null && HOST.matcher(host).matches()) {
        return ("https".equalsIgnoreCase(scheme) ? "https" : "http")
            + "://"
            + host.toLowerCase(Locale.ROOT);
      }
    }
    return local;
  }

  private static String first(String header) {
    if (header == null) {
      return null;
    }
    int comma = header.indexOf(',');
    return (comma < 0 ? header : header.substring(0, comma)).strip();
  }

  private static String checked(String url) {
    URI uri = URI.create(url.strip());
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "hip-routine.public-url must be an http or https address, not " + url);
    }
    String origin = uri.toString();
    return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
  }
}
