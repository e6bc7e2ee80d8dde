package id.kutip.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The band entries of one shuffle group, and what they say: for each quote and band, the quote's smallest neighbour
 * in that band when it is smaller than the quote itself. A neighbour shares a whole band with the quote and either is
 * a quote of another document with word 3-gram Jaccard of at least {@link #MIN_JACCARD}, or is the smallest member
 * of a band too large to compare pair by pair (more than {@link #MAX_PAIRWISE} members: copies of one text).
 *
 * <p>A quote's cluster is the smallest id among itself and its neighbours, so larger neighbours in a band need not
 * be sent. Neighbours are handed on per band, not gathered per quote: a quote's ten bands mostly fall in different
 * groups, and gathering them cost more than the few edges it saved. Plain Java, for {@link ClusterStatements}; not
 * thread-safe.
 */
final class BandNeighbours {
  static final double MIN_JACCARD = 0.5;
  static final int MAX_PAIRWISE = 200;
  private static final Comparator<Statement> BY_ID = Comparator.comparing(Statement::quoteId);

  /** A quote, its document (which keys the join it goes to) and its smallest neighbour. */
  record Neighbour(String quoteId, String docId, String neighbourId) {}

  private final Map<BandKey, List<Statement>> bands = new HashMap<>();
  private int oversized;

  void add(BandKey key, Statement statement) {
    bands.computeIfAbsent(key, k -> new ArrayList<>(2)).add(statement);
  }

  /** Bands linked to their smallest member without comparing pairs, among those {@link #neighbours} looked at. */
  int oversizedBands() {
    return oversized;
  }

  /**
   * Each quote's smallest neighbour in each band it shares with a smaller one, in no set order: one a band, so that
   * how the bands are grouped changes neither the neighbours nor their count.
   */
  List<Neighbour> neighbours() {
    List<Neighbour> smallest = new ArrayList<>();
    for (List<Statement> members : bands.values()) {
      if (members.size() < 2) {
        continue;
      }
      if (members.size() > MAX_PAIRWISE) {
        oversized++;
        // No sort: only the smallest member matters.
        Statement first = members.get(0);
        for (Statement member : members) {
          if (member.quoteId().compareTo(first.quoteId()) < 0) {
            first = member;
          }
        }
        for (Statement member : members) {
          if (!member.quoteId().equals(first.quoteId())) {
            smallest.add(new Neighbour(member.quoteId(), member.docId(), first.quoteId()));
          }
        }
        continue;
      }
      members.sort(BY_ID);
      for (int i = 1; i < members.size(); i++) {
        Statement later = members.get(i);
        for (int j = 0; j < i; j++) {
          Statement earlier = members.get(j);
          if (!later.docId().equals(earlier.docId())
              && StatementShingles.jaccard(later.shingles(), earlier.shingles()) >= MIN_JACCARD) {
            if (earlier.quoteId().compareTo(later.quoteId()) < 0) {
              smallest.add(new Neighbour(later.quoteId(), later.docId(), earlier.quoteId()));
            }
            break; // members are in id order: the first confirmed is the smallest
          }
        }
      }
    }
    return smallest;
  }
}
