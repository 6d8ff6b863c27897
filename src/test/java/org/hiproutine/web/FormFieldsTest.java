package org.hiproutine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hiproutine.web.FormField.Width;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.support.BindingAwareModelMap;

class FormFieldsTest {

  /** A form as a page binds it. */
  public static class Form {
    private Integer sets = 2;
    private String note = "Slowly";
    private List<Form> items = new ArrayList<>();

    public Integer getSets() {
      return sets;
    }

    public String getNote() {
      return note;
    }

    public List<Form> getItems() {
      return items;
    }
  }

  private final StaticMessageSource messages = new StaticMessageSource();
  private final Form form = new Form();
  private final Model model = new BindingAwareModelMap();

  FormFieldsTest() {
    messages.addMessage("Min.sets", Locale.UK, "Enter at least 1 set.");
    messages.addMessage("typeMismatch.sets", Locale.UK, "Enter the sets as a whole number.");
    messages.addMessage("Size.note", Locale.UK, "The note is too long.");
    messages.addMessage("label", Locale.UK, "Sets");
    messages.addMessage("label.hint", Locale.UK, "From 1 to 5.");
    form.items.add(new Form());
    model.addAttribute("form", form);
  }

  @Test
  void aFormWithoutErrorsShowsTheValuesItIsGiven() {
    bind();
    FormField sets = fields().field("sets", "Sets", "From 1 to 5.", Width.NUMBER, 3);

    assertThat(sets.value()).isEqualTo("3");
    assertThat(sets.failed()).isFalse();
    assertThat(sets.error()).isNull();
    assertThat(sets.attributes())
        .containsExactly(entry("inputmode", "numeric"), entry("aria-describedby", "sets-hint"));
    assertThat(fields().field("note", "Note", null, Width.MULTILINE, null).value()).isEmpty();
  }

  @Test
  void aRejectedFieldShowsWhatWasTypedAndEveryMessage() {
    BindingResult binding = bind();
    binding.addError(
        new FieldError(
            "form", "sets", "x1", true, new String[] {"typeMismatch.sets"}, null, "type"));
    binding.addError(
        new FieldError("form", "sets", "x1", false, new String[] {"Min.sets"}, null, "min"));

    FormField sets = fields().field("sets", "Sets", "From 1 to 5.", Width.NUMBER, null);

    assertThat(sets.value()).isEqualTo("x1");
    assertThat(sets.error()).isEqualTo("Enter the sets as a whole number. Enter at least 1 set.");
    assertThat(sets.attributes())
        .containsExactly(
            entry("inputmode", "numeric"),
            entry("aria-describedby", "sets-hint sets-error"),
            entry("aria-invalid", "true"));
  }

  @Test
  void theOtherFieldsOfARejectedFormShowTheirValues() {
    bind().rejectValue("sets", "Min");

    FormField note = fields().field("note", "Note", null, Width.MULTILINE, "Slowly");

    assertThat(note.value()).isEqualTo("Slowly");
    assertThat(note.failed()).isFalse();
    assertThat(note.attributes()).isEmpty();
    assertThat(note.multiline()).isTrue();
  }

  @Test
  void aFreshFormPutInTheRejectedOnesPlaceShowsNoErrors() {
    bind().rejectValue("sets", "Min");
    model.addAttribute("form", new Form());

    assertThat(fields().field("sets", "Sets", null, Width.NUMBER, 2).failed()).isFalse();
  }

  @Test
  void aFieldWithoutAHintIsDescribedByItsErrorAlone() {
    bind().rejectValue("note", "Size");

    FormField note = fields().field("note", "Note", null, Width.MULTILINE, "x");

    assertThat(note.error()).isEqualTo("The note is too long.");
    assertThat(note.attributes())
        .containsExactly(entry("aria-describedby", "note-error"), entry("aria-invalid", "true"));
  }

  @Test
  void anItemsFieldHasAnIdWithoutBrackets() {
    bind();
    FormField sets = fields().field("items[0].sets", "Sets", "Hint", Width.NUMBER, 2);

    assertThat(sets.id()).isEqualTo("items-0-sets");
    assertThat(sets.name()).isEqualTo("items[0].sets");
    assertThat(sets.hintId()).isEqualTo("items-0-sets-hint");
    assertThat(sets.errorId()).isEqualTo("items-0-sets-error");
    assertThat(sets.cssClass()).isEqualTo("number");
  }

  @Test
  void aFieldNamedByAKeyHasThatLabelAndTheKeysHint() {
    bind();
    FormField sets = fields().field("sets", "label", Width.NUMBER, 2);

    assertThat(sets.label()).isEqualTo("Sets");
    assertThat(sets.hint()).isEqualTo("From 1 to 5.");
  }

  @Test
  void looksUpTextsInThePagesLanguage() {
    assertThat(fields().text("label")).isEqualTo("Sets");
  }

  private BindingResult bind() {
    BindingResult binding = new BeanPropertyBindingResult(form, "form");
    model.addAllAttributes(binding.getModel());
    return binding;
  }

  private FormFields fields() {
    return FormFields.of(model, "form", messages, Locale.UK);
  }
}
