package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kutip.schema.DeadLetter;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class TallyTest {
  private static DeadLetter deadLetter(String stage, String doc) {
    return DeadLetters.rejected(stage, "file:///in/" + doc + ".txt", doc,
        new RejectedInputException("too-long", "over the limit"), "text of " + doc);
  }

  @Test
  void aTallySurvivesItsCoder() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(Tally.coder(), Tally.written("file:///in/d1.txt"));
    CoderProperties.coderDecodeEncodeEqual(Tally.coder(), Tally.of(deadLetter(Stages.QUOTES, "d1")));
    CoderProperties.coderSerializable(Tally.coder());
    assertThrows(CoderException.class,
        () -> Tally.coder().decode(new java.io.ByteArrayInputStream(new byte[] {7})));
    assertThrows(IllegalArgumentException.class, () -> new Tally(null, null));
    assertThrows(IllegalArgumentException.class, () -> new Tally("file:///x", deadLetter(Stages.QUOTES, "d1")));
  }

  /** The written URIs, and the dead letters of one stage or of all others, each exactly once. */
  @Test
  void theTalliesSplitIntoWrittenAndDeadLettersByStage(TestPipeline p) {
    DeadLetter quote = deadLetter(Stages.QUOTES, "d1");
    DeadLetter split = deadLetter(Stages.SENTENCES, "d2");
    DeadLetter tag = deadLetter(Stages.ENTITIES, "d3");
    PCollection<Tally> tallies = p.apply(Create.of(Tally.written("file:///in/d1.txt"), Tally.of(quote),
        Tally.of(split), Tally.written("file:///in/d4.txt"), Tally.of(tag)).withCoder(Tally.coder()));
    PAssert.that(tallies.apply("Written", Tally.writtenSourceUris()))
        .containsInAnyOrder("file:///in/d1.txt", "file:///in/d4.txt");
    PAssert.that(tallies.apply("OfQuotes", Tally.deadLetters(Stages.QUOTES, true))).containsInAnyOrder(quote);
    PAssert.that(tallies.apply("OfOthers", Tally.deadLetters(Stages.QUOTES, false))).containsInAnyOrder(split, tag);
    p.run().waitUntilFinish();
  }
}
