package org.hiproutine.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts a PDF is set in: Liberation Sans, shipped with the app (static/fonts), so a sheet
 * prints the same on every machine. PDFBox is told to use them for any font a document names
 * without embedding it (the standard fonts it sets up for forms), instead of searching the machine
 * and warning on every PDF that it fell back.
 */
final class ShippedFonts {

  static final String FAMILY = "Liberation Sans";

  static final byte[] REGULAR = bytes("static/fonts/LiberationSans-Regular.ttf");
  static final byte[] BOLD = bytes("static/fonts/LiberationSans-Bold.ttf");

  private ShippedFonts() {}

  /** Makes PDFBox map every unembedded font to the shipped ones; once, for the whole JVM. */
  static void useForEveryUnembeddedFont() {
    synchronized (ShippedFonts.class) {
      if (!(FontMappers.instance() instanceof Mapper)) {
        FontMappers.set(new Mapper(parse(REGULAR), parse(BOLD)));
      }
    }
  }

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
