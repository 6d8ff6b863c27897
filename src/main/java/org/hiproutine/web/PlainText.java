package org.hiproutine.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no NUL or other control characters, which no keyboard types but a bot can
 * send and which would then be saved, shown and printed. Multi-line text may hold line breaks and
 * tabs. The message key is {@code PlainText.<field>} in messages.properties.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

  /** Whether line breaks and tabs are allowed (notes), or not (names). */
  boolean multiline() default false;

  String message() default "{PlainText}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
      multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || text.codePoints().noneMatch(this::forbidden);
    }

    private boolean forbidden(int c) {
      if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
        return false;
      }
      return Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT && !joiner(c)
          || Character.getType(c) == Character.SURROGATE // half of a character
          || c == 0x2028
          || c == 0x2029;
    }

    /** Invisible characters that writing needs: joiners (Persian, Hindi, emoji), flag tags. */
    private static boolean joiner(int c) {
      return c == 0x200C || c == 0x200D || (c >= 0xE0020 && c <= 0xE007F);
    }
  }
}
