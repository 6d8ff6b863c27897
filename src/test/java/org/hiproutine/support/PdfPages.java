package org.hiproutine.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's pages as a reader sees them: each page's text line by line from the top, and each page as
 * pixels, to tell whether anything on it is in colour.
 */
public final class PdfPages {

  /** How far apart a pixel's red, green and blue may be and still count as grey (smoothing). */
  private static final int GREY_TOLERANCE = 12;

  private PdfPages() {}

  /** Each page's text, top to bottom, one printed line a line, runs of spaces made one. */
  public static List<String> text(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      pages.add(stripper.getText(pdf).replaceAll("[ \\t\\u00a0]+", " ").replace("\r", ""));
    }
    return pages;
  }

  /** One page (from 0) as an RGB image, at this many dots to the inch. */
  public static BufferedImage picture(PDDocument pdf, int page, int dpi) throws IOException {
    return new PDFRenderer(pdf).renderImageWithDPI(page, dpi, ImageType.RGB);
  }

  /** How many of the picture's pixels are in colour: not black, white or a grey. */
  public static long colouredPixels(BufferedImage picture) {
    long coloured = 0;
    for (int y = 0; y < picture.getHeight(); y++) {
      for (int x = 0; x < picture.getWidth(); x++) {
        int rgb = picture.getRGB(x, y);
        int red = rgb >> 16 & 0xff;
        int green = rgb >> 8 & 0xff;
        int blue = rgb & 0xff;
        int spread = Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue));
        if (spread > GREY_TOLERANCE) {
          coloured++;
        }
      }
    }
    return coloured;
  }
}
