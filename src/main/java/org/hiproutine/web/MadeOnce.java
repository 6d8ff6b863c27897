package org.hiproutine.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Pieces of pages that are the same wherever they appear (the layout's header and footer, an
 * exercise's picture or steps, a tick grid, a message of numbers), made once for each key and then
 * inserted as they are; a piece whose making throws is not kept. Keys are few by design (a
 * language, an exercise, a grid's shape); past a bound a piece is made each time instead of kept,
 * so no key a client can choose grows memory without end.
 */
public final class MadeOnce<K> {

  private final int mostKept;
  private final Map<K, String> made = new ConcurrentHashMap<>();

  public MadeOnce(int mostKept) {
    this.mostKept = mostKept;
  }

  /** The piece for this key: kept if made before, else made now and kept while there is room. */
  public String get(K key, Function<? super K, String> make) {
    String piece = made.get(key);
    if (piece == null) {
      piece = make.apply(key);
      if (made.size() < mostKept) {
        made.putIfAbsent(key, piece);
      }
    }
    return piece;
  }

  int size() {
    return made.size();
  }
}
