package org.hiproutine.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.hiproutine.web.FormField.Width;
import org.springframework.context.MessageSource;
import org.springframework.lang.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Makes a page's {@link FormField}s from its form object and, when the form came back with errors,
 * their binding. Asked for from the template (th:field, #fields.hasErrors, the id worked out from
 * the field's name) each field of an edit page was some twenty expressions, a third of the page's
 * time; here it is a few plain calls.
 */
public final class FormFields {

  private final BindingResult binding;
  private final MessageSource messages;
  private final Locale locale;

  private FormFields(@Nullable BindingResult binding, MessageSource messages, Locale locale) {
    this.binding = binding;
    this.messages = messages;
    this.locale = locale;
  }

  /**
   * The fields of the form object in the model under that name. Its binding is in the model only
   * while the object is the one the request bound: a page that puts a fresh form in its place (a
   * routine changed meanwhile) shows the fresh values, without the errors of what was sent.
   */
  public static FormFields of(Model model, String form, MessageSource messages, Locale locale) {
    Object binding = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form);
    return new FormFields(
        binding instanceof BindingResult result && result.hasErrors() ? result : null,
        messages,
        locale);
  }

  /**
   * A field.
   *
   * @param value the form object's value, shown unless the field's own value was rejected: then
   *     what was typed is shown again, such as "abc" for a number
   */
  public FormField field(
      String path, String label, @Nullable String hint, Width width, @Nullable Object value) {
    String error = null;
    Object shown = value;
    if (binding != null && binding.hasFieldErrors(path)) {
      error =
          binding.getFieldErrors(path).stream().map(this::message).collect(Collectors.joining(" "));
      shown = binding.getFieldValue(path);
    }
    return new FormField(
        idOf(path), path, label, hint, width, shown == null ? "" : shown.toString(), error);
  }

  /** A field labelled by the message of that key and hinted at by the message key.hint. */
  public FormField field(String path, String key, Width width, @Nullable Object value) {
    return field(path, text(key), text(key + ".hint"), width, value);
  }

  /** A message in the page's language. */
  public String text(String key) {
    return messages.getMessage(key, null, locale);
  }

  private String message(FieldError error) {
    return messages.getMessage(error, locale);
  }

  /** The id of a field's element: items[0].sets is items-0-sets. */
  public static String idOf(String path) {
    return path.replace('[', '-').replace("]", "").replace('.', '-');
  }
}
