package id.kutip.duplicates;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets and their locality-sensitive banding. Two texts whose shingle sets have
 * Jaccard similarity s agree on each signature position with probability s; the signature is cut into
 * {@value #BANDS} bands of {@value #ROWS} rows, and two texts that agree on a whole band become a candidate pair
 * (probability 1 - (1 - s^3)^40: 0.68 at s = 0.3, 0.94 at 0.4, 0.996 at 0.5). Candidates are then verified on the
 * whole signature, kept as the low {@value #COMPACT_BITS} bits of each value (b-bit MinHash: two different values
 * agree by chance once in 65,536, which does not move the estimate). All hash functions are fixed, so the same
 * text has the same signature on every run and runner.
 */
public final class MinHash {
  public static final int BANDS = 40;
  public static final int ROWS = 3;
  public static final int SIZE = BANDS * ROWS;
  public static final int COMPACT_BITS = 16;
  /** Seeds of the hash functions, derived from one fixed constant. */
  private static final long[] SEEDS = new long[SIZE];

  static {
    long seed = 0x4b7574697045L; // "KutipE"
    for (int i = 0; i < SIZE; i++) {
      seed = mix(seed + 0x9e3779b97f4a7c15L);
      SEEDS[i] = seed;
    }
  }

  private MinHash() {}

  /** The signature of a set of shingle hashes; all {@code Long.MAX_VALUE} for an empty set. */
  public static long[] signature(long[] shingleHashes) {
    long[] signature = new long[SIZE];
    Arrays.fill(signature, Long.MAX_VALUE);
    long[] hashes = new long[SIZE];
    for (long shingle : shingleHashes) {
      // Two loops, not one: the first has no branch, so HotSpot's C2 can run it in vector registers (several of a
      // shingle's 120 hashes at a time); with the minimum in the same loop this took twice as long.
      for (int i = 0; i < SIZE; i++) {
        hashes[i] = hash(shingle, i);
      }
      for (int i = 0; i < SIZE; i++) {
        if (hashes[i] < signature[i]) {
          signature[i] = hashes[i];
        }
      }
    }
    return signature;
  }

  /** Hash function {@code function} of the signature, applied to one shingle hash. */
  static long hash(long shingle, int function) {
    return mix(shingle ^ SEEDS[function]);
  }

  /**
   * A hash of one band's rows: two signatures with the same hash for the same band are a candidate pair. It reads
   * the compact signature ({@link #compact}), which is all that travels with a document's sketch, so that the band
   * keys can be cut from the one sketch downstream instead of carrying 41 keyed copies of it out of the sketching
   * step. Three 16-bit values agree by chance once in 2^48, so the compact values add almost no candidates beyond
   * those of the full ones, and every candidate is verified on the whole signature anyway.
   */
  public static long bandHash(short[] compact, int band) {
    long h = band;
    for (int row = 0; row < ROWS; row++) {
      h = mix(h * 31 + compact[band * ROWS + row]);
    }
    return h;
  }

  /** The signature as travels between workers: the low {@value #COMPACT_BITS} bits of each value. */
  public static short[] compact(long[] signature) {
    short[] compact = new short[signature.length];
    for (int i = 0; i < signature.length; i++) {
      compact[i] = (short) signature[i];
    }
    return compact;
  }

  /** The share of positions where two signatures agree: an estimate of the Jaccard similarity of the two sets. */
  public static double similarity(short[] a, short[] b) {
    int equal = 0;
    for (int i = 0; i < SIZE; i++) {
      equal += a[i] == b[i] ? 1 : 0;
    }
    return equal / (double) SIZE;
  }

  /** The finaliser of SplitMix64: spreads the bits of a 64-bit value. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
