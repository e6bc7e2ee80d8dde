package id.kutip.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps each paragraph of a document once. A paragraph repeated verbatim keeps its first occurrence; a paragraph
 * that starts with another paragraph of the document and goes on is that paragraph glued to its neighbours (the
 * Republika dumps print each paragraph once alone and once glued to all that follows it) and is dropped. Spacing
 * does not count: the comparison is on the text without whitespace. End-of-article markers are kept as they are.
 */
final class RepeatedParagraphs {
  /** A paragraph shorter than this (without spaces) is too short to be called the start of a glued one. */
  static final int MIN_PREFIX_CHARS = 40;

  private RepeatedParagraphs() {}

  static List<Paragraph> keepOnce(List<Paragraph> paragraphs) {
    List<Paragraph> unique = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Paragraph paragraph : paragraphs) {
      String key = ParagraphScore.spaceless(paragraph.text());
      if (paragraph.stop() || seen.add(key)) {
        unique.add(paragraph);
        keys.add(paragraph.stop() ? "" : key);
      }
    }
    Set<String> glued = startingWithAnother(keys);
    List<Paragraph> kept = new ArrayList<>();
    for (int i = 0; i < unique.size(); i++) {
      if (!glued.contains(keys.get(i))) {
        kept.add(unique.get(i));
      }
    }
    return kept;
  }

  /**
   * The keys that start with another of the keys (both at least {@value #MIN_PREFIX_CHARS} chars; the keys are
   * distinct). Sorted, a key's prefixes come before it, and every key between a prefix and the key starts with that
   * prefix too, so one walk with a stack of nested prefixes finds them. Comparing each key with the others that start
   * alike was quadratic when hundreds of paragraphs of a document start alike (a list of similar items).
   */
  private static Set<String> startingWithAnother(List<String> keys) {
    List<String> sorted = new ArrayList<>();
    for (String key : keys) {
      if (key.length() >= MIN_PREFIX_CHARS) {
        sorted.add(key);
      }
    }
    sorted.sort(null);
    Set<String> glued = new HashSet<>();
    ArrayDeque<String> prefixes = new ArrayDeque<>();
    for (String key : sorted) {
      while (!prefixes.isEmpty() && !key.startsWith(prefixes.peek())) {
        prefixes.pop();
      }
      if (!prefixes.isEmpty()) {
        glued.add(key); // the top is a prefix of the key, and not the key itself: the keys are distinct
      }
      prefixes.push(key);
    }
    return glued;
  }
}
