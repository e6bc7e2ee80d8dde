package id.kutip.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.KutipCoders;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.InputFile;
import id.kutip.schema.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class AccountForFilesTest {
  private static final String LINES = "file:///in/news#1.jsonl";
  private static final String PAGE = "file:///in/page.txt";

  private static RawDocument raw(String uri) {
    return RawDocument.newBuilder().setDocId(uri).setSourceUri(uri).setFormat("TEXT").setText("x").build();
  }

  private static Document document(String uri) {
    return Document.newBuilder().setDocId(uri).setSourceUri(uri).setText("x").build();
  }

  private static DeadLetter deadLetter(String uri, String stage) {
    return DeadLetter.newBuilder().setSourceUri(uri).setStage(stage).setReason("r").setError("e").setExcerpt("")
        .setPayloadBytes(0L).build();
  }

  @Test
  void aRecordsFileIsTheSourceUriWithoutItsLineOrRecordFragment() {
    assertEquals("gs://b/news.jsonl", FileAccounts.fileOf("gs://b/news.jsonl#line=12"));
    assertEquals("file:///w/crawl.warc.gz", FileAccounts.fileOf("file:///w/crawl.warc.gz#record=3"));
    assertEquals("file:///in/a#b.txt", FileAccounts.fileOf("file:///in/a#b.txt"), "a # in the name is kept");
    assertEquals("file:///in/x#line=2.jsonl", FileAccounts.fileOf("file:///in/x#line=2.jsonl#line=7"));
  }

  @Test
  void aFileIsBalancedWhenEveryRecordReadWasWrittenDroppedOrDeadLettered() {
    InputFile account = FileAccounts.sum(
        FileAccounts.of("f").setRecordsRead(5).setDocumentsWritten(3).setDuplicatesDropped(1).build(),
        FileAccounts.of("f").setDeadLetters(1).setQuoteDeadLetters(2).build());
    assertTrue(FileAccounts.balanced(account));
    assertEquals(2, account.getQuoteDeadLetters(), "quote dead letters are counted, outside the balance");
    assertFalse(FileAccounts.balanced(InputFile.newBuilder(account).setDocumentsWritten(2).build()), "one lost");
  }

  @Test
  void eachFileGetsOneAccountOfItsOwnRecords(TestPipeline p) {
    List<RawDocument> read = new ArrayList<>();
    List<Document> written = new ArrayList<>();
    for (int line = 1; line <= 40; line++) {
      read.add(raw(LINES + "#line=" + line));
      if (line > 3) {
        written.add(document(LINES + "#line=" + line));
      }
    }
    read.add(raw(PAGE));
    PCollectionTuple counted = PCollectionTuple
        .of(AccountForFiles.READ, p.apply("Read", Create.of(read).withCoder(KutipCoders.rawDocument())))
        .and(AccountForFiles.REJECTED_AT_READ, p.apply("Rejected", Create.of(
            deadLetter(LINES + "#line=41", "ReadDumps"), deadLetter("file:///in/empty.txt", "ReadDumps"))
            .withCoder(KutipCoders.deadLetter())))
        .and(AccountForFiles.WRITTEN, p.apply("Written", Create.of(written.stream().map(Document::getSourceUri)
            .toList()).withCoder(org.apache.beam.sdk.coders.StringUtf8Coder.of())))
        .and(AccountForFiles.DROPPED, p.apply("Dropped", Create.of(document(LINES + "#line=1"),
            document(LINES + "#line=2")).withCoder(KutipCoders.document())))
        .and(AccountForFiles.DEAD_LETTERS, p.apply("Dead", Create.of(deadLetter(LINES + "#line=3", "CleanDocuments"),
            deadLetter(PAGE, "SplitSentences")).withCoder(KutipCoders.deadLetter())))
        .and(AccountForFiles.QUOTE_DEAD_LETTERS, p.apply("QuotesDead", Create.of(
            deadLetter(LINES + "#line=9", "AttributeQuotes")).withCoder(KutipCoders.deadLetter())));

    PAssert.that(counted.apply(AccountForFiles.create())).satisfies(accounts -> {
      Map<String, String> byFile = new TreeMap<>();
      accounts.forEach(a -> byFile.merge(a.getUri(), a.getRecordsRead() + " = " + a.getDocumentsWritten() + " + "
          + a.getDuplicatesDropped() + " + " + a.getDeadLetters() + " (" + a.getQuoteDeadLetters() + ")",
          (x, y) -> "twice: " + x + " and " + y));
      assertEquals(Map.of(
          "file:///in/news#1.jsonl", "41 = 37 + 2 + 2 (1)",
          "file:///in/page.txt", "1 = 0 + 0 + 1 (0)",
          "file:///in/empty.txt", "1 = 0 + 0 + 1 (0)"), byFile);
      accounts.forEach(a -> assertTrue(FileAccounts.balanced(a), a.toString()));
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void withoutWhatWasReadThereIsNothingToAccountFor(TestPipeline p) {
    PCollectionTuple onlyWritten = PCollectionTuple.of(AccountForFiles.WRITTEN,
        p.apply(Create.of(document(PAGE).getSourceUri()).withCoder(org.apache.beam.sdk.coders.StringUtf8Coder.of())));
    assertThrows(IllegalArgumentException.class, () -> onlyWritten.apply(AccountForFiles.create()));
    p.enableAbandonedNodeEnforcement(false);
  }
}
