package id.kutip.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;

/** Options of {@code kutip.jar evaluate}: the job's options plus the gold file to score against. */
public interface EvaluateOptions extends KutipOptions {
  @Description("Gold quotes in the guidelines' JSON Lines form (src/gold/GUIDELINES.md), e.g. src/gold/seeds/quotes.jsonl.")
  @Validation.Required
  String getGold();

  void setGold(String value);

  @Description("Also print every missed, spurious and wrongly attributed quote.")
  @Default.Boolean(false)
  boolean getShowErrors();

  void setShowErrors(boolean value);
}
