package id.kutip.pipeline;

import id.kutip.clean.ParagraphScore;
import id.kutip.duplicates.NearDuplicates;
import id.kutip.schema.Document;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the cleaning figures: {@code java -cp pipeline/target/kutip.jar id.kutip.pipeline.EvaluateCleaning
 * [--repo=DIR] [--duplicatesInput=GLOB,...] [--verbose]}. Run from a clone of the repository (or give
 * {@code --repo}); the duplicate groups are found on the seeds and the 416 idnews articles unless other inputs are
 * given.
 */
public final class EvaluateCleaning {
  private EvaluateCleaning() {}

  public static void main(String[] args) throws IOException {
    Path repo = Path.of(option(args, "--repo", ".")).toAbsolutePath().normalize();
    List<String> duplicatesInput = KutipPipeline.list(option(args, "--duplicatesInput",
        repo.resolve("src/samples/seeds") + "/*.txt," + repo.resolve("src/samples/idnews/articles.jsonl.gz")));
    boolean verbose = Arrays.asList(args).contains("--verbose");
    PrintStream out = System.out;

    CleaningEvaluation evaluation = new CleaningEvaluation(repo);
    out.println("Clean bodies against the gold (paragraph level: precision / recall / F1)");
    CleaningEvaluation.SetResult seeds = evaluation.seeds();
    for (CleaningEvaluation.DocResult doc : seeds.docs()) {
      out.printf("  seed %-22s %s  title %s  outlet %s  published %s%n", doc.doc(), figures(doc.score()),
          ok(doc.title()), ok(doc.outlet()), ok(doc.published()));
      details(out, doc, verbose);
    }
    for (CleaningEvaluation.SetResult set : List.of(seeds, evaluation.idnews("dev"), evaluation.idnews("heldout"),
        evaluation.htmlPages())) {
      out.printf("  %-22s %2d docs, %3d gold paragraphs: %s (min F1 %.3f)  title %d/%d  outlet %d/%d  published %d/%d%n",
          set.name(), set.docs().size(), set.total().gold(), figures(set.total()), set.minF1(), set.titles(),
          set.docs().size(), set.outlets(), set.docs().size(), set.published(), set.docs().size());
      if (set != seeds) {
        for (CleaningEvaluation.DocResult doc : set.docs()) {
          details(out, doc, verbose);
        }
      }
    }

    out.println();
    out.println("Duplicate groups the pipeline finds in " + duplicatesInput);
    Path work = Files.createTempDirectory("kutip-duplicates");
    CleaningEvaluation.Duplicates duplicates;
    try {
      duplicates = CleaningEvaluation.duplicates(duplicatesInput, work);
    } finally {
      deleteTree(work);
    }
    List<CleaningEvaluation.Group> groups = duplicates.groups();
    for (CleaningEvaluation.Group group : groups) {
      out.printf("  cluster %s%n", group.clusterId());
      for (int i = 0; i < group.members().size(); i++) {
        Document member = group.members().get(i);
        out.printf("    %-22s similarity %.2f  duplicate_of %-22s %s | %s%n", member.getDocId(), group.similarities().get(i),
            member.getDuplicateOf(), member.getOutlet(), member.getTitle());
      }
    }
    out.printf("  %d documents, %d groups, %d documents marked as duplicates (threshold: similarity %.2f)%n",
        duplicates.documents(), groups.size(),
        groups.stream().mapToLong(g -> g.members().stream().filter(m -> m.getDuplicateOf() != null).count()).sum(),
        NearDuplicates.THRESHOLD);
    out.printf("  most similar pair not grouped: %s / %s, similarity %.2f%n", duplicates.closestA(),
        duplicates.closestB(), duplicates.closestSimilarity());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static void details(PrintStream out, CleaningEvaluation.DocResult doc, boolean verbose) {
    if (!verbose || doc.score().f1() == 1.0) {
      return;
    }
    out.printf("    %s %s%n", doc.doc(), figures(doc.score()));
    List<String> lines = new ArrayList<>();
    doc.score().missing().forEach(p -> lines.add("      missing: " + p));
    doc.score().extra().forEach(p -> lines.add("      extra:   " + p));
    lines.forEach(out::println);
  }

  private static String figures(ParagraphScore score) {
    return String.format("P %.3f R %.3f F1 %.3f", score.precision(), score.recall(), score.f1());
  }

  private static String ok(boolean right) {
    return right ? "ok" : "WRONG";
  }

  private static String option(String[] args, String name, String fallback) {
    for (String arg : args) {
      if (arg.startsWith(name + "=")) {
        return arg.substring(name.length() + 1);
      }
    }
    return fallback;
  }
}
