package id.kutip.quotes;

import id.kutip.common.SortedInts;
import id.kutip.schema.Entity;
import java.util.ArrayList;
import java.util.List;

/** A document's entities by position, for looking up what stands at or before an offset. */
final class EntityIndex {
  private static final java.util.Set<String> SPEAKER_TYPES = java.util.Set.of("PERSON", "ROLE", "ORGANIZATION", "LOCATION");
  /**
   * The most entities a chain holds: a speaker phrase is a role, a few affiliations and a name. Capped so that a
   * text of nothing but names or titles in a row costs a constant per lookup, not the length of the row.
   */
  static final int MAX_CHAIN = 12;
  private final String text;
  private final List<Entity> entities;
  /** For each entity, the index of the last PERSON at or before it (-1 for none). */
  private final int[] lastPerson;

  EntityIndex(String text, List<Entity> entities) {
    this.text = text;
    this.entities = new ArrayList<>(entities);
    this.entities.sort((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
        : Integer.compare(b.getEnd(), a.getEnd()));
    this.lastPerson = new int[this.entities.size()];
    int last = -1;
    for (int i = 0; i < lastPerson.length; i++) {
      if (this.entities.get(i).getType().equals("PERSON")) {
        last = i;
      }
      lastPerson[i] = last;
    }
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
    while (e != null && chain.size() < MAX_CHAIN) {
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
    while (e != null && SPEAKER_TYPES.contains(e.getType()) && chain.size() < MAX_CHAIN) {
      chain.add(e);
      int previous = e.getStart();
      e = previous > 0 && text.charAt(previous - 1) == ' ' ? endingAt(previous - 1) : null;
    }
    java.util.Collections.reverse(chain);
    return chain;
  }

  /** The last PERSON entity that ends at or before {@code offset}, or null. */
  Entity lastPersonBefore(int offset) {
    int i = firstAtOrAfter(offset) - 1;
    int person = i < 0 ? -1 : lastPerson[i];
    while (person >= 0 && entities.get(person).getEnd() > offset) {
      person = person == 0 ? -1 : lastPerson[person - 1];
    }
    return person < 0 ? null : entities.get(person);
  }

  List<Entity> all() {
    return entities;
  }

  private int firstAtOrAfter(int offset) {
    return SortedInts.countBelow(entities.size(), i -> entities.get(i).getStart(), offset);
  }
}
