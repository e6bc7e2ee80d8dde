package id.kutip.quotes;

import id.kutip.schema.Entity;
import java.util.ArrayList;
import java.util.List;

/** A document's entities by position, for looking up what stands at or before an offset. */
final class EntityIndex {
  private static final java.util.Set<String> SPEAKER_TYPES = java.util.Set.of("PERSON", "ROLE", "ORGANIZATION", "LOCATION");
  private final String text;
  private final List<Entity> entities;

  EntityIndex(String text, List<Entity> entities) {
    this.text = text;
    this.entities = new ArrayList<>(entities);
    this.entities.sort((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
        : Integer.compare(b.getEnd(), a.getEnd()));
  }

  /** The entity that starts at {@code offset}, or null. */
  Entity startingAt(int offset) {
    int i = firstAtOrAfter(offset);
    return i < entities.size() && entities.get(i).getStart() == offset ? entities.get(i) : null;
  }

  /** The entity that ends at {@code offset}, or null. */
  Entity endingAt(int offset) {
    int first = firstAtOrAfter(offset);
    // Entities do not overlap, so the one ending here is among the few that start just before.
    for (int i = first - 1; i >= 0 && i >= first - 8; i--) {
      if (entities.get(i).getEnd() == offset) {
        return entities.get(i);
      }
    }
    return null;
  }

  /**
   * The run of entities that starts at {@code offset}, each separated from the last by one space: {@code Menteri
   * Luar Negeri} {@code Jerman} {@code Annalena Baerbock}.
   */
  List<Entity> chainFrom(int offset) {
    List<Entity> chain = new ArrayList<>();
    Entity e = startingAt(offset);
    while (e != null) {
      chain.add(e);
      int next = e.getEnd();
      if (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      e = next == e.getEnd() ? null : startingAt(next);
    }
    return chain;
  }

  /**
   * The run of entities that ends at {@code offset}, in text order, back to the first that is not a name, role or
   * place ({@code Kamis (2/3) Antony Blinken} gives {@code Antony Blinken}).
   */
  List<Entity> chainEndingAt(int offset) {
    List<Entity> chain = new ArrayList<>();
    Entity e = endingAt(offset);
    while (e != null && SPEAKER_TYPES.contains(e.getType())) {
      chain.add(0, e);
      int previous = e.getStart();
      e = previous > 0 && text.charAt(previous - 1) == ' ' ? endingAt(previous - 1) : null;
    }
    return chain;
  }

  /** The last PERSON entity that ends at or before {@code offset}, or null. */
  Entity lastPersonBefore(int offset) {
    for (int i = firstAtOrAfter(offset) - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.getType().equals("PERSON") && e.getEnd() <= offset) {
        return e;
      }
    }
    return null;
  }

  List<Entity> all() {
    return entities;
  }

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entities.get(mid).getStart() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
