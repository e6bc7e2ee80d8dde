package id.kutip.quotes;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quotes of a document found so far, as intervals [start, end), for the two questions the attributor asks
 * before it adds a statement: does a quote overlap this span, and does a direct quote lie inside it. Each answer
 * costs a logarithm, not a pass over every quote so far: a document of thousands of statements stays linear.
 *
 * <p>Each question keeps only the intervals that can answer it. For overlaps, an interval is dropped when another
 * starts no later and ends no sooner (it overlaps whatever the dropped one overlaps); what is kept ends later the
 * later it starts, so the last one starting before a span has the latest end of all those. For containment, an
 * interval is dropped when another lies inside it; what is kept ends later the later it starts, so the first one
 * starting in a span has the earliest end of all those.
 */
final class QuoteIntervals {
  /** Start to end: intervals no other covers to the left, ends increasing. */
  private final TreeMap<Integer, Integer> outer = new TreeMap<>();
  /** Start to end of direct quotes none of which holds another, ends increasing. */
  private final TreeMap<Integer, Integer> innerDirect = new TreeMap<>();

  void add(int start, int end, boolean direct) {
    Map.Entry<Integer, Integer> before = outer.floorEntry(start);
    if (before == null || before.getValue() < end) {
      Iterator<Map.Entry<Integer, Integer>> after = outer.tailMap(start, true).entrySet().iterator();
      while (after.hasNext() && after.next().getValue() <= end) {
        after.remove();
      }
      outer.put(start, end);
    }
    if (direct) {
      Map.Entry<Integer, Integer> inside = innerDirect.ceilingEntry(start);
      if (inside == null || inside.getValue() > end) {
        Iterator<Map.Entry<Integer, Integer>> around = innerDirect.headMap(start, true).descendingMap().entrySet().iterator();
        while (around.hasNext() && around.next().getValue() >= end) {
          around.remove();
        }
        innerDirect.put(start, end);
      }
    }
  }

  /** Whether a quote overlaps [start, end). */
  boolean overlaps(int start, int end) {
    Map.Entry<Integer, Integer> last = outer.lowerEntry(end);
    return last != null && last.getValue() > start;
  }

  /** Whether a direct quote lies inside [start, end). */
  boolean holdsDirect(int start, int end) {
    Map.Entry<Integer, Integer> first = innerDirect.ceilingEntry(start);
    return first != null && first.getValue() <= end;
  }
}
