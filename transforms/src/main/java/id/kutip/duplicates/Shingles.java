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

  public static List<String> words(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : normalized.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The 64-bit hashes of the text's shingles, one per position (repeats included). */
  public static long[] hashes(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - WORDS + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + WORDS)));
      hashes[i] = hash64(shingle);
    }
    return hashes;
  }

  /** The whole normalised text's hash: equal for exact duplicates. */
  public static long contentHash(String text) {
    return hash64(String.join(" ", words(text)));
  }

  /** FNV-1a over UTF-8, then a final mix: stable across JVMs and runs, unlike {@code String.hashCode} salting. */
  static long hash64(String value) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return MinHash.mix(hash);
  }
}
