package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdkXmlFactoriesTest {

  private static final String PROBE = "org.hiproutine.sheet.JdkXmlFactoriesTest.probe";

  @AfterEach
  void forgetTheProbe() {
    System.clearProperty(PROBE);
  }

  @Test
  void namesTheFactoriesJaxpWouldHaveFoundAnyway() {
    JdkXmlFactories.name();

    JdkXmlFactories.FACTORIES.forEach(
        (property, factory) -> assertThat(System.getProperty(property)).isEqualTo(factory));
    assertThat(DocumentBuilderFactory.newInstance().getClass())
        .isEqualTo(DocumentBuilderFactory.newDefaultInstance().getClass());
    assertThat(TransformerFactory.newInstance().getClass())
        .isEqualTo(TransformerFactory.newDefaultInstance().getClass());
  }

  @Test
  void keepsAFactoryGivenAtLaunch() {
    System.setProperty(PROBE, "given.at.Launch");
    JdkXmlFactories.nameUnlessGiven(PROBE, "the.jdks.Own");
    assertThat(System.getProperty(PROBE)).isEqualTo("given.at.Launch");

    System.clearProperty(PROBE);
    JdkXmlFactories.nameUnlessGiven(PROBE, "the.jdks.Own");
    assertThat(System.getProperty(PROBE)).isEqualTo("the.jdks.Own");
  }
}
