package id.kutip.quotes;

/**
 * The words of a stretch of text as the attributor reads them: a letter or digit, then letters, digits, apostrophes
 * and hyphens; what the regex {@code [\p{L}\p{N}][\p{L}\p{N}'’-]*+} finds in a matcher's region, found by a loop.
 * The regex tested each character against a union of Unicode classes through a chain of predicates: an eighth of
 * the attribution's time went there. Used like a {@code Matcher}: {@link #find}, then {@link #start}, {@link #end},
 * {@link #group}.
 */
final class Words {
  private final String text;
  private final int to;
  private int position;
  private int start = -1;
  private int end = -1;

  /** The words within {@code [from, to)}; a word ends at {@code to}, as a regex's does at its region's end. */
  Words(String text, int from, int to) {
    this.text = text;
    this.position = from;
    this.to = to;
  }

  /** Finds the next word; false when there is none before the end. */
  boolean find() {
    for (int i = position; i < to; i++) {
      int first = wordCodePoint(i, true);
      if (first > 0) {
        int e = i + first;
        for (int n = wordCodePoint(e, false); n > 0; n = wordCodePoint(e, false)) {
          e += n;
        }
        start = i;
        end = e;
        position = e;
        return true;
      }
    }
    position = to;
    return false;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String group() {
    return text.substring(start, end);
  }

  /**
   * The length in chars of the word character at {@code i} (a letter or digit, and when not {@code first} also an
   * apostrophe or hyphen), or 0. A code point is read whole, and does not count if it runs past the end.
   */
  private int wordCodePoint(int i, boolean first) {
    if (i >= to) {
      return 0;
    }
    char c = text.charAt(i);
    if (c < 0x80) {
      boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      return letterOrDigit || !first && (c == '\'' || c == '-') ? 1 : 0;
    }
    if (!first && c == '’') {
      return 1;
    }
    int codePoint = text.codePointAt(i);
    int length = Character.charCount(codePoint);
    return i + length <= to && (Character.isLetter(codePoint) || isNumber(codePoint)) ? length : 0;
  }

  /** {@code \p{N}}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts, fractions). */
  private static boolean isNumber(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
