package org.hiproutine.sheet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts a PDF is set in: Liberation Sans, shipped with the app (static/fonts), so a sheet
 * prints the same on every machine. PDFBox is told to use them for any font a document names
 * without embedding it (the standard fonts it sets up for forms), instead of searching the machine
 * and warning on every PDF that it fell back.
 */
final class ShippedFonts {

  static final String FAMILY = "Liberation Sans";

  private static final byte[] REGULAR = bytes("static/fonts/LiberationSans-Regular.ttf");
  private static final byte[] BOLD = bytes("static/fonts/LiberationSans-Bold.ttf");

  /**
   * Each renderer thread's own parsed copies: fontbox reads a font's tables and glyphs lazily from
   * one stream, guarded by two different locks, so two PDFs subsetting the same parsed font at once
   * could read each other's bytes. Parsing costs a few milliseconds; a thread does it once.
   */
  private static final ThreadLocal<Parsed> PARSED =
      ThreadLocal.withInitial(() -> new Parsed(parse(REGULAR), parse(BOLD)));

  private ShippedFonts() {}

  /**
   * Sets the document in the shipped fonts, parsed once per thread rather than once per PDF; the
   * document embeds only the characters it prints.
   */
  static void embedIn(PdfRendererBuilder builder, PDDocument document) throws IOException {
    Parsed fonts = PARSED.get();
    builder.useFont(
        new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)),
        FAMILY,
        400,
        FontStyle.NORMAL,
        true);
    builder.useFont(
        new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)),
        FAMILY,
        700,
        FontStyle.NORMAL,
        true);
  }

  /** Makes PDFBox map every unembedded font to the shipped ones; once, for the whole JVM. */
  static void useForEveryUnembeddedFont() {
    synchronized (ShippedFonts.class) {
      if (!(FontMappers.instance() instanceof Mapper)) {
        FontMappers.set(new Mapper(parse(REGULAR), parse(BOLD)));
      }
    }
  }

  /** A parsed copy of the regular font for the caller alone, to read its metrics from. */
  static TrueTypeFont regular() {
    return parse(REGULAR);
  }

  private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {}

  private record Mapper(TrueTypeFont regular, TrueTypeFont bold) implements FontMapper {

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String name, PDFontDescriptor descriptor) {
      return new FontMapping<>(choose(name, descriptor), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String name, PDFontDescriptor descriptor) {
      return new FontMapping<>(choose(name, descriptor), false);
    }

    @Override
    public CIDFontMapping getCIDFont(
        String name, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
      return new CIDFontMapping((OpenTypeFont) null, choose(name, descriptor), false);
    }

    private TrueTypeFont choose(String name, PDFontDescriptor descriptor) {
      boolean bold =
          (descriptor != null && descriptor.isForceBold())
              || (name != null && name.toLowerCase(java.util.Locale.ROOT).contains("bold"));
      return bold ? this.bold : regular;
    }
  }

  private static TrueTypeFont parse(byte[] font) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(font));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a shipped font", e);
    }
  }

  private static byte[] bytes(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("missing resource " + path, e);
    }
  }
}
