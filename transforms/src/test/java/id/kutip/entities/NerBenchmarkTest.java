package id.kutip.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the entity figures of the README from falling: the tagger on the external test sets copied under {@code
 * src/benchmarks/} (reported on, never tuned on). Floors are the micro-averaged F1 measured when the README was
 * written, rounded down to three places.
 */
class NerBenchmarkTest {
  static final Path BENCHMARKS = Path.of("..").toAbsolutePath().normalize().resolve("src/benchmarks");
  private static EntityTagger tagger;

  @BeforeAll
  static void load() {
    tagger = EntityTagger.load(List.of());
  }

  private static NerEvaluation.Report report(String set, List<String> types) throws IOException {
    NerEvaluation.Report report = new NerEvaluation(tagger, types)
        .evaluate(set, NerEvaluation.read(BENCHMARKS.resolve(set).resolve("test.txt")));
    report.print(System.out);
    return report;
  }

  @Test
  void idnerNews2k() throws IOException {
    NerEvaluation.Report r = report("idner-news-2k", NerEvaluation.DEFAULT_TYPES);
    assertTrue(r.total().f1() >= IDNER_F1, "micro F1 " + r.total().f1());
  }

  @Test
  void nergrit() throws IOException {
    NerEvaluation.Report r = report("nergrit", NerEvaluation.DEFAULT_TYPES);
    assertTrue(r.total().f1() >= NERGRIT_F1, "micro F1 " + r.total().f1());
  }

  @Test
  void nerpPersonAndLocation() throws IOException {
    NerEvaluation.Report r = report("nerp", List.of("PERSON", "LOCATION"));
    assertTrue(r.total().f1() >= NERP_F1, "micro F1 " + r.total().f1());
  }

  static final double IDNER_F1 = 0.833;
  static final double NERGRIT_F1 = 0.443;
  static final double NERP_F1 = 0.504;
}
