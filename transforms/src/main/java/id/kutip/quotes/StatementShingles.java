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
  static final int ROWS = 3;
  private static final int SHINGLE = 3;
  private static final long[] SEEDS = seeds(BANDS * ROWS);

  private StatementShingles() {}

  /** Sorted distinct hashes of the word 3-grams of the text (lower case, no punctuation); empty if too short. */
  public static int[] shingles(String text) {
    String clean = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\s]", " ");
    String[] words = Arrays.stream(clean.split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (words.length < MIN_WORDS) {
      return new int[0];
    }
    int[] hashes = new int[words.length - SHINGLE + 1];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = (words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]).hashCode();
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /** One key per band of the MinHash signature. */
  public static List<String> bandKeys(int[] shingles) {
    List<String> keys = new ArrayList<>(BANDS);
    if (shingles.length == 0) {
      return keys;
    }
    for (int band = 0; band < BANDS; band++) {
      StringBuilder key = new StringBuilder().append(band);
      for (int row = 0; row < ROWS; row++) {
        long seed = SEEDS[band * ROWS + row];
        long min = Long.MAX_VALUE;
        for (int shingle : shingles) {
          min = Math.min(min, mix(shingle ^ seed));
        }
        key.append(':').append(Long.toHexString(min));
      }
      keys.add(key.toString());
    }
    return keys;
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
