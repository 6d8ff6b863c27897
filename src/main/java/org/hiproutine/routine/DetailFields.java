package org.hiproutine.routine;

import org.hiproutine.web.FormField;
import org.hiproutine.web.FormField.Width;
import org.hiproutine.web.FormFields;

/** A routine's details as its new and edit pages show them (fragments/form :: details). */
public record DetailFields(
    FormField name, FormField timesPerDay, FormField daysPerWeek, FormField notes) {

  static DetailFields of(RoutineForm form, FormFields fields) {
    return new DetailFields(
        fields.field("name", "routine.name", Width.WIDE, form.getName()),
        fields.field("timesPerDay", "routine.timesPerDay", Width.NUMBER, form.getTimesPerDay()),
        fields.field("daysPerWeek", "routine.daysPerWeek", Width.NUMBER, form.getDaysPerWeek()),
        fields.field("notes", "routine.notes", Width.MULTILINE, form.getNotes()));
  }
}
