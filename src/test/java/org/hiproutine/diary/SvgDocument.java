package org.hiproutine.diary;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** A chart parsed with the JDK's XML parser, which fails on anything not well-formed. */
final class SvgDocument {

  static final String SVG = "http://www.w3.org/2000/svg";

  final Element root;

  SvgDocument(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document =
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
      root = document.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + svg, e);
    }
  }

  /** Every element, the root included, in document order. */
  List<Element> all() {
    List<Element> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(Element element, List<Element> all) {
    all.add(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, all);
      }
    }
  }

  /** The one element with this class. */
  Element byClass(String className) {
    List<Element> found =
        all().stream().filter(e -> className.equals(e.getAttribute("class"))).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " elements with class " + className);
    }
    return found.get(0);
  }

  /** The elements with this class. */
  List<Element> allByClass(String className) {
    return all().stream().filter(e -> className.equals(e.getAttribute("class"))).toList();
  }

  /** The element children of {@code parent} with this name. */
  static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getLocalName().equals(name)) {
        children.add(e);
      }
    }
    return children;
  }

  static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  /** How many times a path starts a new line ("M"): one per run of points or per mark. */
  static int moves(Element path) {
    return (int) path.getAttribute("d").chars().filter(c -> c == 'M').count();
  }

  Element byId(String id) {
    return all().stream()
        .filter(e -> id.equals(e.getAttribute("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element " + id));
  }
}
