package id.kutip.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Gathers keyed values into lists per key before a {@code GroupByKey}, so that a shuffle over a few coarse buckets
 * moves one record per list instead of one per value. The band entries of {@code FindDuplicates} and
 * {@code ClusterStatements} are most of the records the job shuffles (41 per document, 10 per quote), and a runner's
 * cost per record (Flink's batch sorter compares records by their encoded keys, one deserialisation per comparison;
 * every record carries its window and timestamp) dwarfs the work per value.
 *
 * <p>Memory is bounded: a key's list is handed on when it reaches {@code maxPerKey} values, and every list when the
 * lists together hold {@code maxBuffered}. What is left is handed on by {@link #flush}, which a DoFn calls from its
 * {@code @FinishBundle}. Every value added is handed on exactly once, in the order it was added within its key.
 * Not thread-safe: one per DoFn instance, as a DoFn instance processes one bundle at a time.
 */
public final class KeyedBatches<K, V> {
  private final int maxPerKey;
  private final int maxBuffered;
  private final Map<K, List<V>> lists = new HashMap<>();
  private int buffered;

  public KeyedBatches(int maxPerKey, int maxBuffered) {
    if (maxPerKey < 1 || maxBuffered < 1) {
      throw new IllegalArgumentException("batch limits must be positive: " + maxPerKey + ", " + maxBuffered);
    }
    this.maxPerKey = maxPerKey;
    this.maxBuffered = maxBuffered;
  }

  /** Adds {@code value} under {@code key}; hands lists to {@code out} when a limit is reached. */
  public void add(K key, V value, BiConsumer<K, List<V>> out) {
    List<V> list = lists.computeIfAbsent(key, k -> new ArrayList<>());
    list.add(value);
    buffered++;
    if (list.size() >= maxPerKey) {
      lists.remove(key);
      buffered -= list.size();
      out.accept(key, list);
    }
    if (buffered >= maxBuffered) {
      flush(out);
    }
  }

  /** Hands every list held to {@code out} and forgets them. */
  public void flush(BiConsumer<K, List<V>> out) {
    if (lists.isEmpty()) {
      return;
    }
    // Copied first: out may be a runner's output, which should not see a map being changed under it.
    List<Map.Entry<K, List<V>>> entries = new ArrayList<>(lists.entrySet());
    lists.clear();
    buffered = 0;
    for (Map.Entry<K, List<V>> entry : entries) {
      out.accept(entry.getKey(), entry.getValue());
    }
  }

  /** How many values are held now. */
  public int buffered() {
    return buffered;
  }
}
