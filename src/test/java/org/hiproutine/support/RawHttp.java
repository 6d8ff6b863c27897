package org.hiproutine.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP written by hand on a socket, for what an HTTP client library won't send: a made-up Host
 * header, or a form body sent in two halves with a pause between. HTTP/1.0 with the connection
 * closed after the answer, so the body is whatever follows the headers.
 */
public final class RawHttp {

  private RawHttp() {}

  /** An answer as read off the socket: status, the headers as sent, and the body's bytes. */
  public record Answer(int status, String head, byte[] body) {

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The value a Set-Cookie header gives the named cookie, or null. */
    public String cookie(String name) {
      Matcher cookie =
          Pattern.compile("(?im)^Set-Cookie: " + Pattern.quote(name) + "=([^;\\r\\n]*)")
              .matcher(head);
      return cookie.find() ? cookie.group(1) : null;
    }

    /** The first value of the named header, or null. */
    public String header(String name) {
      Matcher header =
          Pattern.compile("(?im)^" + Pattern.quote(name) + ": *([^\\r\\n]*)").matcher(head);
      return header.find() ? header.group(1) : null;
    }
  }

  /** Sends the request line and headers (each ending in CRLF) and the body; reads the answer. */
  public static Answer exchange(int port, String requestAndHeaders, byte[] body)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestAndHeaders + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  /** Reads an answer to its end (the server closes the connection after an HTTP/1.0 answer). */
  public static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    byte[] answer = all.toByteArray();
    int end = endOfHeaders(answer);
    String head = new String(answer, 0, end, StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(head.split(" ", 3)[1]);
    return new Answer(status, head, Arrays.copyOfRange(answer, end + 4, answer.length));
  }

  /** Fields encoded as a browser encodes a form. */
  public static byte[] form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static int endOfHeaders(byte[] answer) {
    for (int i = 0; i + 3 < answer.length; i++) {
      if (answer[i] == '\r'
          && answer[i + 1] == '\n'
          && answer[i + 2] == '\r'
          && answer[i + 3] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException(
        "no end of headers in an answer of " + answer.length + " bytes");
  }
}
