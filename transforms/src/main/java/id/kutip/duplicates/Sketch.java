package id.kutip.duplicates;

import id.kutip.schema.Document;
import java.util.Comparator;
import java.util.List;

/**
 * What duplicate detection needs of a document: who it is, what decides which copy represents a group, and its
 * MinHash signature in compact form ({@link MinHash#compact}).
 *
 * @param key the document's unique key within the run (its source URI: unique even where ids repeat)
 * @param publishedMillis publication time, {@code Long.MAX_VALUE} when unknown (an unknown date sorts last)
 * @param length length of the cleaned text in characters
 * @param contentHash hash of the whole normalised text: equal for exact duplicates
 */
public record Sketch(String key, String docId, long publishedMillis, int length, long contentHash, short[] signature) {
  /** Who names a group: the smallest document id (then key). */
  public static final Comparator<Sketch> BY_ID = Comparator.comparing(Sketch::docId).thenComparing(Sketch::key);

  /**
   * Who represents a group, the others being its duplicates: the earliest published (the original before its
   * syndicated copies), then the longest text, then the smallest id and key. A total order: the same group always
   * has the same representative.
   */
  public static final Comparator<Sketch> REPRESENTATIVE = Comparator.comparingLong(Sketch::publishedMillis)
      .thenComparing(Comparator.comparingInt(Sketch::length).reversed())
      .thenComparing(BY_ID);

  public static Sketch of(Document document) {
    List<String> words = Shingles.words(document.getText());
    return of(document, words, MinHash.signature(Shingles.hashes(words)));
  }

  /** The words are cut once per document, for its signature and its exact-text hash. */
  private static Sketch of(Document document, List<String> words, long[] signature) {
    return new Sketch(
        key(document),
        document.getDocId(),
        document.getPublishedAt() == null ? Long.MAX_VALUE : document.getPublishedAt().toEpochMilli(),
        document.getText().length(),
        Shingles.contentHash(words),
        MinHash.compact(signature));
  }

  public static String key(Document document) {
    return document.getSourceUri();
  }

  /** The same sketch without its signature, for the steps that only need to know who a document is. */
  public Sketch withoutSignature() {
    return new Sketch(key, docId, publishedMillis, length, contentHash, new short[0]);
  }
}
