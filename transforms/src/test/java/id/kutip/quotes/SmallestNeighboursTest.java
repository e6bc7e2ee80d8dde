package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

class SmallestNeighboursTest {
  /** The lists handed on, in order, each with the flush it came from. */
  private final List<Map.Entry<Integer, List<KV<String, String>>>> sent = new ArrayList<>();

  private void send(Integer group, List<KV<String, String>> list) {
    sent.add(Map.entry(group, List.copyOf(list)));
  }

  @Test
  void onlyEachQuotesSmallestNeighbourLeavesInAListOfItsJoinGroup() {
    SmallestNeighbours neighbours = new SmallestNeighbours(100);
    neighbours.add(3, "q5", "q2", this::send);
    neighbours.add(3, "q5", "q1", this::send);
    neighbours.add(3, "q5", "q4", this::send);
    neighbours.add(7, "q9", "q8", this::send);
    assertTrue(sent.isEmpty(), "nothing leaves before the flush");
    assertEquals(2, neighbours.held());

    neighbours.flush(this::send);
    assertEquals(0, neighbours.held());
    assertEquals(2, sent.size());
    assertTrue(sent.containsAll(List.of(
        Map.entry(3, List.of(KV.of("q5", "q1"))), Map.entry(7, List.of(KV.of("q9", "q8"))))), sent.toString());

    neighbours.flush(this::send);
    assertEquals(2, sent.size(), "a second flush has nothing left to send");
  }

  @Test
  void everythingHeldLeavesWhenTheQuoteLimitIsReached() {
    SmallestNeighbours neighbours = new SmallestNeighbours(2);
    neighbours.add(1, "a", "0", this::send);
    neighbours.add(1, "a", "00", this::send);
    assertTrue(sent.isEmpty(), "one quote held, however many edges");
    neighbours.add(2, "b", "0", this::send);
    assertEquals(0, neighbours.held());
    assertEquals(2, sent.size());
  }

  @Test
  void noListOutgrowsItsSize() {
    SmallestNeighbours neighbours = new SmallestNeighbours(10_000);
    int quotes = 2 * SmallestNeighbours.LIST_SIZE + 7;
    for (int i = 0; i < quotes; i++) {
      neighbours.add(0, "q" + i, "n", this::send);
    }
    neighbours.flush(this::send);
    assertEquals(3, sent.size());
    int total = 0;
    for (Map.Entry<Integer, List<KV<String, String>>> list : sent) {
      assertTrue(list.getValue().size() <= SmallestNeighbours.LIST_SIZE, list.getValue().size() + " edges");
      total += list.getValue().size();
    }
    assertEquals(quotes, total);
  }

  /**
   * Random edges under random limits: the smallest neighbour of a quote among all edges sent is its smallest among
   * those added, every edge sent was added, in its quote's join group, and no flush sends a quote twice.
   */
  @Test
  void theJoinReadsTheSameSmallestNeighbourAsFromEveryEdge() {
    Random random = new Random(11);
    for (int round = 0; round < 100; round++) {
      sent.clear();
      int maxQuotes = 1 + random.nextInt(40);
      SmallestNeighbours neighbours = new SmallestNeighbours(maxQuotes);
      Map<String, String> expected = new HashMap<>();
      Set<String> added = new HashSet<>();
      List<Integer> flushEnds = new ArrayList<>();
      for (int e = 0; e < 300; e++) {
        String quote = "q" + random.nextInt(60);
        String neighbour = "n" + random.nextInt(1000);
        expected.merge(quote, neighbour, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        added.add(quote + ">" + neighbour);
        int before = sent.size();
        neighbours.add(group(quote), quote, neighbour, this::send);
        if (sent.size() > before) {
          flushEnds.add(sent.size());
        }
      }
      neighbours.flush(this::send);
      flushEnds.add(sent.size());

      Map<String, String> smallest = new HashMap<>();
      int from = 0;
      for (int end : flushEnds) {
        Set<String> inThisFlush = new HashSet<>();
        for (Map.Entry<Integer, List<KV<String, String>>> list : sent.subList(from, end)) {
          for (KV<String, String> edge : list.getValue()) {
            assertEquals(group(edge.getKey()), list.getKey(), edge.toString());
            assertTrue(added.contains(edge.getKey() + ">" + edge.getValue()), edge.toString());
            assertTrue(inThisFlush.add(edge.getKey()), "sent twice in one flush: " + edge);
            smallest.merge(edge.getKey(), edge.getValue(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
          }
        }
        from = end;
      }
      assertEquals(expected, smallest, "round " + round);
    }
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SmallestNeighbours(0));
  }

  private static int group(String quote) {
    return Math.floorMod(quote.hashCode(), 5);
  }
}
