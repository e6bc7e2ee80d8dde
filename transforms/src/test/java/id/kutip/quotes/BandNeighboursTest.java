package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandNeighboursTest {
  /** All bands in one group, as with a single bucket: the smallest neighbours give the reference's clusters. */
  @Test
  void oneGroupGivesTheClustersOfEveryBandOnItsOwn() {
    for (long seed = 1; seed <= 20; seed++) {
      List<String[]> quotes = StatementClustersReference.randomQuotes(seed, 300, seed % 2 == 0 ? 250 : 40);
      BandNeighbours group = new BandNeighbours();
      for (String[] quote : quotes) {
        Statement statement = new Statement(quote[0], quote[1], StatementShingles.shingles(quote[2]));
        for (BandKey key : StatementShingles.bandKeys(statement.shingles())) {
          group.add(key, statement);
        }
      }
      Map<String, String> clusters = new HashMap<>();
      quotes.forEach(q -> clusters.put(q[0], q[0]));
      List<BandNeighbours.Neighbour> neighbours = group.neighbours();
      for (BandNeighbours.Neighbour neighbour : neighbours) {
        assertTrue(neighbour.neighbourId().compareTo(neighbour.quoteId()) < 0, neighbour.toString());
        assertTrue(neighbour.quoteId().startsWith(neighbour.docId() + "-"), neighbour.toString());
        clusters.merge(neighbour.quoteId(), neighbour.neighbourId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      assertEquals(StatementClustersReference.clusters(quotes), clusters, "seed " + seed);
      assertTrue(neighbours.size() <= (long) quotes.size() * StatementShingles.BANDS,
          "one answer per quote and band at most: " + neighbours.size());
      assertEquals(seed % 2 == 0, group.oversizedBands() > 0, "seed " + seed);
    }
  }

  @Test
  void quotesOfOneDocumentAreNotLinkedUnlessTheirBandIsOversized() {
    String text = "Bendungan ini akan mengurangi banjir di Jakarta sampai tiga puluh persen";
    BandNeighbours group = new BandNeighbours();
    for (String id : new String[] {"d1-q1", "d1-q2"}) {
      Statement statement = new Statement(id, "d1", StatementShingles.shingles(text));
      StatementShingles.bandKeys(statement.shingles()).forEach(key -> group.add(key, statement));
    }
    assertEquals(List.of(), group.neighbours());

    BandNeighbours copies = new BandNeighbours();
    for (int i = 0; i <= BandNeighbours.MAX_PAIRWISE; i++) {
      Statement statement = new Statement(String.format("d1-q%03d", i), "d1", StatementShingles.shingles(text));
      StatementShingles.bandKeys(statement.shingles()).forEach(key -> copies.add(key, statement));
    }
    List<BandNeighbours.Neighbour> linked = copies.neighbours();
    assertEquals(BandNeighbours.MAX_PAIRWISE * StatementShingles.BANDS, linked.size());
    assertTrue(linked.stream().allMatch(n -> n.neighbourId().equals("d1-q000")));
    assertEquals(StatementShingles.BANDS, copies.oversizedBands());
  }

  /** The neighbours handed on, and so the edges counted, do not depend on how the bands are grouped. */
  @Test
  void linksAreTheSameForAnyGrouping() {
    List<String[]> quotes = StatementClustersReference.randomQuotes(11L, 300, 250);
    long[] links = new long[4];
    for (int buckets = 1; buckets <= 3; buckets++) {
      BandNeighbours[] groups = new BandNeighbours[buckets];
      for (int g = 0; g < buckets; g++) {
        groups[g] = new BandNeighbours();
      }
      for (String[] quote : quotes) {
        Statement statement = new Statement(quote[0], quote[1], StatementShingles.shingles(quote[2]));
        for (BandKey key : StatementShingles.bandKeys(statement.shingles())) {
          groups[Math.floorMod(key.hashCode(), buckets)].add(key, statement);
        }
      }
      for (BandNeighbours group : groups) {
        links[buckets] += group.neighbours().size();
      }
    }
    assertTrue(links[1] > quotes.size(), links[1] + " links");
    assertEquals(links[1], links[2]);
    assertEquals(links[1], links[3]);
  }
}
