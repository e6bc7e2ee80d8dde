package id.kutip.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/** Reads a built pipeline's graph in tests: the collections that a stage's inner steps produce. */
public final class PipelineGraph {
  private PipelineGraph() {}

  /**
   * The one output of the one primitive step whose full name starts with {@code prefix} (such as
   * {@code "Stage/Step/"} for a composite's inner primitive, or {@code "Stage/GroupBands"} for a GroupByKey).
   */
  public static <K, V> PCollection<KV<K, V>> keyedOutputOf(Pipeline pipeline, String prefix) {
    return keyedOutputOf(pipeline, prefix, null);
  }

  /** As {@link #keyedOutputOf(Pipeline, String)}, of a step with several outputs: the one whose tag has this id. */
  @SuppressWarnings("unchecked")
  public static <K, V> PCollection<KV<K, V>> keyedOutputOf(Pipeline pipeline, String prefix, String tagId) {
    List<PCollection<?>> outputs = new ArrayList<>();
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        if (node.getFullName().startsWith(prefix)) {
          node.getOutputs().forEach((tag, output) -> {
            if (tagId == null || tag.getId().equals(tagId)) {
              outputs.add((PCollection<?>) output);
            }
          });
        }
      }
    });
    assertEquals(1, outputs.size(), "one output of a step named " + prefix + "..." + (tagId == null ? "" : ", " + tagId));
    return (PCollection<KV<K, V>>) outputs.get(0);
  }
}
