package org.hiproutine.web;

import org.springframework.util.AntPathMatcher;

/**
 * How links are matched against the static files' folders ("/css/**") when a page's links are given
 * their content-hash URLs. Every link a page makes is tried against every folder, and
 * AntPathMatcher cuts each link into its segments to do it, on every link of every page: a
 * thirtieth of a sheet made afresh. A link outside a folder's prefix cannot match it, so that is
 * answered first; anything else is AntPathMatcher's to decide, as before.
 */
class StaticFolderMatcher extends AntPathMatcher {

  @Override
  public boolean match(String pattern, String path) {
    if (pattern.endsWith("/**")) {
      String folder = pattern.substring(0, pattern.length() - 3);
      if (!isPattern(folder)
          && !(path.startsWith(folder)
              && (path.length() == folder.length() || path.charAt(folder.length()) == '/'))) {
        return false;
      }
    }
    return super.match(pattern, path);
  }
}
