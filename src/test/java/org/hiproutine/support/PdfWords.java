package org.hiproutine.support;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF page with where they are printed, to check a layout on paper: which words lie
 * left of which, in points from the page's left edge.
 */
public final class PdfWords {

  /** A word on a page: its text, its left and right edges and its baseline, in points. */
  public record Word(String text, float left, float right, float y) {}

  private PdfWords() {}

  public static List<Word> onPage(PDDocument pdf, int page) throws IOException {
    List<Word> words = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty() && !text.isBlank()) {
              TextPosition first = positions.get(0);
              TextPosition last = positions.get(positions.size() - 1);
              words.add(
                  new Word(
                      text.strip(),
                      first.getXDirAdj(),
                      last.getXDirAdj() + last.getWidthDirAdj(),
                      first.getYDirAdj()));
            }
          }
        };
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.writeText(pdf, new StringWriter());
    return words;
  }

  /** The right edge of the rightmost word that matches, or 0 when none does. */
  public static float rightmost(List<Word> words, Predicate<Word> which) {
    return (float) words.stream().filter(which).mapToDouble(Word::right).max().orElse(0);
  }

  /** The left edge of the leftmost word that matches, or the widest page when none does. */
  public static float leftmost(List<Word> words, Predicate<Word> which) {
    return (float) words.stream().filter(which).mapToDouble(Word::left).min().orElse(10_000);
  }
}
