package id.kutip.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word 3-gram shingles of a statement and their MinHash signature, for finding the same statement across documents
 * without comparing all pairs: quotes that agree on all rows of a band share a key and are compared only then.
 */
public final class StatementShingles {
  /** Statements shorter than this (in words) are too generic to cluster: `Terima kasih`. */
  public static final int MIN_WORDS = 6;
  static final int BANDS = 10;
  /** Rows per band: a {@link BandKey} holds exactly three. */
  static final int ROWS = 3;
  private static final int SHINGLE = 3;
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private StatementShingles() {}

  /**
   * Sorted distinct hashes of the word 3-grams of the text (lower case, no punctuation); empty if too short. A word
   * is a run of letters and digits (\\p{L}, \\p{N}) of the NFKC-normalised, lower-cased text; a 3-gram's hash is
   * {@code String.hashCode} of its words joined by spaces, computed without building the string.
   */
  public static int[] shingles(String text) {
    String clean = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<int[]> words = new ArrayList<>(); // {start, end} in clean
    int i = 0;
    while (i < clean.length()) {
      int cp = clean.codePointAt(i);
      if (!isWordCodePoint(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < clean.length() && isWordCodePoint(cp = clean.codePointAt(i)));
      words.add(new int[] {start, i});
    }
    if (words.size() < MIN_WORDS) {
      return new int[0];
    }
    int[] hashes = new int[words.size() - SHINGLE + 1];
    for (int w = 0; w < hashes.length; w++) {
      int h = 0;
      for (int k = 0; k < SHINGLE; k++) {
        if (k > 0) {
          h = 31 * h + ' ';
        }
        int[] word = words.get(w + k);
        for (int c = word[0]; c < word[1]; c++) {
          h = 31 * h + clean.charAt(c);
        }
      }
      hashes[w] = h;
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int h = 0; h < hashes.length; h++) {
      if (h == 0 || hashes[h] != hashes[h - 1]) {
        hashes[distinct++] = hashes[h];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  private static boolean isWordCodePoint(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** One key per band of the MinHash signature: the band's number and its row minima (see {@link BandKey}). */
  public static List<BandKey> bandKeys(int[] shingles) {
    List<BandKey> keys = new ArrayList<>(BANDS);
    if (shingles.length == 0) {
      return keys;
    }
    for (int band = 0; band < BANDS; band++) {
      keys.add(new BandKey(band, minimum(shingles, band * ROWS), minimum(shingles, band * ROWS + 1),
          minimum(shingles, band * ROWS + 2)));
    }
    return keys;
  }

  private static long minimum(int[] shingles, int row) {
    long seed = SEEDS[row];
    long min = Long.MAX_VALUE;
    for (int shingle : shingles) {
      min = Math.min(min, mix(shingle ^ seed));
    }
    return min;
  }

  /** Jaccard similarity of two sorted distinct arrays. */
  public static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static long[] seeds(int n) {
    long[] s = new long[n];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < n; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }
}
