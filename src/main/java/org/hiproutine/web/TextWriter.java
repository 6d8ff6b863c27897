package org.hiproutine.web;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * A print writer that keeps what a template writes in a plain {@link StringBuilder}. A template
 * writes a page in hundreds of small pieces; through {@code new PrintWriter(new StringWriter())}
 * each took two locks and a check that the writer is open, into a synchronized {@code
 * StringBuffer}: about a tenth of a share page made afresh. One thread writes a page, so none of
 * that is needed here. Not for sharing between threads.
 */
final class TextWriter extends PrintWriter {

  private final StringBuilder text;

  TextWriter(int capacity) {
    super(Writer.nullWriter());
    this.text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] buf, int off, int len) {
    text.append(buf, off, len);
  }

  @Override
  public void write(char[] buf) {
    text.append(buf);
  }

  @Override
  public void write(String s, int off, int len) {
    text.append(s, off, off + len);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void println() {
    text.append(System.lineSeparator());
  }

  @Override
  public PrintWriter append(CharSequence csq) {
    text.append(csq);
    return this;
  }

  @Override
  public PrintWriter append(CharSequence csq, int start, int end) {
    text.append(csq == null ? "null" : csq, start, end);
    return this;
  }

  @Override
  public PrintWriter append(char c) {
    text.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public boolean checkError() {
    return false;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
