package org.hiproutine.sheet;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The PDF's pages, as the renderer makes them, but with a page's marked-content properties indexed.
 * A tagged PDF (PDF/UA) marks every run of text with its own property list, which PDFBox names in
 * the page's resources; before naming one it looks through all those already named for the same
 * object, one by one, so a page of n runs cost n²/2 comparisons: 6% of a sheet's PDF. Here that
 * look-up is a hash look-up; the names, and so the PDF, are the same.
 */
final class TaggedPages implements PageSupplier {

  @Override
  public PDPage requestPage(
      PDDocument document, float pageWidth, float pageHeight, int pageNumber, int shadowPage) {
    PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
    PDResources resources = new PDResources();
    resources.getCOSObject().setItem(COSName.PROPERTIES, new PropertyLists());
    page.setResources(resources);
    document.addPage(page);
    return page;
  }

  /**
   * A dictionary that knows its values' keys: the same answers as any dictionary, found in a map by
   * identity (property lists are dictionaries, equal only to themselves) rather than by walking
   * every entry. Should a value ever be set that is equal to another object, it answers by walking
   * the entries again, as a plain dictionary does.
   */
  static final class PropertyLists extends COSDictionary {

    private final Map<COSBase, COSName> keys = new IdentityHashMap<>();
    private boolean indexed = true;

    @Override
    public void setItem(COSName key, COSBase value) {
      COSBase replaced = getItem(key);
      super.setItem(key, value);
      if (replaced != null) {
        keys.remove(replaced); // a value under two keys would have been seen as unindexable
      }
      if (value == null) {
        return;
      }
      if (value.getClass() != COSDictionary.class || keys.containsKey(value)) {
        indexed = false; // equal to more than itself, or under a second key: walk as before
      }
      keys.putIfAbsent(value, key);
    }

    @Override
    public void removeItem(COSName key) {
      COSBase removed = getItem(key);
      super.removeItem(key);
      if (removed != null) {
        keys.remove(removed);
      }
    }

    @Override
    public void clear() {
      super.clear();
      keys.clear();
    }

    @Override
    public void addAll(COSDictionary other) {
      other.forEach(this::setItem);
    }

    @Override
    public boolean containsValue(Object value) {
      if (!indexed) {
        return super.containsValue(value);
      }
      return keys.containsKey(value)
          || (value instanceof COSObject object && keys.containsKey(object.getObject()));
    }

    @Override
    public COSName getKeyForValue(Object value) {
      if (!indexed) {
        return super.getKeyForValue(value);
      }
      return keys.get(value); // as the walk: an entry whose value is this very object
    }
  }
}
