package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The summary and the manifest's counts come from the stages' counters, including stages added later. */
@ExtendWith(TestPipelineExtension.class)
class RunSummaryTest {
  /** Counts like the stages do: read documents, one of them a duplicate, plus a library's own counter. */
  static final class CountLikeTheStages extends DoFn<String, String> {
    private final Counter read = Metrics.counter("ReadDumps", "documents");
    private final Counter duplicates = Metrics.counter("FindDuplicates", "duplicates");
    private final Counter library = Metrics.counter("org.apache.beam.sdk.io.Something", "documents");

    @ProcessElement
    public void process(@Element String element) {
      read.inc();
      library.inc();
      if (element.startsWith("dup")) {
        duplicates.inc();
      }
    }
  }

  @Test
  void stagesAreListedInPipelineOrderWithTheirCounters(TestPipeline pipeline) {
    pipeline.apply(Create.of("a", "b", "dup-of-a")).apply("Count", ParDo.of(new CountLikeTheStages()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    RunSummary summary = RunSummary.of(result);

    Map<String, Map<String, Long>> stages = summary.stages();
    assertEquals(List.of("ReadDumps", "CleanDocuments", "FindDuplicates", "SplitSentences", "TagEntities",
        "AttributeQuotes"), List.copyOf(stages.keySet()), "pipeline order, the stages that counted nothing with 0");
    assertEquals(3L, summary.documentsRead());
    assertEquals(1L, summary.duplicates());
    assertEquals(0L, stages.get("TagEntities").get("documents"));
    assertFalse(stages.keySet().stream().anyMatch(s -> s.contains(".")), "a library's counters are not a stage's");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    summary.print(new PrintStream(out, true, StandardCharsets.UTF_8), "out");
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("documents read 3, documents written 0, duplicates dropped 0"), printed);
    assertTrue(printed.contains("FindDuplicates"), printed);
  }

  @Test
  void aStageThatCountedNothingIsListedWithZero(TestPipeline pipeline) {
    pipeline.apply(Create.of("a")).apply("Count", ParDo.of(new CountLikeTheStages()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    RunSummary summary = RunSummary.of(result);
    assertNull(summary.duplicates());
    assertEquals(0L, summary.stages().get("FindDuplicates").get("documents"));
  }
}
