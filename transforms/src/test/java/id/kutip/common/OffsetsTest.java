package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OffsetsTest {
  private static int[] byLoop(String text, String chars) {
    return IntStream.range(0, text.length()).filter(i -> chars.indexOf(text.charAt(i)) >= 0).toArray();
  }

  @Test
  void findsEachCharInOrder() {
    String text = "“Ya,” kata dia, \"tidak\".";
    assertArrayEquals(new int[] {3, 14}, Offsets.of(text, ','));
    assertArrayEquals(new int[] {0, 4, 16, 22}, Offsets.ofAny(text, '"', '“', '”'));
    assertArrayEquals(new int[0], Offsets.of("", ','));
  }

  /** The same offsets as reading every char, on random texts of Latin-1 and other chars. */
  @Test
  void agreesWithALoopOverEveryChar() {
    SplittableRandom random = new SplittableRandom(11);
    String alphabet = "ab ,\"“”é\n.";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(0, 200); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 3 : alphabet.length())));
      }
      String t = text.toString();
      assertArrayEquals(byLoop(t, ","), Offsets.of(t, ','), t);
      assertArrayEquals(byLoop(t, "\"“”"), Offsets.ofAny(t, '"', '“', '”'), t);
      assertArrayEquals(byLoop(t, "é\n"), Offsets.ofAny(t, 'é', '\n'), () -> t + Arrays.toString(byLoop(t, "é\n")));
    }
  }
}
