package org.hiproutine.catalog.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The SVG files as a browser and the PDF's renderer get them: well-formed, small, shapes only,
 * mirrored for the left side, still on paper and moving on screen between the poses on paper.
 */
class RendererTest {

  private static final Drawings DRAWINGS = new Drawings(PoseData.EXERCISES);

  private static final int STILL_BUDGET = 6 * 1024;
  private static final int ANIMATED_BUDGET = 12 * 1024;

  private static final List<String> ALLOWED_ELEMENTS =
      List.of("svg", "title", "defs", "g", "path", "use", "animateTransform", "animate");

  @Test
  void everyDrawingIsWellFormedSvgWithATitleAndNothingButShapes() throws Exception {
    for (String name : DRAWINGS.fileNames()) {
      Document svg = parse(name);
      Element root = svg.getDocumentElement();
      assertThat(root.getLocalName()).as(name).isEqualTo("svg");
      assertThat(root.getAttribute("role")).as(name).isEqualTo("img");
      assertThat(root.getAttribute("viewBox"))
          .as(name + ": one size and scale for all")
          .isEqualTo("0 0 330 182");
      assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
          .as(name)
          .isNotBlank();
      NodeList all = svg.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element element = (Element) all.item(i);
        assertThat(element.getLocalName()).as(name).isIn(ALLOWED_ELEMENTS);
        assertThat(element.hasAttribute("style"))
            .as(name + ": presentation attributes only")
            .isFalse();
        NamedNodeMap attributes = element.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
          Node attribute = attributes.item(a);
          if (attribute.getLocalName() != null && attribute.getLocalName().equals("href")) {
            assertThat(attribute.getNodeValue())
                .as(name + ": links within the file")
                .startsWith("#");
          }
        }
      }
    }
  }

  @Test
  void stillDrawingsFitInSixKilobytesAndAnimatedOnesInTwelve() {
    for (String name : DRAWINGS.fileNames()) {
      int size = DRAWINGS.file(name).orElseThrow().length;
      assertThat(size)
          .as(name)
          .isLessThanOrEqualTo(name.endsWith("-animated.svg") ? ANIMATED_BUDGET : STILL_BUDGET);
    }
  }

  @Test
  void stillDrawingsHoldStill() throws Exception {
    for (String name : DRAWINGS.fileNames()) {
      if (!name.endsWith("-animated.svg")) {
        assertThat(parse(name).getElementsByTagNameNS("*", "animateTransform").getLength())
            .as(name)
            .isZero();
        assertThat(parse(name).getElementsByTagNameNS("*", "animate").getLength())
            .as(name)
            .isZero();
      }
    }
  }

  @Test
  void animatedDrawingsRepeatEveryRoundAtTheirPaceWithoutAJump() throws Exception {
    for (String slug : DRAWINGS.slugs()) {
      if (!DRAWINGS.isAnimated(slug)) {
        assertThat(DRAWINGS.file(Drawings.animated(slug))).as(slug).isEmpty();
        continue;
      }
      double pace = PoseData.exercise(slug).pace().orElseThrow().seconds();
      List<Element> animations = animations(parse(Drawings.animated(slug)));
      assertThat(animations).as(slug).isNotEmpty();
      for (Element animation : animations) {
        assertThat(animation.getAttribute("dur")).as(slug).isEqualTo(Svg.number(pace) + "s");
        assertThat(animation.getAttribute("repeatCount")).as(slug).isEqualTo("indefinite");
        String[] values = animation.getAttribute("values").split(";");
        int moments = animation.getLocalName().equals("animate") ? Motion.STEPS / 2 : Motion.STEPS;
        assertThat(values).as(slug + ": evenly spaced moments").hasSize(moments + 1);
        assertThat(values[values.length - 1])
            .as(slug + ": ends where it starts")
            .isEqualTo(values[0]);
      }
    }
  }

  @Test
  void animatedDrawingsMoveBetweenExactlyTheKeyPosesDrawnOnPaper() throws Exception {
    for (String slug : DRAWINGS.slugs()) {
      if (!DRAWINGS.isAnimated(slug)) {
        continue;
      }
      List<List<Double>> stills = new ArrayList<>();
      for (Element figure : figures(parse(Drawings.still(slug)))) {
        stills.add(turns(figure).stream().map(turn -> turn.get(0)).toList());
      }
      List<List<Double>> moving = turns(figures(parse(Drawings.animated(slug))).get(0));
      assertThat(stills).as(slug + ": key poses on paper").hasSize(2);
      for (List<Double> still : stills) {
        assertThat(still).as(slug).hasSameSizeAs(moving);
        boolean shown = false;
        for (int moment = 0; moment <= Motion.STEPS && !shown; moment++) {
          boolean same = true;
          for (int group = 0; group < still.size(); group++) {
            double turn = moving.get(group).get(Math.min(moment, moving.get(group).size() - 1));
            same &= Math.abs(Motion.near(turn, still.get(group)) - still.get(group)) < 0.15;
          }
          shown = same;
        }
        assertThat(shown).as(slug + ": a moment of the animation shows " + still).isTrue();
      }
    }
  }

  @Test
  void leftSideDrawingsAreTheMirrorImageOfTheRightSideKeepingThePosesInReadingOrder()
      throws Exception {
    for (String slug : DRAWINGS.slugs()) {
      if (!DRAWINGS.isDrawnForEachSide(slug)) {
        assertThat(DRAWINGS.file(Drawings.leftSide(slug))).as(slug).isEmpty();
        continue;
      }
      int panels = PoseData.exercise(slug).keyPoses().size();
      BufferedImage right = render(Drawings.still(slug));
      BufferedImage left = render(Drawings.leftSide(slug));
      double mirrored = difference(left, right, panels, true);
      double unchanged = difference(left, right, panels, false);
      assertThat(mirrored).as(slug + ": the left side mirrors the right").isLessThan(0.01);
      assertThat(unchanged).as(slug + ": and is not the same picture").isGreaterThan(0.05);
      if (DRAWINGS.isAnimated(slug)) {
        BufferedImage moving = render(Drawings.animated(slug));
        BufferedImage movingLeft = render(Drawings.animatedLeftSide(slug));
        assertThat(difference(movingLeft, moving, 1, true)).as(slug + " animated").isLessThan(0.01);
      }
    }
  }

  @Test
  void everyDrawingRendersWithTheSvgLibraryThePdfUses() throws Exception {
    for (String name : DRAWINGS.fileNames()) {
      BufferedImage image = render(name);
      int dark = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          dark += grey(image.getRGB(x, y)) < 80 ? 1 : 0;
        }
      }
      assertThat(dark).as(name + ": a figure is drawn").isGreaterThan(500);
    }
  }

  /** Each figure's outermost group. */
  private static List<Element> figures(Document svg) throws Exception {
    NodeList found =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                    "//*[local-name()='g'][@fill='" + Renderer.DARK + "']",
                    svg,
                    XPathConstants.NODESET);
    List<Element> figures = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      figures.add((Element) found.item(i));
    }
    return figures;
  }

  /** Each group's turn in document order: one value if still, one per moment if animated. */
  private static List<List<Double>> turns(Element figure) {
    List<List<Double>> turns = new ArrayList<>();
    NodeList groups = figure.getElementsByTagNameNS("*", "g");
    Pattern rotate = Pattern.compile("rotate\\(([-0-9.]+)\\)");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      Matcher own = rotate.matcher(group.getAttribute("transform"));
      double base = own.find() ? Double.parseDouble(own.group(1)) : 0;
      List<Double> values = new ArrayList<>(List.of(base));
      for (Node child = group.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element animation
            && animation.getLocalName().equals("animateTransform")
            && animation.getAttribute("type").equals("rotate")) {
          values.clear();
          for (String value : animation.getAttribute("values").split(";")) {
            values.add(base + Double.parseDouble(value));
          }
        }
      }
      turns.add(values);
    }
    return turns;
  }

  private static List<Element> animations(Document svg) {
    List<Element> animations = new ArrayList<>();
    for (String name : List.of("animateTransform", "animate")) {
      NodeList found = svg.getElementsByTagNameNS("*", name);
      for (int i = 0; i < found.getLength(); i++) {
        animations.add((Element) found.item(i));
      }
    }
    return animations;
  }

  private static Document parse(String name) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(DRAWINGS.file(name).orElseThrow()));
  }

  /**
   * The share of pixels that differ between two pictures, comparing each panel of the first with
   * the same panel of the second, mirrored in place or not.
   */
  private static double difference(
      BufferedImage first, BufferedImage second, int panels, boolean mirrored) {
    int width = first.getWidth();
    int panel = width / panels;
    long differing = 0;
    for (int y = 0; y < first.getHeight(); y++) {
      for (int x = 0; x < panel * panels; x++) {
        int start = x / panel * panel;
        int other = mirrored ? start + panel - 1 - (x - start) : x;
        differing +=
            Math.abs(grey(first.getRGB(x, y)) - grey(second.getRGB(other, y))) > 96 ? 1 : 0;
      }
    }
    return (double) differing / (panel * panels * first.getHeight()) / darkShare(second);
  }

  /** The share of pixels that are drawn on, so that differences count against the figure. */
  private static double darkShare(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        dark += grey(image.getRGB(x, y)) < 200 ? 1 : 0;
      }
    }
    return (double) dark / (image.getWidth() * image.getHeight());
  }

  private static int grey(int rgb) {
    return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
  }

  private static BufferedImage render(String name) throws Exception {
    BufferedImage[] image = new BufferedImage[1];
    ImageTranscoder transcoder =
        new ImageTranscoder() {
          @Override
          public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
          }

          @Override
          public void writeImage(BufferedImage rendered, TranscoderOutput output) {
            image[0] = rendered;
          }
        };
    transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, 660f);
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
    TranscoderInput input =
        new TranscoderInput(
            new java.io.StringReader(
                new String(DRAWINGS.file(name).orElseThrow(), StandardCharsets.UTF_8)));
    input.setURI("file:/" + name);
    transcoder.transcode(input, new TranscoderOutput());
    return image[0];
  }
}
