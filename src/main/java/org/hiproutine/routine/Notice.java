package org.hiproutine.routine;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a change did, told to the person on the next page: a message key and its arguments. */
record Notice(String code, Object... arguments) implements MessageSourceResolvable {

  @Override
  public String[] getCodes() {
    return new String[] {code};
  }

  @Override
  public Object[] getArguments() {
    return arguments;
  }

  /** Shows this notice, in words, on the page the redirect leads to. */
  void flash(RedirectAttributes redirect, MessageSource messages, Locale locale) {
    redirect.addFlashAttribute("notice", messages.getMessage(this, locale));
  }
}
