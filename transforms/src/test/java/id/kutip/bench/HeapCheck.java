package id.kutip.bench;

import id.kutip.entities.EntityTagger;
import id.kutip.entities.TagEntities;
import id.kutip.sentences.SentenceSplitter;
import java.util.List;
import java.util.Locale;

/**
 * What a worker holds for sentences and entities with the default lists: the shared CoreNLP splitter and entity
 * tagger, after tagging the sample corpus. Run in a JVM capped at 1 GB ({@code -Xmx1g}, see the bench profile in
 * transforms/pom.xml): that it finishes shows the cap holds; the heap in use after a full GC is printed.
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) throws Exception {
    List<String> texts = BenchCorpus.texts();
    long before = used();
    SentenceSplitter splitter = SentenceSplitter.shared();
    EntityTagger tagger = TagEntities.sharedTagger(List.of());
    for (String text : texts) {
      splitter.split(text);
      tagger.tag(text);
    }
    long after = used();
    System.out.printf(Locale.ROOT, "heap: max %d MB; in use after GC %d MB, of which splitter + tagger with the default"
        + " lists (%,d entries, %,d written forms) %d MB%n", Runtime.getRuntime().maxMemory() >> 20, after >> 20,
        tagger.gazetteer().entryCount(), tagger.gazetteer().formCount(), (after - before) >> 20);
  }

  private static long used() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
