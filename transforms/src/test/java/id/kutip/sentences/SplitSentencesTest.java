package id.kutip.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.common.KutipCoders;
import id.kutip.common.StageResult;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stage around {@link SentenceSplitter}: its limit on sentences per document. */
@ExtendWith(TestPipelineExtension.class)
class SplitSentencesTest {
  private static Document document(String id, int sentences) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      text.append("Harga beras naik lagi di pasar ").append(i).append(". ");
    }
    return Document.newBuilder().setDocId(id).setSourceUri("file:///in/" + id + ".txt").setText(text.toString().strip())
        .build();
  }

  @Test
  void aDocumentOverTheSentenceLimitIsADeadLetter(TestPipeline p) {
    StageResult<Document> result = p.apply(Create.of(document("short", 3), document("long", 4))
            .withCoder(KutipCoders.document()))
        .apply(SplitSentences.create().withMaxSentences(3));

    PAssert.that(result.output()).satisfies(documents -> {
      List<String> kept = new ArrayList<>();
      documents.forEach(d -> kept.add(d.getDocId() + ":" + d.getSentences().size()));
      assertEquals(List.of("short:3"), kept);
      return null;
    });
    PAssert.that(result.failures()).satisfies(deadLetters -> {
      List<DeadLetter> all = new ArrayList<>();
      deadLetters.forEach(all::add);
      assertEquals(1, all.size());
      assertEquals("long", all.get(0).getDocId());
      assertEquals("SplitSentences", all.get(0).getStage());
      assertEquals("too-many-sentences", all.get(0).getReason());
      assertTrue(all.get(0).getError().contains("4 sentences, over the limit of 3 (--maxSentences)"),
          all.get(0).getError());
      return null;
    });
    p.run().waitUntilFinish();
  }
}
