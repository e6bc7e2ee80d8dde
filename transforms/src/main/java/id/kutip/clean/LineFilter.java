package id.kutip.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first pass over a dump's lines: cuts lines a scraper glued together, drops boilerplate lines, marks the lines
 * that end an article, and takes bylines out of the text while recording their names.
 */
final class LineFilter {
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}'’.\\-]*|bin|binti|van|de|da|dos|al|el");
  private static final Pattern OUTLET_LIKE = Pattern.compile("(?i).*\\.(com|co|id|net|org)\\b.*");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|/|\\bdan\\b|\\band\\b)\\s*");
  /** The colon a page prints before a byline's value on the value's own line ({@code Penulis} / {@code : Budi}). */
  private static final Pattern LABEL_VALUE = Pattern.compile("^\\s*:\\s*");
  static final int NAME_MAX_WORDS = 6;

  /** What the pass keeps: the lines, and the names of the bylines it took out. */
  record Result(List<Line> lines, List<String> authors, List<String> editors) {}

  private final LineRules rules;

  LineFilter(LineRules rules) {
    this.rules = rules;
  }

  Result filter(String normalizedText) {
    List<String> raw = new ArrayList<>();
    for (String line : normalizedText.split("\n", -1)) {
      raw.addAll(rules.split(line));
    }
    List<Line> kept = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    List<String> editors = new ArrayList<>();
    boolean blank = false;
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i).strip();
      if (line.isEmpty()) {
        blank = true;
        continue;
      }
      LineRules.Scan scan = rules.scan(line); // once for the four kinds of rule below
      LineRules.Byline byline = rules.byline(scan);
      if (byline != null) {
        List<String> names = byline.name() == null ? List.of() : names(byline.name());
        String name = null;
        if (names.isEmpty()) {
          int next = nextNonEmpty(raw, i);
          String nextLine = next < 0 ? "" : LABEL_VALUE.matcher(raw.get(next)).replaceFirst("").strip();
          if (next >= 0 && isName(nextLine)) {
            name = nextLine;
            i = next; // the name's own line goes with its label
          } else if (!kept.isEmpty() && isName(kept.get(kept.size() - 1).text())) {
            name = kept.remove(kept.size() - 1).text(); // Kompas prints the name above its label
          }
        }
        if (name != null) {
          names = List.of(name);
        }
        (byline.role() == LineRules.Kind.AUTHOR ? authors : editors).addAll(names);
        blank = false;
        continue;
      }
      if (rules.ends(scan)) {
        kept.add(new Line(line, blank, true)); // where the body ends is decided once the header is known
        blank = false;
        continue;
      }
      if (rules.dropsWithNext(scan)) {
        int next = nextNonEmpty(raw, i);
        if (next >= 0 && looksLikeTitle(raw.get(next).strip())) {
          i = next; // the linked title; a paragraph of the article right after the label stays
        }
        blank = false;
        continue;
      }
      if (rules.drops(scan)) {
        continue;
      }
      kept.add(new Line(line, blank));
      blank = false;
    }
    return new Result(kept, authors, editors);
  }

  /** The names of a byline value ({@code Budisantoso Budiman dan Agus S}), or none when it is not names. */
  List<String> names(String value) {
    List<String> names = new ArrayList<>();
    for (String part : NAME_SEPARATOR.split(value.strip())) {
      if (!part.isBlank()) {
        if (!isName(part.strip())) {
          return List.of();
        }
        names.add(part.strip());
      }
    }
    return names;
  }

  /** A headline: no closing punctuation, or mostly capitalised words ({@code Apa Gejalanya Sama?}); not too long. */
  static boolean looksLikeTitle(String line) {
    if (BodySelector.isHeadlineLike(line)) {
      return true;
    }
    String[] words = line.split("\\s+");
    if (words.length > BodySelector.HEADLINE_MAX_WORDS) {
      return false;
    }
    int capitalised = 0;
    for (String word : words) {
      capitalised += !word.isEmpty() && Character.isUpperCase(word.charAt(0)) ? 1 : 0;
    }
    return capitalised * 2 >= words.length;
  }

  /** A person's name: one to six capitalised words (particles allowed), no digits, no domain, no rule match. */
  boolean isName(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length == 0 || words.length > NAME_MAX_WORDS || OUTLET_LIKE.matcher(text).matches()) {
      return false;
    }
    for (String word : words) {
      if (!NAME_WORD.matcher(word).matches()) {
        return false;
      }
    }
    LineRules.Scan scan = rules.scan(text);
    return rules.byline(scan) == null && !rules.drops(scan) && !rules.ends(scan);
  }

  private static int nextNonEmpty(List<String> lines, int from) {
    for (int j = from + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }
}
