package org.hiproutine.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One visitor of the running app over real HTTP: a cookie jar of its own (CSRF token, remembered
 * routines), redirects not followed so a test sees each answer, and forms posted as a browser posts
 * them, with the CSRF token taken from the page the form is on.
 */
public final class Visitor {

  private final String origin;
  private final HttpClient http;

  public Visitor(String origin) {
    this.origin = origin;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public HttpResponse<String> get(String path) throws IOException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public HttpResponse<byte[]> getBytes(String path) throws IOException {
    try {
      return http.send(
          HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Posts the fields as a form, with the CSRF token of the page at formPage. */
  public HttpResponse<String> post(String path, String csrfToken, Map<String, String> fields)
      throws IOException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrfToken);
    String body =
        all.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The CSRF token a page's forms carry; the cookie that goes with it is in this visitor's jar. */
  public static String csrfToken(String html) {
    Element token = Jsoup.parse(html).selectFirst("input[name=_csrf]");
    if (token == null) {
      throw new IllegalStateException("the page has no form with a CSRF token");
    }
    return token.val();
  }

  /**
   * What a browser would send for a form as the page shows it: its text fields, text areas, chosen
   * options and ticked boxes (not its buttons), before the person changes anything.
   */
  public static Map<String, String> formFields(String html, String formSelector) {
    Element form = Jsoup.parse(html).selectFirst(formSelector);
    if (form == null) {
      throw new IllegalStateException("the page has no form " + formSelector);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element field : form.select("input[name], textarea[name], select[name]")) {
      String type = field.attr("type");
      if (type.equals("submit") || type.equals("button") || field.attr("name").equals("_csrf")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
        continue;
      }
      String value =
          switch (field.tagName()) {
            case "textarea" -> field.wholeText();
            case "select" -> {
              Element chosen = field.selectFirst("option[selected]");
              yield chosen == null ? field.select("option").first().val() : chosen.val();
            }
            default -> field.val();
          };
      fields.putIfAbsent(field.attr("name"), value);
    }
    return fields;
  }

  /** The value of a field in a page by its name or id, e.g. the form's version. */
  public static String field(String html, String name) {
    Element field = Jsoup.parse(html).selectFirst("[name=\"" + name + "\"], [id=\"" + name + "\"]");
    if (field == null) {
      throw new IllegalStateException("the page has no field " + name);
    }
    return field.val();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : origin + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Unchecked, for lambdas. */
  public static RuntimeException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
