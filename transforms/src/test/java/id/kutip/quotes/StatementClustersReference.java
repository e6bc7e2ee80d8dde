package id.kutip.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statement clusters the slow and obvious way, for tests: every band of the whole run on its own, one edge per quote
 * and band as the stage first sent them, the smallest of them per quote. Bands are told apart by the hex-string keys
 * the stage used before {@link BandKey} (so this also checks that the compact keys group quotes the same way).
 */
final class StatementClustersReference {
  private StatementClustersReference() {}

  /** Quote id to cluster id, for quotes given as {quoteId, docId, text}. */
  static Map<String, String> clusters(List<String[]> quotes) {
    Map<String, List<String[]>> bands = new HashMap<>();
    Map<String, int[]> shingles = new HashMap<>();
    for (String[] quote : quotes) {
      int[] s = StatementShingles.shingles(quote[2]);
      shingles.put(quote[0], s);
      for (String key : stringBandKeys(s)) {
        bands.computeIfAbsent(key, k -> new ArrayList<>()).add(quote);
      }
    }
    Map<String, String> cluster = new HashMap<>();
    for (String[] quote : quotes) {
      cluster.put(quote[0], quote[0]);
    }
    for (List<String[]> members : bands.values()) {
      members.sort(Comparator.comparing(q -> q[0]));
      if (members.size() > BandNeighbours.MAX_PAIRWISE) {
        for (String[] member : members) {
          link(cluster, member[0], members.get(0)[0]);
        }
        continue;
      }
      for (int i = 1; i < members.size(); i++) {
        for (int j = 0; j < i; j++) {
          String[] later = members.get(i);
          String[] earlier = members.get(j);
          if (!later[1].equals(earlier[1])
              && StatementShingles.jaccard(shingles.get(later[0]), shingles.get(earlier[0]))
                  >= BandNeighbours.MIN_JACCARD) {
            link(cluster, later[0], earlier[0]);
            break;
          }
        }
      }
    }
    return cluster;
  }

  private static void link(Map<String, String> cluster, String quote, String neighbour) {
    cluster.merge(quote, neighbour, (a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  /** The band keys as the stage first wrote them: the band, then each row's minimum in hex. */
  static List<String> stringBandKeys(int[] shingles) {
    List<String> keys = new ArrayList<>();
    for (BandKey key : StatementShingles.bandKeys(shingles)) {
      keys.add(key.band() + ":" + Long.toHexString(key.row0()) + ":" + Long.toHexString(key.row1()) + ":"
          + Long.toHexString(key.row2()));
    }
    return keys;
  }

  /**
   * Quotes as {quoteId, docId, text}: variants of a few statements (a word or two changed, so some pairs pass the
   * Jaccard test and some do not), spread over documents, some said twice in one document, one statement copied
   * into {@code copies} documents, and a few short or unrelated quotes.
   */
  static List<String[]> randomQuotes(long seed, int count, int copies) {
    java.util.Random random = new java.util.Random(seed);
    String[] words = ("pemerintah akan menaikkan harga beras di pasar induk jakarta sampai tiga puluh persen tahun "
        + "depan kami siap berdialog dengan rusia tentang gencatan senjata di gaza bendungan ini mengurangi banjir "
        + "presiden menegaskan bahwa anggaran pendidikan tidak akan dipotong").split(" ");
    List<String> statements = new ArrayList<>();
    for (int s = 0; s < 12; s++) {
      StringBuilder text = new StringBuilder();
      for (int w = 8 + random.nextInt(10); w > 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      statements.add(text.toString().strip());
    }
    List<String[]> quotes = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      String[] base = statements.get(random.nextInt(statements.size())).split(" ");
      for (int edits = random.nextInt(4); edits > 0; edits--) {
        base[random.nextInt(base.length)] = words[random.nextInt(words.length)];
      }
      String text = random.nextInt(20) == 0 ? "terima kasih" : String.join(" ", base);
      String doc = String.format("d%03d", random.nextInt(count / 3 + 1));
      quotes.add(new String[] {String.format("%s-q%04d", doc, q), doc, text});
    }
    for (int c = 0; c < copies; c++) {
      String doc = String.format("c%03d", c);
      quotes.add(new String[] {doc + "-q0", doc, "Bendungan ini akan mengurangi banjir di Jakarta sampai tiga "
          + "puluh persen tahun depan"});
    }
    return quotes;
  }
}
