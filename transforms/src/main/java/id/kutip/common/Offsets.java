package id.kutip.common;

import java.util.Arrays;

/**
 * Where given chars stand in a text, in increasing order, found with {@link String#indexOf(int, int)}: the JDK's
 * search runs over many chars at a time, several times faster than a loop that reads each char.
 */
public final class Offsets {
  private Offsets() {}

  /** The offsets of {@code c} in {@code text}, increasing. */
  public static int[] of(String text, char c) {
    int[] at = new int[16];
    int count = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      if (count == at.length) {
        at = Arrays.copyOf(at, 2 * count);
      }
      at[count++] = i;
    }
    return Arrays.copyOf(at, count);
  }

  /** The offsets of any of {@code chars} (distinct) in {@code text}, increasing. */
  public static int[] ofAny(String text, char... chars) {
    int[][] each = new int[chars.length][];
    int total = 0;
    for (int k = 0; k < chars.length; k++) {
      each[k] = of(text, chars[k]);
      total += each[k].length;
    }
    int[] all = new int[total];
    int filled = 0;
    for (int[] offsets : each) {
      System.arraycopy(offsets, 0, all, filled, offsets.length);
      filled += offsets.length;
    }
    Arrays.sort(all);
    return all;
  }
}
