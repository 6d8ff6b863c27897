package org.hiproutine.routine;

import org.springframework.context.MessageSourceResolvable;

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
}
