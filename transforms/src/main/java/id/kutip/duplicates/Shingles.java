package id.kutip.duplicates;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word shingles of a text, hashed: the text lower-cased and reduced to its words (letters and digits), then
 * every run of {@value #WORDS} consecutive words. A text of fewer words is one shingle. Punctuation, spacing and
 * case do not count, so the same story with other quotation marks or line breaks has the same shingles.
 */
public final class Shingles {
  /** Words per shingle: three keep short syndicated stories apart from merely similar ones on the same event. */
  public static final int WORDS = 3;

  private Shingles() {}

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /**
   * The text NFKC-normalised and lower-cased, cut into its runs of letters and numbers ({@code \p{L}}, {@code \p{N}}),
   * by one pass over its code points rather than a regex split.
   */
  public static List<String> words(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      if (isWordChar(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(normalized.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(normalized.substring(start));
    }
    return words;
  }

  /** A letter or a number: the code points {@code \p{L}} and {@code \p{N}} match. */
  static boolean isWordChar(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * The 64-bit hashes of the shingles of these words ({@link #words}), one per position (repeats included): each the
   * {@link #hash64} of its words joined by a space, computed over each word's UTF-8 bytes without building the
   * shingle's string.
   */
  public static long[] hashes(List<String> words) {
    if (words.isEmpty()) {
      return new long[0];
    }
    byte[][] bytes = new byte[words.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
    }
    int count = Math.max(1, words.size() - WORDS + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long hash = FNV_OFFSET;
      for (int w = i; w < Math.min(words.size(), i + WORDS); w++) {
        if (w > i) {
          hash = (hash ^ ' ') * FNV_PRIME;
        }
        hash = fnv(hash, bytes[w]);
      }
      hashes[i] = MinHash.mix(hash);
    }
    return hashes;
  }

  /** The hash of a whole text's words ({@link #words}): equal for exact duplicates. */
  public static long contentHash(List<String> words) {
    return hash64(String.join(" ", words));
  }

  /** FNV-1a over UTF-8, then a final mix: stable across JVMs and runs, unlike {@code String.hashCode} salting. */
  static long hash64(String value) {
    return MinHash.mix(fnv(FNV_OFFSET, value.getBytes(StandardCharsets.UTF_8)));
  }

  private static long fnv(long hash, byte[] bytes) {
    long h = hash;
    for (byte b : bytes) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    return h;
  }
}
