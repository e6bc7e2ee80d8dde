package id.kutip.duplicates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {

  @Test
  void eachPositionIsTheSmallestHashOfItsFunctionOverTheShingles() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      long[] shingles = new long[random.nextInt(400)];
      for (int j = 0; j < shingles.length; j++) {
        // Some repeats, and values at both ends of the range.
        shingles[j] = random.nextInt(4) == 0 ? random.nextInt(50) : random.nextLong();
      }
      long[] expected = new long[MinHash.SIZE];
      for (int function = 0; function < MinHash.SIZE; function++) {
        long min = Long.MAX_VALUE;
        for (long shingle : shingles) {
          min = Math.min(min, MinHash.hash(shingle, function));
        }
        expected[function] = min;
      }
      assertArrayEquals(expected, MinHash.signature(shingles), "round " + round);
    }
  }

  @Test
  void theHashFunctionsDiffer() {
    assertNotEquals(MinHash.hash(42, 0), MinHash.hash(42, 1));
    assertEquals(MinHash.hash(42, 5), MinHash.hash(42, 5));
  }
}
