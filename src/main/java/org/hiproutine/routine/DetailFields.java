package org.hiproutine.routine;

import org.hiproutine.web.FormField;
import org.hiproutine.web.FormField.Width;
import org.hiproutine.web.FormFields;

/** A routine's details as its new and edit pages show them (fragments/form :: details). */
public record DetailFields(
    FormField name, FormField timesPerDay, FormField daysPerWeek, FormField notes) {

  static DetailFields of(RoutineForm form, FormFields fields) {
    return new DetailFields(
        fields.field(
            "name",
            fields.text("routine.name"),
            fields.text("routine.name.hint"),
            Width.WIDE,
            form.getName()),
        fields.field(
            "timesPerDay",
            fields.text("routine.timesPerDay"),
            fields.text("routine.timesPerDay.hint"),
            Width.NUMBER,
            form.getTimesPerDay()),
        fields.field(
            "daysPerWeek",
            fields.text("routine.daysPerWeek"),
            fields.text("routine.daysPerWeek.hint"),
            Width.NUMBER,
            form.getDaysPerWeek()),
        fields.field(
            "notes",
            fields.text("routine.notes"),
            fields.text("routine.notes.hint"),
            Width.MULTILINE,
            form.getNotes()));
  }
}
