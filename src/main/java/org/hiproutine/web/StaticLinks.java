package org.hiproutine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.GenericFilterBean;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Gives the links a page makes to static files their content-hash URLs (/css/app.css becomes
 * /css/app-3f2a….css), as Spring's ResourceUrlEncodingFilter did, but looks a file up once, and
 * only links inside a static folder at all. Spring's filter sent every link of every page through
 * the resource chain and its cache again: a sheet's eleven links to drawings and styles were a
 * twentieth of a fresh sheet. The files can't change while the app runs (they are in its jar).
 */
final class StaticLinks extends GenericFilterBean {

  private final ResourceUrlProvider links;
  private final List<String> folders;

  /** The app's own static files, each linked under a few names at most: a few dozen. */
  private static final int MOST_KEPT = 1_000;

  /** Each static file's path, as linked, and its content-hash path. */
  private final Map<String, String> found = new ConcurrentHashMap<>();

  /** folders: each static folder's path with its slashes, "/css/". */
  StaticLinks(ResourceUrlProvider links, List<String> folders) {
    this.links = links;
    this.folders = List.copyOf(folders);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest page)
        || !(response instanceof HttpServletResponse answer)) {
      throw new ServletException("StaticLinks only supports HTTP requests");
    }
    chain.doFilter(
        request,
        new HttpServletResponseWrapper(answer) {
          @Override
          public String encodeURL(String url) {
            return super.encodeURL(hashed(url, page.getContextPath()));
          }
        });
  }

  /** The link with its content hash if it names a static file; any other link as it is. */
  String hashed(String url, String contextPath) {
    if (url == null || !url.startsWith(contextPath) || !inAFolder(url, contextPath.length())) {
      return url;
    }
    int end = url.length();
    for (int i = contextPath.length(); i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String path = url.substring(contextPath.length(), end);
    String hashed = found.get(path);
    if (hashed == null) {
      hashed = links.getForLookupPath(path);
      if (hashed == null) {
        return url; // no such file, or not known yet: not kept, asked again next time
      }
      if (found.size() < MOST_KEPT) {
        found.put(path, hashed);
      }
    }
    return contextPath + hashed + url.substring(end);
  }

  private boolean inAFolder(String url, int from) {
    for (String folder : folders) {
      if (url.startsWith(folder, from)) {
        return true;
      }
    }
    return false;
  }
}
