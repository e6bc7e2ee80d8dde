package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The interval answers equal those of a plain scan over every interval added, for any order of additions. */
class QuoteIntervalsTest {
  private record Interval(int start, int end, boolean direct) {}

  @Test
  void answersLikeAScanOverAllQuotes() {
    SplittableRandom random = new SplittableRandom(8);
    for (int round = 0; round < 200; round++) {
      QuoteIntervals intervals = new QuoteIntervals();
      List<Interval> added = new ArrayList<>();
      int span = 10 + random.nextInt(300);
      for (int i = 0; i < 60; i++) {
        int start = random.nextInt(span);
        Interval interval = new Interval(start, start + random.nextInt(40), random.nextBoolean());
        intervals.add(interval.start(), interval.end(), interval.direct());
        added.add(interval);
        for (int q = 0; q < 20; q++) {
          int a = random.nextInt(span + 40);
          int b = a + random.nextInt(60);
          assertEquals(added.stream().anyMatch(x -> x.start() < b && x.end() > a), intervals.overlaps(a, b),
              () -> "overlaps " + a + "," + b + " after " + added);
          assertEquals(added.stream().anyMatch(x -> x.direct() && x.start() >= a && x.end() <= b),
              intervals.holdsDirect(a, b), () -> "holds a direct quote " + a + "," + b + " after " + added);
        }
      }
    }
  }
}
