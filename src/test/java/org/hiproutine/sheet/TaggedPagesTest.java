package org.hiproutine.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.hiproutine.sheet.TaggedPages.PropertyLists;
import org.junit.jupiter.api.Test;

class TaggedPagesTest {

  @Test
  void makesThePageTheRendererAsksForAndAddsItToTheDocument() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new TaggedPages().requestPage(document, 595, 842, 0, -1);

      assertThat(document.getPages()).containsExactly(page);
      assertThat(page.getMediaBox().getWidth()).isEqualTo(595);
      assertThat(page.getMediaBox().getHeight()).isEqualTo(842);
    }
  }

  @Test
  void namesEachPropertyListAsAPlainPageDoes() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDResources tagged = new TaggedPages().requestPage(document, 595, 842, 0, -1).getResources();
      PDResources plain = new PDResources(); // what a page without resources is given
      List<PDPropertyList> lists = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        COSDictionary marked = new COSDictionary();
        marked.setInt(COSName.MCID, i);
        lists.add(PDPropertyList.create(marked));
      }

      List<COSName> taggedNames = new ArrayList<>();
      List<COSName> plainNames = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        PDPropertyList list = lists.get(i < 300 ? i : (i * 7) % 300); // each, then again
        taggedNames.add(tagged.add(list));
        plainNames.add(plain.add(list));
      }

      assertThat(taggedNames).isEqualTo(plainNames);
      assertThat(taggedNames.subList(300, 600)).isSubsetOf(taggedNames.subList(0, 300));
      assertThat(tagged.getCOSObject().getCOSDictionary(COSName.PROPERTIES).size()).isEqualTo(300);
    }
  }

  @Test
  void answersAsAPlainDictionaryAfterValuesAreReplacedAndRemoved() {
    COSDictionary first = new COSDictionary();
    COSDictionary second = new COSDictionary();
    COSDictionary third = new COSDictionary();
    COSName one = COSName.getPDFName("Prop1");
    COSName two = COSName.getPDFName("Prop2");
    PropertyLists indexed = new PropertyLists();
    COSDictionary plain = new COSDictionary();

    for (COSDictionary dictionary : List.of(indexed, plain)) {
      dictionary.setItem(one, first);
      dictionary.setItem(two, second);
      dictionary.setItem(one, third); // first replaced
      dictionary.removeItem(two);
    }

    assertThat(indexed.getKeyForValue(third)).isEqualTo(one);
    assertThat(indexed.containsValue(first)).isFalse();
    assertThat(indexed.containsValue(second)).isFalse();
    assertSameAnswers(indexed, plain, first, second, third, new COSObject(third));
  }

  @Test
  void answersAsAPlainDictionaryWhenOneValueIsUnderTwoNames() {
    COSDictionary shared = new COSDictionary();
    PropertyLists indexed = new PropertyLists();
    COSDictionary plain = new COSDictionary();

    for (COSDictionary dictionary : List.of(indexed, plain)) {
      dictionary.setItem(COSName.getPDFName("Prop1"), shared);
      dictionary.setItem(COSName.getPDFName("Prop2"), shared);
      dictionary.removeItem(COSName.getPDFName("Prop1"));
    }

    assertThat(indexed.getKeyForValue(shared)).isEqualTo(COSName.getPDFName("Prop2"));
    assertSameAnswers(indexed, plain, shared, new COSDictionary());
  }

  private static void assertSameAnswers(
      COSDictionary indexed, COSDictionary plain, Object... values) {
    for (Object value : values) {
      assertThat(indexed.containsValue(value))
          .as("%s", value)
          .isEqualTo(plain.containsValue(value));
      assertThat(indexed.getKeyForValue(value))
          .as("%s", value)
          .isEqualTo(plain.getKeyForValue(value));
    }
  }

  @Test
  void walksTheEntriesOnceAValueCouldEqualAnother() {
    PropertyLists indexed = new PropertyLists();
    indexed.setItem(COSName.getPDFName("N"), COSInteger.get(1000));

    // an equal integer, not the same object: only a walk with equals finds it
    assertThat(indexed.containsValue(COSInteger.get(1000))).isTrue();
    assertThat(indexed.getKeyForValue(COSInteger.get(1000))).isEqualTo(COSName.getPDFName("N"));
    indexed.clear();
    assertThat(indexed.containsValue(COSInteger.get(1000))).isFalse();
  }
}
