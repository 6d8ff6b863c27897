package org.hiproutine.sheet;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hiproutine.catalog.drawing.Drawings;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns the sheet page's HTML (the same template the browser prints) into a PDF: the browser's
 * stylesheet links are replaced by the sheet's print styles, pictures and fonts come from the
 * classpath, and the Liberation Sans fonts are embedded so every character prints.
 */
@Component
public class SheetPdf {

  /** Relative links in the page (pictures) resolve under the static resources. */
  private static final String STATIC = "classpath:/static/";

  static {
    // The renderer logs timings at INFO on every document, and warns about the screen-only rules
    // of sheet.css it skips (paper does not need them); real problems are still logged.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
    ShippedFonts.useForEveryUnembeddedFont();
    JdkXmlFactories.name();
  }

  /**
   * PDFs are made on a few threads of their own, one per core: making more at once only adds memory
   * and makes each slower, and the drawing code (Java2D, under Batik) keeps large buffers per
   * thread, which would otherwise pile up on every request thread.
   */
  private final ExecutorService renderers =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          runnable -> {
            Thread thread = new Thread(runnable, "sheet-pdf");
            thread.setDaemon(true);
            return thread;
          });

  private static final TaggedPages TAGGED_PAGES = new TaggedPages();

  private final String printStyles = text("static/css/sheet.css");
  private final PdfDrawings drawings;

  SheetPdf(Drawings drawings) {
    this.drawings = new PdfDrawings(drawings);
  }

  public byte[] render(String html, String pageStyle) {
    Future<byte[]> pdf = renderers.submit(() -> renderNow(html, pageStyle));
    try {
      return pdf.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new IllegalStateException("could not make the sheet's PDF", e.getCause());
    } catch (InterruptedException e) {
      pdf.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the sheet's PDF", e);
    }
  }

  @PreDestroy
  void stop() {
    renderers.shutdownNow();
  }

  private byte[] renderNow(String html, String pageStyle) {
    Document page = Jsoup.parse(html, STATIC);
    // Paper has no use for the site's navigation, and the sheet carries its own disclaimer.
    page.select("link[rel=stylesheet], script, form, .skip-link, .site-header, .site-footer")
        .remove();
    page.head().appendElement("style").appendChild(new DataNode(printStyles + pageStyle));
    drawings.inline(page);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.usePageSupplier(TAGGED_PAGES);
      builder.usePDDocument(document);
      builder.withW3cDocument(new W3CDom().fromJsoup(page), STATIC);
      builder.useProtocolsStreamImplementation(new ClasspathStreams(), "classpath");
      builder.useSVGDrawer(drawings.forOnePdf());
      ShippedFonts.embedIn(builder, document);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the sheet's PDF", e);
    }
    return pdf.toByteArray();
  }

  private static byte[] bytes(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("missing resource " + path, e);
    }
  }

  private static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /**
   * Serves classpath: URIs to the PDF renderer (the exercises' drawings are not asked for: {@link
   * PdfDrawings} puts them in the page).
   */
  private static final class ClasspathStreams implements FSStreamFactory {

    @Override
    public FSStream getUrl(String uri) {
      String path = URI.create(uri).getPath();
      return new FSStream() {
        @Override
        public InputStream getStream() {
          try {
            return new ClassPathResource(path.substring(1)).getInputStream();
          } catch (IOException e) {
            return null;
          }
        }

        @Override
        public Reader getReader() {
          InputStream stream = getStream();
          return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
        }
      };
    }
  }
}
