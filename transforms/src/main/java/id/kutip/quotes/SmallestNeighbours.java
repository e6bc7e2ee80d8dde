package id.kutip.quotes;

import id.kutip.common.KeyedBatches;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.values.KV;

/**
 * Combines the edges the pair-confirming step sends before they are shuffled: for each quote only its smallest
 * neighbour, since that is all the join reads of them (a quote's cluster is the smaller of its own id and its
 * smallest neighbour's). The edges leave in lists per join group, so that the join's shuffle moves one record a
 * list, not one an edge: a quote said in many documents has an edge in every band it shares with a smaller one,
 * about eight edges a quote in the synthetic corpus, and Flink's batch sorter compares records by their encoded
 * keys, deserialising both for each comparison.
 *
 * <p>Memory is bounded: when {@code maxQuotes} quotes are held, every list is handed on, and the rest by
 * {@link #flush}, which the DoFn calls from its {@code @FinishBundle}. A quote may then be sent twice, in lists from
 * different flushes, with the smaller neighbour winning in the join as before. Not thread-safe: one per DoFn
 * instance.
 */
final class SmallestNeighbours {
  /** Edges a list holds at most: a list is one record of the join's shuffle. */
  static final int LIST_SIZE = 500;

  private record Held(int joinGroup, String neighbourId) {}

  private final int maxQuotes;
  private final Map<String, Held> smallest = new HashMap<>();

  SmallestNeighbours(int maxQuotes) {
    if (maxQuotes < 1) {
      throw new IllegalArgumentException("maxQuotes must be positive: " + maxQuotes);
    }
    this.maxQuotes = maxQuotes;
  }

  /**
   * Records that {@code quoteId}, whose document's join group is {@code joinGroup}, has the confirmed neighbour
   * {@code neighbourId}; hands every list to {@code out} once {@code maxQuotes} quotes are held.
   */
  void add(int joinGroup, String quoteId, String neighbourId, BiConsumer<Integer, List<KV<String, String>>> out) {
    smallest.merge(quoteId, new Held(joinGroup, neighbourId),
        (held, added) -> added.neighbourId().compareTo(held.neighbourId()) < 0 ? added : held);
    if (smallest.size() >= maxQuotes) {
      flush(out);
    }
  }

  /** Hands every quote held, with its smallest neighbour, to {@code out} in lists per join group, and forgets them. */
  void flush(BiConsumer<Integer, List<KV<String, String>>> out) {
    // Only the list size bounds these lists: everything held is sent now.
    KeyedBatches<Integer, KV<String, String>> lists = new KeyedBatches<>(LIST_SIZE, Integer.MAX_VALUE);
    for (Map.Entry<String, Held> entry : smallest.entrySet()) {
      lists.add(entry.getValue().joinGroup(), KV.of(entry.getKey(), entry.getValue().neighbourId()), out);
    }
    smallest.clear();
    lists.flush(out);
  }

  /** How many quotes are held now. */
  int held() {
    return smallest.size();
  }
}
