package org.hiproutine.catalog;

public enum BodyArea {
  HIP_FLEXORS,
  QUADRICEPS,
  GLUTES,
  HIPS,
  SPINE;

  public String messageKey() {
    return "area." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
