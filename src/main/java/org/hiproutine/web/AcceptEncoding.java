package org.hiproutine.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/** Reads Accept-Encoding with its quality values (RFC 9110 §12.5.3): "gzip;q=0" refuses gzip. */
final class AcceptEncoding {

  private AcceptEncoding() {}

  static boolean allowsGzip(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
    if (header == null) {
      return false;
    }
    Double gzip = null;
    Double any = null;
    for (String part : header.split(",")) {
      String[] fields = part.split(";");
      String coding = fields[0].strip().toLowerCase(Locale.ROOT);
      double quality = quality(fields);
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        gzip = quality;
      } else if (coding.equals("*")) {
        any = quality;
      }
    }
    double chosen = gzip != null ? gzip : any != null ? any : 0;
    return chosen > 0;
  }

  private static double quality(String[] fields) {
    for (int i = 1; i < fields.length; i++) {
      String parameter = fields[i].strip();
      if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
        try {
          double q = Double.parseDouble(parameter.substring(2).strip());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException malformed) {
          return 0;
        }
      }
    }
    return 1;
  }
}
