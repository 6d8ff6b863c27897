package org.hiproutine.routine;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The secret keys of routines: 128 random bits, base64url without padding (22 characters). Whoever
 * holds a key holds the routine, so keys are never sequential, never logged.
 */
@Component
public class RoutineKeys {

  /** What a key looks like; a path that does not match cannot be a routine. */
  public static final String PATTERN = "[A-Za-z0-9_-]{22}";

  private static final Pattern SHAPE = Pattern.compile(PATTERN);

  private final SecureRandom random = new SecureRandom();

  public String next() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static boolean looksLikeKey(String candidate) {
    return candidate != null && SHAPE.matcher(candidate).matches();
  }
}
