package org.hiproutine.sheet;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DeflaterOutputStream;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.util.XMLResourceDescriptor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.hiproutine.catalog.drawing.Drawings;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;
import org.w3c.dom.svg.SVGDocument;

/**
 * The exercises' drawings in the PDFs: each drawn by Batik once, into PDF vector operations that
 * every later PDF copies, where Batik would otherwise build the drawing's SVG again for each PDF (a
 * third of a sheet's cost). The sheet's QR code is drawn straight from its modules, where the
 * renderer would parse its SVG with a new XML parser and draw it through Batik (a tenth of a PDF).
 * Each keeps its alt text, so PDF/UA tags it as the same figure. Any other SVG, such as the diary's
 * charts (made for each diary), is drawn by Batik as it comes.
 */
final class PdfDrawings {

  /** Where the sheet's pictures point in the page the PDF is made from. */
  private static final String PICTURES = "img/exercises/";

  /** Names the drawing an empty {@code <svg>} in the page stands for. */
  private static final String DRAWING = "data-drawing";

  /** Holds the QR code (its data URI, as {@link QrCode} made it) an empty svg stands for. */
  private static final String QR_CODE = "data-qr-code";

  private final Drawings drawings;
  private final Map<String, Optional<Vectors>> drawn = new ConcurrentHashMap<>();

  PdfDrawings(Drawings drawings) {
    this.drawings = drawings;
  }

  /**
   * Puts an empty {@code <svg>} naming the drawing, with the picture's class, size and alt text, in
   * place of each exercise's picture: the renderer hands that straight to this drawer, where for a
   * picture it would first fetch and parse the drawing's SVG file, with a new XML parser each time.
   */
  void inline(Document page) {
    for (org.jsoup.nodes.Element picture : page.select("img[src^=" + PICTURES + "]")) {
      String fileName = picture.attr("src").substring(PICTURES.length());
      if (vectors(fileName).isPresent()) {
        picture.replaceWith(standIn(page, picture).attr(DRAWING, fileName));
      }
    }
    for (org.jsoup.nodes.Element picture : page.select("img[src^=data:image/svg+xml]")) {
      if (QrCode.modules(picture.attr("src")).isPresent()) {
        picture.replaceWith(standIn(page, picture).attr(QR_CODE, picture.attr("src")));
      }
    }
  }

  /** An empty {@code <svg>} the size of the picture, with its class and alt text. */
  private static org.jsoup.nodes.Element standIn(Document page, org.jsoup.nodes.Element picture) {
    // The renderer sizes a picture by its width and height attributes, over the stylesheet; the
    // svg is given that size so that the sheet's layout does not move.
    return page.createElement("svg")
        .attr("class", picture.attr("class"))
        .attr(
            "style",
            "width: " + picture.attr("width") + "px; height: " + picture.attr("height") + "px")
        .attr("alt", picture.attr("alt"));
  }

  /** The SVG drawer for one PDF. */
  SVGDrawer forOnePdf() {
    return new Drawer(new BatikSVGDrawer());
  }

  /** A drawing's vectors, drawn once; empty if there is no drawing by that name. */
  Optional<Vectors> vectors(String fileName) {
    return drawn.computeIfAbsent(fileName, name -> drawings.file(name).map(Vectors::draw));
  }

  /**
   * A drawing as PDF content: the operations (deflated) and the resources they use, in the SVG's
   * units, y up, within a box of its viewBox's size.
   */
  record Vectors(byte[] deflated, COSDictionary resources, float width, float height) {

    static Vectors draw(byte[] svg) {
      try (PDDocument scratch = new PDDocument()) {
        SVGDocument document =
            new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                .createSVGDocument("file:/drawing.svg", new ByteArrayInputStream(svg));
        Element root = document.getDocumentElement();
        String[] viewBox = root.getAttribute("viewBox").trim().split("[\\s,]+");
        float width = Float.parseFloat(viewBox[2]);
        float height = Float.parseFloat(viewBox[3]);
        // One SVG unit to one unit of the form: the PDF scales the form into the picture's box.
        root.setAttribute("width", viewBox[2]);
        root.setAttribute("height", viewBox[3]);
        BridgeContext context = new BridgeContext(new UserAgentAdapter());
        context.setDynamicState(BridgeContext.STATIC);
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(scratch, width, height);
        new GVTBuilder().build(context, document).paint(graphics);
        graphics.dispose();
        PDFormXObject form = graphics.getXFormObject();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (InputStream content = form.getContents();
            OutputStream out = new DeflaterOutputStream(deflated)) {
          content.transferTo(out);
        }
        COSDictionary resources =
            form.getResources() == null
                ? new COSDictionary()
                : (COSDictionary) copy(form.getResources().getCOSObject());
        return new Vectors(deflated.toByteArray(), resources, width, height);
      } catch (IOException e) {
        throw new UncheckedIOException("could not draw an exercise's drawing for the PDF", e);
      }
    }

    /**
     * A QR code's modules, drawn as its SVG is: a white square, then each run of dark modules a
     * black rectangle, all filled at once so that no seam shows between them.
     */
    static Vectors of(QrCode.Modules qrCode) {
      int size = qrCode.size();
      StringBuilder content = new StringBuilder("1 g 0 0 ").append(size).append(' ');
      content.append(size).append(" re f 0 g\n");
      int[] runs = qrCode.runs();
      for (int i = 0; i < runs.length; i += 3) {
        // y from the top in the SVG, from the bottom in PDF
        content.append(runs[i]).append(' ').append(size - 1 - runs[i + 1]).append(' ');
        content.append(runs[i + 2]).append(" 1 re\n");
      }
      content.append("f\n");
      ByteArrayOutputStream deflated = new ByteArrayOutputStream();
      try (OutputStream out = new DeflaterOutputStream(deflated)) {
        out.write(content.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Vectors(deflated.toByteArray(), new COSDictionary(), size, size);
    }

    /**
     * The drawing as a form in this document, fitted into a box of this size in points and centred
     * in it, as SVG fits its viewBox into its viewport by default.
     */
    PDFormXObject formIn(PDDocument document, double boxWidth, double boxHeight)
        throws IOException {
      COSStream stream = document.getDocument().createCOSStream();
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      try (OutputStream raw = stream.createRawOutputStream()) {
        raw.write(deflated);
      }
      PDFormXObject form = new PDFormXObject(stream);
      form.setBBox(new PDRectangle(width, height));
      double scale = Math.min(boxWidth / width, boxHeight / height);
      AffineTransform fitted =
          AffineTransform.getTranslateInstance(
              (boxWidth - width * scale) / 2, (boxHeight - height * scale) / 2);
      fitted.scale(scale, scale);
      form.setMatrix(fitted);
      form.setResources(new PDResources((COSDictionary) copy(resources)));
      return form;
    }

    /** A deep copy of direct objects, so that no two documents share one. */
    private static COSBase copy(COSBase object) {
      if (object instanceof COSObject indirect) {
        return copy(indirect.getObject());
      }
      if (object instanceof COSStream) {
        throw new IllegalStateException("a drawing's resources hold a stream");
      }
      if (object instanceof COSDictionary dictionary) {
        COSDictionary copy = new COSDictionary();
        dictionary
            .entrySet()
            .forEach(entry -> copy.setItem(entry.getKey(), copy(entry.getValue())));
        return copy;
      }
      if (object instanceof COSArray array) {
        COSArray copy = new COSArray();
        array.forEach(item -> copy.add(copy(item)));
        return copy;
      }
      return object; // names, numbers, booleans and null do not change
    }
  }

  /**
   * Draws the exercises' drawings from their vectors, each made a form once per PDF and size
   * however often it appears, and hands every other SVG to Batik.
   */
  private final class Drawer implements SVGDrawer {

    private final BatikSVGDrawer batik;
    private final Map<String, PDFormXObject> forms = new HashMap<>();

    Drawer(BatikSVGDrawer batik) {
      this.batik = batik;
    }

    @Override
    public SVGImage buildSVGImage(
        Element svg,
        Box box,
        CssContext css,
        double cssWidth,
        double cssHeight,
        double dotsPerPixel) {
      String fileName = svg.getAttribute(DRAWING);
      Optional<Vectors> vectors = fileName.isEmpty() ? Optional.empty() : vectors(fileName);
      if (vectors.isPresent()) {
        return new Picture(fileName, vectors.get(), box, dotsPerPixel);
      }
      String qrCode = svg.getAttribute(QR_CODE);
      Optional<Vectors> modules =
          qrCode.isEmpty() ? Optional.empty() : QrCode.modules(qrCode).map(Vectors::of);
      if (modules.isPresent()) {
        return new Picture(qrCode, modules.get(), box, dotsPerPixel);
      }
      return batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext context) {
      batik.importFontFaceRules(rules, context);
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
      batik.withUserAgent(userAgent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, FontStyle style)
        throws IOException, FontFormatException {
      batik.addFontFile(file, family, weight, style);
    }

    @Override
    public void close() throws IOException {
      batik.close();
    }

    /**
     * One picture of a drawing or QR code (named by its file name or data URI), sized by its box as
     * Batik sizes an SVG picture.
     */
    private final class Picture implements SVGImage {

      private final String name;
      private final Vectors vectors;
      private final Box box;
      private final double dotsPerPixel;

      Picture(String name, Vectors vectors, Box box, double dotsPerPixel) {
        this.name = name;
        this.vectors = vectors;
        this.box = box;
        this.dotsPerPixel = dotsPerPixel;
      }

      @Override
      public int getIntrinsicWidth() {
        return (int) (vectors.width() * dotsPerPixel);
      }

      @Override
      public int getIntrinsicHeight() {
        return (int) (vectors.height() * dotsPerPixel);
      }

      @Override
      public void drawSVG(OutputDevice output, RenderingContext context, double x, double y) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) output;
        Rectangle box =
            this.box.getContentAreaEdge(this.box.getAbsX(), this.box.getAbsY(), context);
        float dotsPerPoint = pdf.getDotsPerPoint();
        PDFormXObject form =
            forms.computeIfAbsent(
                name + " " + box.width + "x" + box.height,
                key -> {
                  try {
                    return vectors.formIn(
                        pdf.getWriter(), box.width / dotsPerPoint, box.height / dotsPerPoint);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
        // The form fills the box: drawn at the box's own size, the renderer does not scale it.
        pdf.drawPdfAsImage(form, box, box.width, box.height);
      }
    }
  }
}
