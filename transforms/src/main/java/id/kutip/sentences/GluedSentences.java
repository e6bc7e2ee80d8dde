package id.kutip.sentences;

import java.util.Arrays;

/**
 * Where a sentence is glued to the one before it, found by looking only at the sentence marks of a paragraph.
 *
 * <p>These are the two patterns below, written out by hand: as regexes, {@code find()} tried their lookbehinds at
 * every character of every paragraph, which took a fifth of the splitter's own time besides CoreNLP. Here only the
 * characters {@code . ! ?} and {@code "} are looked at, and the letters around them. {@code GluedSentencesTest}
 * checks that both give the same positions as the regexes on random text.
 *
 * <ul>
 *   <li>{@value #GLUED_REGEX}: a full stop (or ! ?) between a lower-case word and a capitalised one with no space
 *       ({@code perang.Pertemuan}, {@code inflasi".Pertemuan}); the position after the mark (and its closing quote).
 *   <li>{@value #OPENING_QUOTE_REGEX}: a straight quote glued to both the full stop before it and the capitalised
 *       word after it ({@code (10/6/2025)."Nggak saya tagih.}); the position of the quote.
 * </ul>
 *
 * Letters are Unicode general categories, as {@code \p{Ll}} and {@code \p{Lu}} are in Java regexes.
 */
final class GluedSentences {
  static final String GLUED_REGEX = "(?<=\\p{Ll}\\p{Ll})[\"”’)]?[.!?][\"”’)]?(?=[\"“‘(]?\\p{Lu}\\p{Ll})";
  static final String OPENING_QUOTE_REGEX = "(?<=[.!?])\"(?=\\p{Lu}\\p{Ll})";

  private GluedSentences() {}

  /** The ends of the {@link #GLUED_REGEX} matches, in increasing order, as {@code find()} would give them. */
  static int[] gluedEnds(String s) {
    int[] out = new int[4];
    int size = 0;
    int searchFrom = 0; // find() goes on from the end of the last match
    for (int p = 0; p < s.length(); p++) {
      if (!isSentenceMark(s.charAt(p))) {
        continue;
      }
      // The match starts at a closing mark right before the full stop, if there is one, else at the full stop.
      int start = p > 0 && isClosing(s.charAt(p - 1)) ? p - 1 : p;
      if (start < searchFrom || !lowerBefore(s, start, 2)) {
        continue;
      }
      int end = p + 1;
      if (end < s.length() && isClosing(s.charAt(end)) && capitalisedWordAt(s, end + 1)) {
        end++; // the optional closing mark is taken when the rest still matches (the regex is greedy)
      } else if (!capitalisedWordAt(s, end)) {
        continue;
      }
      if (size == out.length) {
        out = Arrays.copyOf(out, size * 2);
      }
      out[size++] = end;
      searchFrom = end;
    }
    return Arrays.copyOf(out, size);
  }

  /** The starts of the {@link #OPENING_QUOTE_REGEX} matches, in increasing order. */
  static int[] openingQuotes(String s) {
    int[] out = new int[4];
    int size = 0;
    for (int q = 1; q < s.length(); q++) {
      if (s.charAt(q) == '"' && isSentenceMark(s.charAt(q - 1)) && upperLowerAt(s, q + 1)) {
        if (size == out.length) {
          out = Arrays.copyOf(out, size * 2);
        }
        out[size++] = q;
      }
    }
    return Arrays.copyOf(out, size);
  }

  private static boolean isSentenceMark(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '”' || c == '’' || c == ')';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '(';
  }

  /** {@code [\"“‘(]?\p{Lu}\p{Ll}} at {@code at}. */
  private static boolean capitalisedWordAt(String s, int at) {
    return upperLowerAt(s, at) || at < s.length() && isOpening(s.charAt(at)) && upperLowerAt(s, at + 1);
  }

  /** {@code \p{Lu}\p{Ll}} at {@code at}, by code points. */
  private static boolean upperLowerAt(String s, int at) {
    if (at >= s.length()) {
      return false;
    }
    int first = s.codePointAt(at);
    int next = at + Character.charCount(first);
    return Character.getType(first) == Character.UPPERCASE_LETTER && next < s.length()
        && Character.getType(s.codePointAt(next)) == Character.LOWERCASE_LETTER;
  }

  /** {@code count} code points of {@code \p{Ll}} right before {@code at}. */
  private static boolean lowerBefore(String s, int at, int count) {
    int k = at;
    for (int i = 0; i < count; i++) {
      if (k <= 0) {
        return false;
      }
      int c = s.codePointBefore(k);
      if (Character.getType(c) != Character.LOWERCASE_LETTER) {
        return false;
      }
      k -= Character.charCount(c);
    }
    return true;
  }
}
