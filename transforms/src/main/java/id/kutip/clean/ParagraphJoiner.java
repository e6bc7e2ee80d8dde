package id.kutip.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins lines a scraper split where links were ({@code Gubernur\nJakarta\nPramono Anung\nyakin ...}). Without a
 * blank line between them, a line is continued by the next when it has no closing punctuation and either the next
 * starts in lower case or with closing punctuation, or the line ends on a lower-case word, an opening bracket, a
 * comma or a dash, or one of the two is at most three words long with more of the paragraph after it (a link's text
 * on a line of its own). Not joined: a line ending with a colon; a list item and the next; a short title-case line
 * (a subhead such as {@code Kurang Motivasi}) and a whole sentence after it.
 */
final class ParagraphJoiner {
  /** A piece of at most this many words, on its own line, is taken for a link's text. */
  static final int LINK_MAX_WORDS = 3;
  /** A block of at most this many words ending with a dash is a dateline split from its paragraph. */
  static final int DATELINE_STUB_MAX_WORDS = 5;

  private ParagraphJoiner() {}

  static List<Paragraph> join(List<Line> lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder current = null;
    String lastLine = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.stop()) {
        if (current != null) {
          paragraphs.add(new Paragraph(current.toString(), false));
          current = null;
        }
        paragraphs.add(new Paragraph(line.text(), true));
        continue;
      }
      Line after = i + 1 < lines.size() ? lines.get(i + 1) : null;
      boolean joins = current != null
          && (line.afterBlank() ? isDatelineStub(current) : continues(current, lastLine, line.text(), after));
      if (joins) {
        String next = line.text();
        char first = next.charAt(0);
        char last = current.charAt(current.length() - 1);
        boolean tight = ",.;:)]!?".indexOf(first) >= 0 || last == '(' || last == '[' || isOpeningMark(current);
        if (!tight) {
          current.append(' ');
        }
        current.append(next);
        lastLine = next;
        continue;
      }
      if (current != null) {
        paragraphs.add(new Paragraph(current.toString(), false));
      }
      current = new StringBuilder(line.text());
      lastLine = line.text();
    }
    if (current != null) {
      paragraphs.add(new Paragraph(current.toString(), false));
    }
    return paragraphs;
  }

  private static boolean continues(CharSequence current, String lastLine, String next, Line after) {
    char last = current.charAt(current.length() - 1);
    if (isOpeningMark(current)) {
      return true; // a quotation mark left alone on its line, the quote on the next
    }
    if (BodySelector.isClosing(last) || last == ':') {
      return false;
    }
    if (BodySelector.isListItem(next) && BodySelector.isListItem(current.toString())) {
      return false;
    }
    char first = next.charAt(0);
    boolean nextIsSentence = (Character.isUpperCase(first) || "\"“‘'".indexOf(first) >= 0) && BodySelector.isClosing(next.charAt(next.length() - 1))
        && BodySelector.wordCount(next) > LINK_MAX_WORDS;
    if (current.length() == lastLine.length() && nextIsSentence && isTitleCase(lastLine)) {
      return false;
    }
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
    if (BodySelector.isListItem(current.toString())) {
      return false; // a short list item is not a link's text: the next line is the next item or paragraph
    }
    if (BodySelector.wordCount(lastLine) <= LINK_MAX_WORDS || BodySelector.wordCount(next) <= LINK_MAX_WORDS
        && BodySelector.isClosing(next.charAt(next.length() - 1))) {
      return true; // a link's text on its own line, or the short tail of the sentence after one
    }
    // A short piece with more of the same paragraph after it: a link's text between the two halves of a sentence.
    boolean nextIsLinkText = BodySelector.wordCount(next) <= LINK_MAX_WORDS
        && !BodySelector.isClosing(next.charAt(next.length() - 1));
    return nextIsLinkText && after != null && !after.afterBlank() && !after.stop();
  }

  /** A dateline in a block of its own ({@code Jakarta -}): it belongs to the paragraph after it. */
  private static boolean isDatelineStub(CharSequence text) {
    char last = text.charAt(text.length() - 1);
    return "-–—".indexOf(last) >= 0 && BodySelector.wordCount(text.toString()) <= DATELINE_STUB_MAX_WORDS;
  }

  private static boolean isOpeningMark(CharSequence text) {
    return text.length() == 1 && "\"“‘'".indexOf(text.charAt(0)) >= 0;
  }

  /** At most four words, each starting with a capital or a digit: {@code Kurang Motivasi}, {@code Pasal 4B}. */
  static boolean isTitleCase(String line) {
    String[] words = line.strip().split("\\s+");
    if (words.length > 4) {
      return false;
    }
    for (String word : words) {
      char c = word.charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }
}
