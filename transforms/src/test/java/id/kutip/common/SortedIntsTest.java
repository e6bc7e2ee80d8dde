package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SortedIntsTest {
  @Test
  void countsTheValuesBelowALimit() {
    int[] values = {2, 5, 5, 9};
    assertEquals(0, SortedInts.countBelow(values, 2));
    assertEquals(1, SortedInts.countBelow(values, 3));
    assertEquals(1, SortedInts.countBelow(values, 5), "equal values are not below");
    assertEquals(3, SortedInts.countBelow(values, 6));
    assertEquals(4, SortedInts.countBelow(values, 10));
    assertEquals(0, SortedInts.countBelow(new int[0], 7));
  }

  @Test
  void agreesWithCountingOneByOne() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 500; round++) {
      int[] values = random.ints(random.nextInt(0, 40), 0, 100).sorted().toArray();
      int limit = random.nextInt(-5, 110);
      assertEquals(Arrays.stream(values).filter(v -> v < limit).count(), SortedInts.countBelow(values, limit),
          Arrays.toString(values) + " below " + limit);
    }
  }
}
