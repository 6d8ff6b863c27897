package org.hiproutine.web;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key that signs what the app hands a browser to give back (the flash cookie), so a browser
 * can't make the app show words it did not write. 256 random bits, made by the first instance that
 * needs it and kept in the database, so every instance behind a load balancer signs alike.
 */
@Component
class SigningKey {

  private static final String NAME = "flash";

  private final JdbcTemplate jdbc;
  private volatile SecretKeySpec key;

  SigningKey(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  byte[] sign(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return mac.doFinal(data);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private SecretKeySpec key() {
    SecretKeySpec known = key;
    if (known == null) {
      known = new SecretKeySpec(Base64.getDecoder().decode(stored()), "HmacSHA256");
      key = known;
    }
    return known;
  }

  private String stored() {
    List<String> values = read();
    if (values.isEmpty()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      try {
        jdbc.update(
            "insert into signing_key (purpose, secret) values (?, ?)",
            NAME,
            Base64.getEncoder().encodeToString(random));
      } catch (DuplicateKeyException anotherInstanceWasFirst) {
        // its key is the one to use
      }
      values = read();
    }
    return values.get(0);
  }

  private List<String> read() {
    return jdbc.queryForList(
        "select secret from signing_key where purpose = ?", String.class, NAME);
  }
}
