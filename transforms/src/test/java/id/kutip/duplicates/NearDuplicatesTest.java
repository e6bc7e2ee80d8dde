package id.kutip.duplicates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.Document;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static Document doc(String id, String text, Instant published) {
    return Document.newBuilder().setDocId(id).setSourceUri("file:///d/" + id).setText(text)
        .setPublishedAt(published).build();
  }

  @Test
  void theSameTextHasTheSameSignatureWhateverItsSpacingAndCase() {
    Sketch a = Sketch.of(doc("a", "Menteri itu berkata, \"Kami siap.\"\n\nIa pergi.", null));
    Sketch b = Sketch.of(doc("b", "menteri itu berkata kami siap ia pergi", null));
    assertArrayEquals(a.signature(), b.signature());
    assertEquals(a.contentHash(), b.contentHash());
    assertEquals(1.0, MinHash.similarity(a.signature(), b.signature()));
  }

  @Test
  void theSignatureEstimatesJaccardSimilarity() {
    // Two texts of 100 distinct words sharing 80 of them: 78 shared trigrams of 98 + 98 - 78 = 118, J = 0.66.
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      first.append("kata").append(i).append(' ');
      second.append("kata").append(i < 80 ? i : i + 1000).append(' ');
    }
    double estimate = MinHash.similarity(Sketch.of(doc("a", first.toString(), null)).signature(),
        Sketch.of(doc("b", second.toString(), null)).signature());
    assertEquals(78.0 / 118, estimate, 0.1);
  }

  @Test
  void theSeedsReutersStoryFromTwoOutletsPairsAndNoOtherSeedDoes() throws Exception {
    List<Sketch> seeds = CleanedSamples.seedsAndIdnews().stream()
        .filter(d -> d.getSourceUri().contains("/seeds/")).map(Sketch::of).toList();
    assertEquals(5, seeds.size());
    for (int i = 0; i < seeds.size(); i++) {
      for (int j = i + 1; j < seeds.size(); j++) {
        boolean reuters = seeds.get(i).docId().startsWith("000_") && seeds.get(j).docId().startsWith("003_");
        assertEquals(reuters, NearDuplicates.areDuplicates(seeds.get(i), seeds.get(j)),
            seeds.get(i).docId() + " / " + seeds.get(j).docId() + ": "
                + MinHash.similarity(seeds.get(i).signature(), seeds.get(j).signature()));
      }
    }
  }

  @Test
  void aGroupIsNamedAfterItsSmallestIdAndRepresentedByItsEarliestMember() {
    Sketch late = Sketch.of(doc("a-late", "sama persis teks berita ini", Instant.parse("2025-06-10T10:00:00Z")));
    Sketch early = Sketch.of(doc("b-early", "sama persis teks berita ini", Instant.parse("2025-06-10T09:00:00Z")));
    Sketch undated = Sketch.of(doc("c-undated", "sama persis teks berita ini", null));
    Map<String, NearDuplicates.Assignment> assigned = NearDuplicates.assign(List.of(undated, late, early));
    assertEquals(new NearDuplicates.Assignment("a-late", "b-early"), assigned.get(late.key()));
    assertEquals(new NearDuplicates.Assignment("a-late", null), assigned.get(early.key()));
    assertEquals("b-early", assigned.get(undated.key()).duplicateOf());
  }

  @Test
  void withoutDatesTheLongestThenTheSmallestIdRepresents() {
    Sketch shortOne = Sketch.of(doc("a", "teks yang sama", null));
    Sketch longOne = Sketch.of(doc("b", "teks yang sama ", null));
    Sketch twin = Sketch.of(doc("c", "teks yang sama ", null));
    Map<String, NearDuplicates.Assignment> assigned = NearDuplicates.assign(List.of(twin, shortOne, longOne));
    assertNull(assigned.get(longOne.key()).duplicateOf());
    assertEquals("b", assigned.get(twin.key()).duplicateOf());
    assertTrue(Sketch.REPRESENTATIVE.compare(longOne, shortOne) < 0);
    assertFalse(Sketch.REPRESENTATIVE.compare(twin, longOne) < 0);
  }
}
