package id.kutip.clean;

import id.kutip.common.RejectedInputException;
import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a raw dump into the article's own paragraphs. The steps, in order:
 *
 * <ol>
 *   <li>normalise Unicode and line ends ({@link TextNormalizer});
 *   <li>drop boilerplate lines and cut at end-of-article markers ({@link LineRules});
 *   <li>re-join lines that a scraper split where a link was ({@code Gubernur\nJakarta\nPramono Anung\nyakin});
 *   <li>drop the header before a dateline (title, byline, date, caption), taking the title from it;
 *   <li>drop headline-like paragraphs (no closing punctuation, few words): subheads, captions, related links;
 *   <li>keep a paragraph repeated verbatim once.
 * </ol>
 *
 * Paragraphs are joined by a blank line in {@code Document.text}.
 */
public final class DocumentCleaner {
  public static final String EMPTY_BODY = "empty-body";
  /** A paragraph of this many words or fewer without closing punctuation is a headline, not body. */
  static final int HEADLINE_MAX_WORDS = 20;
  /** A dateline further down than this is not the start of the body. */
  static final int DATELINE_MAX_POSITION = 15;

  private final LineRules rules;

  public DocumentCleaner(LineRules rules) {
    this.rules = rules;
  }

  public Document clean(RawDocument raw) {
    String text = TextNormalizer.normalize(raw.getText());
    List<Line> lines = keptLines(text);
    List<String> paragraphs = joinFragments(lines);

    String title = raw.getTitle();
    int dateline = findDateline(paragraphs);
    if (dateline >= 0) {
      if (title == null) {
        title = headerTitle(paragraphs.subList(0, dateline));
      }
      paragraphs = paragraphs.subList(dateline, paragraphs.size());
    }

    List<String> body = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String paragraph : paragraphs) {
      if (isHeadlineLike(paragraph) || (title != null && paragraph.equals(title))) {
        continue;
      }
      if (seen.add(paragraph)) {
        body.add(paragraph);
      }
    }
    if (body.isEmpty()) {
      throw new RejectedInputException(
          EMPTY_BODY, "No article text is left after cleaning (" + text.length() + " characters before).");
    }
    return Document.newBuilder()
        .setDocId(raw.getDocId())
        .setSourceUri(raw.getSourceUri())
        .setTitle(title == null ? null : TextNormalizer.normalize(title).strip())
        .setOutlet(raw.getOutlet())
        .setUrl(raw.getUrl())
        .setText(String.join("\n\n", body))
        .build();
  }

  /** A non-empty line of the dump, and whether a blank line came before it. */
  private record Line(String text, boolean afterBlank) {}

  private List<Line> keptLines(String text) {
    List<Line> kept = new ArrayList<>();
    boolean blank = false;
    boolean skipNext = false;
    boolean bodyStarted = false;
    for (String rawLine : text.split("\n", -1)) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        blank = true;
        continue;
      }
      if (skipNext) {
        skipNext = false;
        blank = false;
        continue;
      }
      if (bodyStarted && rules.ends(line)) {
        break;
      }
      if (rules.dropsWithNext(line)) {
        skipNext = true;
        continue;
      }
      if (rules.drops(line)) {
        continue;
      }
      bodyStarted |= !isHeadlineLike(line);
      kept.add(new Line(line, blank));
      blank = false;
    }
    return kept;
  }

  /**
   * Re-joins lines split mid-sentence. Without a blank line between them, a line is continued by the next when it
   * has no closing punctuation and either the next starts in lower case or with closing punctuation, or the line
   * ends on a lower-case word, an opening bracket, a comma or a dash, or its last line is at most three words
   * long (a link's text on a line of its own).
   */
  private static List<String> joinFragments(List<Line> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = null;
    String lastLine = null;
    for (Line line : lines) {
      if (current != null && !line.afterBlank() && continues(current, lastLine, line.text())) {
        String next = line.text();
        char first = next.charAt(0);
        char last = current.charAt(current.length() - 1);
        boolean tight = ",.;:)]!?".indexOf(first) >= 0 || last == '(' || last == '[';
        if (!tight) {
          current.append(' ');
        }
        current.append(next);
        lastLine = next;
        continue;
      }
      if (current != null) {
        paragraphs.add(current.toString());
      }
      current = new StringBuilder(line.text());
      lastLine = line.text();
    }
    if (current != null) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  private static boolean continues(CharSequence current, String lastLine, String next) {
    char last = current.charAt(current.length() - 1);
    if (isClosing(last)) {
      return false;
    }
    char first = next.charAt(0);
    if (Character.isLowerCase(first) || ",.;:)](".indexOf(first) >= 0) {
      return true;
    }
    if ("([,-–—".indexOf(last) >= 0) {
      return true;
    }
    String text = current.toString();
    int space = text.lastIndexOf(' ');
    String lastWord = text.substring(space + 1);
    if (!lastWord.isEmpty() && Character.isLowerCase(lastWord.charAt(0))) {
      return true;
    }
    return wordCount(lastLine) <= 3;
  }

  private int findDateline(List<String> paragraphs) {
    int limit = Math.min(paragraphs.size(), DATELINE_MAX_POSITION);
    for (int i = 0; i < limit; i++) {
      if (rules.isDateline(paragraphs.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The headline of a page header: its first headline-like line of four words or more. */
  private static String headerTitle(List<String> header) {
    for (String line : header) {
      if (isHeadlineLike(line) && wordCount(line) >= 4) {
        return line;
      }
    }
    return null;
  }

  static boolean isHeadlineLike(String paragraph) {
    return !isClosing(paragraph.charAt(paragraph.length() - 1)) && wordCount(paragraph) <= HEADLINE_MAX_WORDS;
  }

  private static boolean isClosing(char c) {
    return ".!?\"”’'…".indexOf(c) >= 0;
  }

  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
