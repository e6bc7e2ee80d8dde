package id.kutip.common;

/**
 * A stage that adds to a document one at a time (sentences, entities), so that it can run alone or chained with
 * others in one step ({@link ChainedStages}).
 */
public interface DocumentStage {
  /** The stage's DoFn, after checking the stage's settings (a bad setting fails here, at submission). */
  DocumentFn fn();
}
