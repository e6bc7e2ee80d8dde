package id.kutip.common;

import java.util.function.IntUnaryOperator;

/**
 * Questions about increasing offsets (of marks, commas, words, sentences, entities in a text), by binary search: the
 * one lower bound that the cores share instead of each writing its own.
 */
public final class SortedInts {
  private SortedInts() {}

  /**
   * How many of the increasing {@code values} are below {@code limit}: the index of the first value at or above it
   * (a lower bound), {@code values.length} if there is none.
   */
  public static int countBelow(int[] values, int limit) {
    // The same search as below, written out: through the lambda it cost a twentieth of the quote core.
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] < limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The same over {@code size} increasing values given by position ({@code sentences.get(i).getStart()}). */
  public static int countBelow(int size, IntUnaryOperator valueAt, int limit) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (valueAt.applyAsInt(mid) < limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
