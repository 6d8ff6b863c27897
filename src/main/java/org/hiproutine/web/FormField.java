package org.hiproutine.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One field of a form as its page shows it, made in plain calls (see {@link FormFields}): the
 * fragment fragments/form :: field writes it out.
 *
 * @param id the element's id, also the error summary's link target: items[0].sets is items-0-sets
 * @param name the parameter the field sends, its path in the form object
 * @param value what the field holds: what the person typed when the form came back with errors
 * @param error the field's error messages in one sentence, or null when it has none
 */
public record FormField(
    String id, String name, String label, String hint, Width width, String value, String error) {

  /** How the field is shown. */
  public enum Width {
    /** A one-line field for a few words. */
    WIDE("wide"),
    /** A one-line field for a number, with the phone's number keyboard. */
    NUMBER("number"),
    /** A text area. */
    MULTILINE(null);

    private final String cssClass;

    Width(String cssClass) {
      this.cssClass = cssClass;
    }
  }

  public boolean multiline() {
    return width == Width.MULTILINE;
  }

  /** The one-line field's class, the width it is drawn at. */
  public String cssClass() {
    return width.cssClass;
  }

  public boolean failed() {
    return error != null;
  }

  public String hintId() {
    return id + "-hint";
  }

  public String errorId() {
    return id + "-error";
  }

  /** The field's attributes after id, name, value and class, in the order they are written. */
  public Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>(4);
    if (width == Width.NUMBER) {
      attributes.put("inputmode", "numeric");
    }
    if (hint != null) {
      attributes.put("aria-describedby", failed() ? hintId() + " " + errorId() : hintId());
    } else if (failed()) {
      attributes.put("aria-describedby", errorId());
    }
    if (failed()) {
      attributes.put("aria-invalid", "true");
    }
    return attributes;
  }
}
