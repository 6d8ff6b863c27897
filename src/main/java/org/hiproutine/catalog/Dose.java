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

  /** How a chosen amount compares with the recommendation: a person or a physio may mean it. */
  public enum Match {
    WITHIN,
    OUTSIDE,
    /** More than half again the most, under half the least, or over three sets of the most. */
    FAR_OUTSIDE
  }

  public Match match(int sets, int amount) {
    if (amount * 2 > max * 3 || amount * 2 < min || sets * amount > 3 * max) {
      return Match.FAR_OUTSIDE;
    }
    return recommends(amount) ? Match.WITHIN : Match.OUTSIDE;
  }

  /** The recommendation: "Hold 15–30 s · each side", "12–15 repetitions". */
  public String describe(MessageSource messages, Locale locale) {
    String range =
        messages.getMessage(kind.messageKey() + ".range", new Object[] {min, max}, locale);
    return onEachSide(range, messages, locale);
  }

  /** An amount chosen of this exercise: "2 sets · hold 30 s · each side", "15 repetitions". */
  public String describeChosen(int sets, int amount, MessageSource messages, Locale locale) {
    String chosen =
        messages.getMessage(kind.messageKey() + ".amount", new Object[] {amount}, locale);
    if (sets > 1) {
      chosen =
          joined(
              messages.getMessage("item.sets", new Object[] {sets}, locale),
              chosen,
              messages,
              locale);
    }
    chosen = onEachSide(chosen, messages, locale);
    return chosen.substring(0, 1).toUpperCase(locale) + chosen.substring(1);
  }

  /** The recommended range alone, as a hint beside an amount field: "15–30 seconds". */
  public String describeRange(MessageSource messages, Locale locale) {
    return messages.getMessage(kind.messageKey() + ".hint", new Object[] {min, max}, locale);
  }

  private String onEachSide(String text, MessageSource messages, Locale locale) {
    return eachSide
        ? joined(text, messages.getMessage("dose.eachSide", null, locale), messages, locale)
        : text;
  }

  private static String joined(String first, String second, MessageSource messages, Locale locale) {
    return messages.getMessage("dose.join", new Object[] {first, second}, locale);
  }
}
