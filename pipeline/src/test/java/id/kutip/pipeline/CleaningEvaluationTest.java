package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the cleaning figures of the README (the evaluation command's) from falling: each measured at 1.000, with
 * a margin of about one paragraph in fifty.
 */
class CleaningEvaluationTest {
  private final CleaningEvaluation evaluation = new CleaningEvaluation(Samples.REPO);

  @Test
  void eachSeedReachesTheGoalAndItsMetadataIsRight() {
    CleaningEvaluation.SetResult seeds = evaluation.seeds();
    assertEquals(5, seeds.docs().size());
    for (CleaningEvaluation.DocResult doc : seeds.docs()) {
      assertTrue(doc.score().f1() >= 0.97, doc.doc() + " F1 " + doc.score().f1() + "\nmissing " + doc.score().missing()
          + "\nextra " + doc.score().extra());
      assertTrue(doc.title() && doc.outlet() && doc.published(), doc.doc() + " metadata: " + doc);
    }
  }

  @Test
  void idnewsGoldSetsStayAboveTheirMeasuredFigures() {
    for (String part : List.of("dev", "heldout")) {
      CleaningEvaluation.SetResult set = evaluation.idnews(part);
      assertTrue(set.total().f1() >= 0.98, part + " micro F1 " + set.total().f1());
      assertTrue(set.minF1() >= 0.9, part + " worst document F1 " + set.minF1());
      assertEquals(set.docs().size(), set.titles(), part + " titles");
      assertEquals(set.docs().size(), set.published(), part + " publication times");
      assertEquals(set.docs().size(), set.outlets(), part + " outlets");
    }
    assertEquals(22, evaluation.idnews("dev").docs().size());
    assertEquals(12, evaluation.idnews("heldout").docs().size());
  }

  @Test
  void htmlPagesGiveTheSameBodiesAsTheirExtractedText() {
    CleaningEvaluation.SetResult pages = evaluation.htmlPages();
    assertEquals(4, pages.docs().size());
    assertTrue(pages.total().f1() >= 0.98, "HTML micro F1 " + pages.total().f1());
    assertEquals(4, pages.titles());
  }
}
