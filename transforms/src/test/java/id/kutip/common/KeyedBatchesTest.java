package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyedBatchesTest {
  /** What a DoFn would send: the lists, in the order they were handed on. */
  private final List<Map.Entry<Integer, List<Integer>>> sent = new ArrayList<>();

  private void send(Integer key, List<Integer> list) {
    sent.add(Map.entry(key, List.copyOf(list)));
  }

  @Test
  void aKeysListIsSentWhenItIsFullAndTheRestOnFlush() {
    KeyedBatches<Integer, Integer> batches = new KeyedBatches<>(3, 100);
    for (int i = 0; i < 7; i++) {
      batches.add(1, i, this::send);
    }
    batches.add(2, 100, this::send);
    assertEquals(List.of(Map.entry(1, List.of(0, 1, 2)), Map.entry(1, List.of(3, 4, 5))), sent);
    assertEquals(2, batches.buffered());

    batches.flush(this::send);
    assertEquals(0, batches.buffered());
    assertEquals(4, sent.size());
    assertTrue(sent.containsAll(List.of(Map.entry(1, List.of(6)), Map.entry(2, List.of(100)))), sent.toString());

    batches.flush(this::send);
    assertEquals(4, sent.size(), "a second flush has nothing left to send");
  }

  @Test
  void everyListIsSentWhenTheyTogetherReachTheBufferLimit() {
    KeyedBatches<Integer, Integer> batches = new KeyedBatches<>(10, 4);
    batches.add(1, 1, this::send);
    batches.add(2, 2, this::send);
    batches.add(3, 3, this::send);
    assertTrue(sent.isEmpty());
    batches.add(1, 4, this::send);
    assertEquals(0, batches.buffered());
    assertEquals(3, sent.size());
    assertTrue(sent.containsAll(List.of(Map.entry(1, List.of(1, 4)), Map.entry(2, List.of(2)), Map.entry(3, List.of(3)))));
  }

  @Test
  void everyValueIsSentOnceUnderItsKeyInTheOrderAddedAndNoListOutgrowsItsLimits() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      sent.clear();
      int maxPerKey = 1 + random.nextInt(20);
      int maxBuffered = 1 + random.nextInt(60);
      KeyedBatches<Integer, Integer> batches = new KeyedBatches<>(maxPerKey, maxBuffered);
      Map<Integer, List<Integer>> added = new HashMap<>();
      int values = random.nextInt(500);
      for (int i = 0; i < values; i++) {
        int key = random.nextInt(1 + random.nextInt(30));
        added.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        batches.add(key, i, this::send);
        assertTrue(batches.buffered() < maxBuffered, "held " + batches.buffered() + " of at most " + maxBuffered);
      }
      batches.flush(this::send);

      Map<Integer, List<Integer>> received = new HashMap<>();
      for (Map.Entry<Integer, List<Integer>> list : sent) {
        assertTrue(!list.getValue().isEmpty() && list.getValue().size() <= maxPerKey, list.toString());
        received.computeIfAbsent(list.getKey(), k -> new ArrayList<>()).addAll(list.getValue());
      }
      assertEquals(added, received, "round " + round);
    }
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new KeyedBatches<Integer, Integer>(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new KeyedBatches<Integer, Integer>(10, 0));
  }
}
