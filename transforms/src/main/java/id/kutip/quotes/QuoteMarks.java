package id.kutip.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks within a paragraph. Straight and curly marks count alike, because Kompas prints
 * {@code ”} as the opening mark too; {@code “} always opens. A quote left open at the paragraph's end runs on
 * (multi-paragraph quotes reopen each paragraph without closing the previous one).
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** The quote marks: straight, opening and closing double quotes. */
  static final char[] MARKS = {'"', '“', '”'};

  static boolean isMark(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  static List<QuoteSpan> find(String text, int from, int to) {
    List<QuoteSpan> spans = new ArrayList<>();
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isMark(c)) {
        continue;
      }
      if (open < 0 || c == '“' && i > open + 1 && text.charAt(i - 1) == ' ') {
        open = i;
      } else {
        add(text, open, i, true, spans);
        open = -1;
      }
    }
    if (open >= 0) {
      add(text, open, to, false, spans);
    }
    return spans;
  }

  private static void add(String text, int open, int close, boolean closed, List<QuoteSpan> spans) {
    int start = open + 1;
    int end = close;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    if (end > start) {
      spans.add(new QuoteSpan(open, close, start, end, closed));
    }
  }
}
