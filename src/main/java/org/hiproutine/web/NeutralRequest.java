package org.hiproutine.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.View;

/**
 * The request a template sees while a page is rendered for the {@link PageStore}: the route and the
 * app's own request attributes, but none of what a visitor sends — no headers (so no host, language
 * or cookies), no parameters, no session, no CSRF token, no flash message — and the locale of the
 * page's key.
 */
final class NeutralRequest extends HttpServletRequestWrapper {

  private static final Set<String> HIDDEN_ATTRIBUTES =
      Set.of(
          DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
          DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE,
          DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE,
          View.PATH_VARIABLES,
          HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);

  private final Locale locale;

  NeutralRequest(HttpServletRequest request, Locale locale) {
    super(request);
    this.locale = locale;
  }

  /*
   * What the template sets (its variables, its request context) stays in this request: a page made
   * while another is being rendered (an exercise's picture, made once) must not change the
   * variables of the page around it.
   */
  private final Map<String, Object> own = new HashMap<>();

  private final Set<String> removed = new HashSet<>();

  @Override
  public Object getAttribute(String name) {
    if (own.containsKey(name)) {
      return own.get(name);
    }
    return hidden(name) || removed.contains(name) ? null : super.getAttribute(name);
  }

  @Override
  public Enumeration<String> getAttributeNames() {
    Set<String> names = new LinkedHashSet<>(own.keySet());
    Collections.list(super.getAttributeNames()).stream()
        .filter(n -> !hidden(n) && !removed.contains(n))
        .forEach(names::add);
    return Collections.enumeration(names);
  }

  @Override
  public void setAttribute(String name, Object value) {
    if (value == null) {
      removeAttribute(name);
      return;
    }
    own.put(name, value);
    removed.remove(name);
  }

  @Override
  public void removeAttribute(String name) {
    own.remove(name);
    removed.add(name);
  }

  private static boolean hidden(String name) {
    return HIDDEN_ATTRIBUTES.contains(name) || name.toLowerCase(Locale.ROOT).contains("csrf");
  }

  @Override
  public String getHeader(String name) {
    return null;
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    return Collections.emptyEnumeration();
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    return Collections.emptyEnumeration();
  }

  @Override
  public long getDateHeader(String name) {
    return -1;
  }

  @Override
  public int getIntHeader(String name) {
    return -1;
  }

  @Override
  public String getParameter(String name) {
    return null;
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Map.of();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.emptyEnumeration();
  }

  @Override
  public String[] getParameterValues(String name) {
    return null;
  }

  @Override
  public String getQueryString() {
    return null;
  }

  @Override
  public Cookie[] getCookies() {
    return null;
  }

  @Override
  public HttpSession getSession(boolean create) {
    return null;
  }

  @Override
  public HttpSession getSession() {
    return null;
  }

  @Override
  public String getRequestedSessionId() {
    return null;
  }

  @Override
  public Locale getLocale() {
    return locale;
  }

  @Override
  public Enumeration<Locale> getLocales() {
    return Collections.enumeration(Set.of(locale));
  }

  @Override
  public String getServerName() {
    return "localhost";
  }

  @Override
  public int getServerPort() {
    return 80;
  }

  @Override
  public String getScheme() {
    return "http";
  }

  @Override
  public boolean isSecure() {
    return false;
  }

  @Override
  public StringBuffer getRequestURL() {
    return new StringBuffer(getRequestURI());
  }

  @Override
  public String getRemoteAddr() {
    return "0.0.0.0";
  }

  @Override
  public String getRemoteHost() {
    return "0.0.0.0";
  }
}
