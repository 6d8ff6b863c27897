package org.hiproutine.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The recommended amount of an exercise, as the seed gives it: "Hold for 15-30 seconds". */
@Embeddable
public record Dose(
    @Enumerated(EnumType.STRING) @Column(name = "dose_kind") DoseKind kind,
    @Column(name = "dose_min") int min,
    @Column(name = "dose_max") int max,
    @Column(name = "each_side") boolean eachSide) {

  public boolean recommends(int amount) {
    return amount >= min && amount <= max;
  }

  /** "Hold 15–30 s · each side", "12–15 repetitions". */
  public String describe(MessageSource messages, Locale locale) {
    String range =
        messages.getMessage(kind.messageKey() + ".range", new Object[] {min, max}, locale);
    return eachSide ? joined(messages, locale, range, eachSideLabel(messages, locale)) : range;
  }

  /** The recommended range alone, as a hint beside an amount field: "15–30 seconds". */
  public String describeRange(MessageSource messages, Locale locale) {
    return messages.getMessage(kind.messageKey() + ".hint", new Object[] {min, max}, locale);
  }

  static String eachSideLabel(MessageSource messages, Locale locale) {
    return messages.getMessage("dose.eachSide", null, locale);
  }

  static String joined(MessageSource messages, Locale locale, String first, String second) {
    return messages.getMessage("dose.join", new Object[] {first, second}, locale);
  }
}
