package org.hiproutine.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

/**
 * Flash attributes (the notice after a save, "your routine is saved") travel in a short-lived,
 * signed, HttpOnly cookie instead of the HTTP session, so nothing the app does creates a session
 * and the page after a redirect can come from any instance behind a load balancer. Only short texts
 * and yes/no values travel; the signature stops a browser from making up the words.
 */
@Component("flashMapManager")
class CookieFlashMaps extends AbstractFlashMapManager {

  static final String COOKIE = "flash";
  private static final Duration KEPT_FOR = Duration.ofMinutes(3);
  private static final int LONGEST = 3000;

  /**
   * Redirects a browser did not follow (a tab closed, a form sent twice) leave their notices
   * behind; only the newest few are worth keeping, so the cookie stays small however many there
   * were.
   */
  private static final int NEWEST_KEPT = 3;

  private final SigningKey signingKey;

  CookieFlashMaps(SigningKey signingKey) {
    this.signingKey = signingKey;
    setFlashMapTimeout((int) KEPT_FOR.toSeconds());
  }

  @Override
  protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return read(cookie.getValue());
      }
    }
    return null;
  }

  @Override
  protected void updateFlashMaps(
      List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
    List<FlashMap> newest = new ArrayList<>();
    for (int i = flashMaps.size() - 1; i >= 0 && newest.size() < NEWEST_KEPT; i--) {
      FlashMap map = flashMaps.get(i);
      if (newest.stream().noneMatch(later -> sameTarget(later, map))) {
        newest.add(0, map); // a newer notice for the same page replaces an older one
      }
    }
    String value = newest.isEmpty() ? "" : write(newest);
    if (value.length() > LONGEST) {
      value = ""; // a notice is a sentence; anything longer is not worth a cookie
    }
    ResponseCookie cookie =
        ResponseCookie.from(COOKIE, value)
            .path("/")
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .maxAge(value.isEmpty() ? Duration.ZERO : KEPT_FOR)
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }

  private static boolean sameTarget(FlashMap one, FlashMap other) {
    return java.util.Objects.equals(one.getTargetRequestPath(), other.getTargetRequestPath())
        && one.getTargetRequestParams().equals(other.getTargetRequestParams());
  }

  @Override
  protected Object getFlashMapsMutex(HttpServletRequest request) {
    return null; // nothing shared between requests to guard
  }

  private String write(List<FlashMap> flashMaps) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(flashMaps.size());
      for (FlashMap map : flashMaps) {
        out.writeUTF(String.valueOf(map.getTargetRequestPath()));
        out.writeLong(map.getExpirationTime());
        List<Map.Entry<String, Object>> kept = new ArrayList<>();
        map.forEach(
            (name, value) -> {
              if (value instanceof String || value instanceof Boolean) {
                kept.add(Map.entry(name, value));
              }
            });
        out.writeInt(kept.size());
        for (Map.Entry<String, Object> attribute : kept) {
          out.writeUTF(attribute.getKey());
          if (attribute.getValue() instanceof Boolean yes) {
            out.writeByte('b');
            out.writeBoolean(yes);
          } else {
            out.writeByte('s');
            out.writeUTF((String) attribute.getValue());
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    byte[] payload = bytes.toByteArray();
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString(payload) + "." + base64.encodeToString(signingKey.sign(payload));
  }

  private List<FlashMap> read(String value) {
    int dot = value.indexOf('.');
    if (dot < 0) {
      return null;
    }
    try {
      Base64.Decoder base64 = Base64.getUrlDecoder();
      byte[] payload = base64.decode(value.substring(0, dot));
      byte[] signature = base64.decode(value.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, signingKey.sign(payload))) {
        return null;
      }
      List<FlashMap> maps = new ArrayList<>();
      try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
          FlashMap map = new FlashMap();
          String path = in.readUTF();
          map.setTargetRequestPath("null".equals(path) ? null : path);
          long expires = in.readLong();
          int attributes = in.readInt();
          for (int a = 0; a < attributes; a++) {
            String name = in.readUTF();
            map.put(name, in.readByte() == 'b' ? (Object) in.readBoolean() : in.readUTF());
          }
          map.startExpirationPeriod(
              (int) Math.max(0, (expires - System.currentTimeMillis()) / 1000));
          maps.add(map);
        }
      }
      return maps;
    } catch (IllegalArgumentException | IOException malformed) {
      return null;
    }
  }
}
