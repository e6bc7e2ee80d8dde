package id.kutip.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    // Paragraphs by their first characters, so that each is compared only with those that start the same way.
    Map<String, List<String>> byStart = new HashMap<>();
    for (String key : keys) {
      if (key.length() >= MIN_PREFIX_CHARS) {
        byStart.computeIfAbsent(key.substring(0, MIN_PREFIX_CHARS), k -> new ArrayList<>()).add(key);
      }
    }
    List<Paragraph> kept = new ArrayList<>();
    for (int i = 0; i < unique.size(); i++) {
      String key = keys.get(i);
      if (!startsWithAnother(key, byStart)) {
        kept.add(unique.get(i));
      }
    }
    return kept;
  }

  private static boolean startsWithAnother(String key, Map<String, List<String>> byStart) {
    if (key.length() <= MIN_PREFIX_CHARS) {
      return false;
    }
    for (String other : byStart.getOrDefault(key.substring(0, MIN_PREFIX_CHARS), List.of())) {
      if (other.length() < key.length() && key.startsWith(other)) {
        return true;
      }
    }
    return false;
  }
}
