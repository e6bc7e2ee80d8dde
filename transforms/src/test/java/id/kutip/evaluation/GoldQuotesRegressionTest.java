package id.kutip.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Keeps attribution quality from falling: the stage cores on the repo's gold sets must reach the figures measured
 * when this test was last raised (README, "Quality, as measured"), minus about 0.01 of slack.
 */
class GoldQuotesRegressionTest {
  private static void atLeast(String what, double value, double floor) {
    assertTrue(value >= floor, what + " fell to " + value + " (floor " + floor + ")");
  }

  @Test
  void seedsEndToEnd() throws Exception {
    QuoteScorer.Result r = GoldRun.seeds();
    atLeast("seeds e2e F1", r.all().e2eF1(), 0.92);
    atLeast("seeds direct e2e F1", r.blocks().get("direct").e2eF1(), 0.99);
    atLeast("seeds speaker accuracy", r.all().speakerAccuracy(), 0.96);
  }

  @Test
  void idnewsDevEndToEnd() throws Exception {
    QuoteScorer.Result r = GoldRun.idnewsDev();
    atLeast("idnews-dev e2e F1", r.all().e2eF1(), 0.87);
    atLeast("idnews-dev direct e2e F1", r.blocks().get("direct").e2eF1(), 0.94);
    atLeast("idnews-dev speaker accuracy", r.all().speakerAccuracy(), 0.92);
  }

  @Test
  void bothGoldSetsTogether() throws Exception {
    QuoteScorer.Result r = GoldRun.both();
    atLeast("all gold e2e F1", r.all().e2eF1(), 0.885);
    atLeast("all gold direct e2e F1", r.blocks().get("direct").e2eF1(), 0.95);
    atLeast("all gold speaker accuracy", r.all().speakerAccuracy(), 0.93);
  }
}
