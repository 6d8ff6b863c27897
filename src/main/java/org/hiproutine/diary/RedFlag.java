package org.hiproutine.diary;

/**
 * The red-flag symptoms of SAFETY.md §3, as the diary's checklist offers them. Each has the words
 * of the safety page (its message key); ticking any of them shows the "Get urgent medical help"
 * panel.
 */
public enum RedFlag {
  WEAKNESS_IN_BOTH_LEGS("safety.redFlags.urgent.1"),
  NUMB_AROUND_GENITALS("safety.redFlags.urgent.2"),
  BLADDER_OR_BOWEL("safety.redFlags.urgent.3"),
  CHEST_PAIN("safety.redFlags.urgent.4"),
  AFTER_A_FALL("safety.redFlags.urgent.5"),
  HIGH_TEMPERATURE_OR_WEIGHT_LOSS("safety.redFlags.soon.1"),
  LUMP_OR_CHANGED_SHAPE("safety.redFlags.soon.2"),
  WORSE_AT_NIGHT("safety.redFlags.soon.3"),
  WORSE_WHEN_YOU_SNEEZE("safety.redFlags.soon.4");

  private final String messageKey;

  RedFlag(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  /** Whether the symptom is one to call the emergency number for, rather than see a doctor soon. */
  public boolean emergency() {
    return messageKey.startsWith("safety.redFlags.urgent.");
  }
}
