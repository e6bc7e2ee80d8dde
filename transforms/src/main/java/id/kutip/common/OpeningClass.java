package id.kutip.common;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one character class a rule's regex may open with as a lookahead ({@code (?=[SRKJMA])}, {@code (?=\d)},
 * {@code (?=\p{Lu})}, and nothing else in the group): a match can start only at such a char, so a search need try the
 * regex only there. {@link #find} gives the matches {@link Matcher#find()} gives, trying the regex at those places
 * only: {@code find()} itself would test the lookahead at every char.
 */
public final class OpeningClass {
  private static final Pattern OPENING =
      Pattern.compile("^\\(\\?=(\\[(?:[^\\]\\\\\\[]|\\\\.)+]|\\\\[dDsSwW]|\\\\[pP]\\{\\w+})\\)");

  private OpeningClass() {}

  /**
   * The chars the opening class of {@code pattern} admits, under the pattern's flags, or null when the regex opens
   * otherwise. High surrogates are always in it, so that a class of letters outside the BMP loses nothing.
   */
  public static BitSet of(Pattern pattern) {
    Matcher opening = OPENING.matcher(pattern.pattern());
    if (!opening.find()) {
      return null;
    }
    Pattern startClass = Pattern.compile(opening.group(1), pattern.flags());
    BitSet chars = new BitSet(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isHighSurrogate((char) c) || startClass.matcher(String.valueOf((char) c)).matches()) {
        chars.set(c);
      }
    }
    return chars;
  }

  /** Where the opening lookahead of {@code regex} ends, or -1 when it has none. */
  public static int end(String regex) {
    Matcher opening = OPENING.matcher(regex);
    return opening.find() ? opening.end() : -1;
  }

  /** A match's span. */
  @FunctionalInterface
  public interface Span {
    void accept(int start, int end);
  }

  /**
   * Each non-empty match of {@code pattern} in {@code text}, left to right, as {@code find()} would find them: tried
   * only at the chars of {@code starts} (from {@link #of}), with the text around each place visible to lookbehinds
   * and word boundaries, and after a match from its end on. With {@code starts} null (a regex without an opening
   * class), {@code find()} itself searches.
   */
  public static void find(Pattern pattern, BitSet starts, String text, Span span) {
    if (starts == null) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          span.accept(m.start(), m.end());
        }
      }
      return;
    }
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (i < from || !starts.get(text.charAt(i))) {
        continue;
      }
      m.region(i, text.length());
      if (m.lookingAt() && m.end() > m.start()) {
        span.accept(m.start(), m.end());
        from = m.end();
      }
    }
  }
}
