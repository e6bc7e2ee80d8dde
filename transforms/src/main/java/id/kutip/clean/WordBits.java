package id.kutip.clean;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words to bits, looked up by a region of a text without cutting the word out: an open-addressing table of the
 * words with linear probing, compared by {@link String#regionMatches}. The language identifier looks up every word
 * of every document; a {@code substring} and a map lookup per word were a fifth of cleaning.
 */
final class WordBits implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] words;
  private final int[] bits;
  private final int mask;

  /** The words in {@code bits} (none with 0 bits). */
  WordBits(Map<String, Integer> bitsOf) {
    int size = Integer.highestOneBit(Math.max(4, bitsOf.size() * 3)) << 1; // at most a third full
    words = new String[size];
    bits = new int[size];
    mask = size - 1;
    for (Map.Entry<String, Integer> e : new TreeMap<>(bitsOf).entrySet()) {
      if (e.getValue() == 0) {
        throw new IllegalArgumentException("no bits for " + e.getKey());
      }
      int slot = spread(e.getKey().hashCode()) & mask;
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      words[slot] = e.getKey();
      bits[slot] = e.getValue();
    }
  }

  /** The bits of {@code text[start, end)} as a word, 0 if it is not one of the words. */
  int get(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i); // String.hashCode of the region
    }
    int length = end - start;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String word = words[slot];
      if (word == null) {
        return 0;
      }
      if (word.length() == length && text.regionMatches(start, word, 0, length)) {
        return bits[slot];
      }
    }
  }

  int get(String word) {
    return get(word, 0, word.length());
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
