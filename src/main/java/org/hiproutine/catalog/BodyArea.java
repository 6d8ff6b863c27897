package org.hiproutine.catalog;

import org.hiproutine.web.Worded;

public enum BodyArea implements Worded {
  HIP_FLEXORS,
  QUADRICEPS,
  GLUTES,
  HIPS,
  SPINE;

  @Override
  public String wordingPrefix() {
    return "area";
  }
}
