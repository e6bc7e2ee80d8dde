package id.kutip.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Words for dictionary matching: runs of letters and digits, kept whole across inner hyphens, apostrophes and
 * dots and commas between digits ({@code negara-negara}, {@code Ma'ruf}, {@code 10.000}). Punctuation is not a
 * token. A hand-written scanner, not a regex: linear on any input.
 */
public final class WordTokenizer {
  private WordTokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        if (isWordChar(text, i)) {
          i += Character.charCount(text.codePointAt(i));
        } else if (i > start && i + 1 < n && joins(text, i)) {
          i++;
        } else {
          break;
        }
      }
      tokens.add(new Token(text.substring(start, i), start, i));
    }
    return tokens;
  }

  private static boolean isWordChar(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x80) { // most text: no lookup of the code point's type
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    int cp = text.codePointAt(i);
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  /** Hyphens and apostrophes join words; dots and commas join digits only (10.000, 22.01, 2,5). */
  private static boolean joins(String text, int i) {
    char c = text.charAt(i);
    if (c == '-' || c == '\'' || c == '’') {
      return isWordChar(text, i + 1);
    }
    if (c == '.' || c == ',') {
      return Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }
    return false;
  }
}
