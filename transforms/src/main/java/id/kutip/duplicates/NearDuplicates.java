package id.kutip.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When two documents are copies of one another: the same normalised text, or word-trigram sets whose Jaccard
 * similarity, as estimated by their MinHash signatures, is at least {@value #THRESHOLD}. Syndicated copies of a
 * wire story rewritten by two outlets (the seeds' Reuters story in Tempo and in another outlet) are about 0.5;
 * different articles on the same event stay under 0.15.
 */
public final class NearDuplicates {
  public static final double THRESHOLD = 0.3;

  private NearDuplicates() {}

  public static boolean areDuplicates(Sketch a, Sketch b) {
    return a.contentHash() == b.contentHash() || MinHash.similarity(a.signature(), b.signature()) >= THRESHOLD;
  }

  /** A document's place in its group: the group's id and the representative it duplicates (null if it is one). */
  public record Assignment(String clusterId, String duplicateOf) {}

  /** The assignments of a group's members, by key: cluster id = smallest doc id, representative by total order. */
  public static Map<String, Assignment> assign(List<Sketch> group) {
    Sketch named = group.stream().min(Sketch.BY_ID).orElseThrow();
    Sketch representative = group.stream().min(Sketch.REPRESENTATIVE).orElseThrow();
    Map<String, Assignment> assignments = new HashMap<>();
    for (Sketch member : group) {
      String duplicateOf = member.key().equals(representative.key()) ? null : representative.docId();
      assignments.put(member.key(), new Assignment(named.docId(), duplicateOf));
    }
    return assignments;
  }

  /**
   * The groups of a collection held in memory, by comparing every pair: the reference that the Beam transform
   * {@link FindDuplicates} (banded, across workers) is tested against, and a tool for small sets. Groups are the
   * connected components of the duplicate relation, in the order of their smallest member.
   */
  public static List<List<Sketch>> groupsInMemory(List<Sketch> sketches) {
    int n = sketches.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (areDuplicates(sketches.get(i), sketches.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Sketch>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sketches.get(i));
    }
    TreeMap<String, List<Sketch>> ordered = new TreeMap<>();
    for (List<Sketch> group : groups.values()) {
      if (group.size() > 1) {
        group.sort(Sketch.BY_ID);
        ordered.put(group.get(0).docId() + "\u0000" + group.get(0).key(), group);
      }
    }
    return new ArrayList<>(ordered.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
