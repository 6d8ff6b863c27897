package org.hiproutine.sheet;

import java.util.Map;

/**
 * Names the JDK's own XML parser and transformer factories in the system properties JAXP reads
 * first. On every PDF the renderer's XML parts ask JAXP for a new factory (jsoup's W3CDom for the
 * page, XMPBox for the PDF/UA metadata, twice), and without these properties JAXP searches every
 * jar's META-INF/services through the web server's class loader each time, only to end with the
 * JDK's own: no jar of the app offers another. 2% of a PDF's CPU, and garbage. A value given at
 * launch (-D) is kept.
 */
final class JdkXmlFactories {

  static final Map<String, String> FACTORIES =
      Map.of(
          "javax.xml.parsers.DocumentBuilderFactory",
          "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
          "javax.xml.transform.TransformerFactory",
          "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

  private JdkXmlFactories() {}

  static void name() {
    FACTORIES.forEach(JdkXmlFactories::nameUnlessGiven);
  }

  static void nameUnlessGiven(String property, String factory) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, factory);
    }
  }
}
