package id.kutip.pipeline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.common.RejectedInputException;
import id.kutip.duplicates.Sketch;
import id.kutip.entities.EntityTagger;
import id.kutip.entities.TagEntities;
import id.kutip.ingest.JsonFields;
import id.kutip.ingest.JsonLinesParser;
import id.kutip.quotes.QuoteAttributor;
import id.kutip.quotes.StatementShingles;
import id.kutip.schema.Document;
import id.kutip.schema.Entity;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import id.kutip.schema.Sentence;
import id.kutip.sentences.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The job's per-document cores alone (clean, sketch, split, tag, quotes and their statement shingles: what the job
 * does to a document, without Beam or Flink), against the floor on the same corpus file, timed in alternate passes in
 * one JVM so that both see the same machine. The gap between this and the job on Flink p1 is the runner's cost.
 * Prints the median pass of each, after one pass of each to warm up.
 */
public final class CoresVsFloor {
  static final int MEASURED_PASSES = 3;
  /** The cores in the order a document meets them; {@code split} includes CoreNLP's tokenize+ssplit. */
  static final List<String> STEPS = List.of("clean", "sketch", "split", "tag", "quotes");

  private CoresVsFloor() {}

  public static void main(String[] args) throws IOException {
    JsonLinesParser parser = new JsonLinesParser(JsonFields.DEFAULT);
    List<RawDocument> raws = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        raws.add(parser.parse(line, "file:///corpus.jsonl", ++number));
      }
    }
    StanfordCoreNLP floor = new StanfordCoreNLP(SentenceSplitter.bundledProperties());
    DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));
    SentenceSplitter splitter = SentenceSplitter.shared();
    EntityTagger tagger = TagEntities.sharedTagger(List.of());
    QuoteAttributor attributor = new QuoteAttributor();
    long[] floorNanos = new long[MEASURED_PASSES];
    long[] coreNanos = new long[MEASURED_PASSES];
    long[][] stepNanos = new long[STEPS.size()][MEASURED_PASSES];
    long tokens = 0;
    long work = 0;
    for (int pass = -1; pass < MEASURED_PASSES; pass++) {
      long started = System.nanoTime();
      tokens = 0;
      for (RawDocument raw : raws) {
        Annotation annotation = new Annotation(raw.getText());
        floor.annotate(annotation);
        tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      long floorDone = System.nanoTime();
      long[] steps = new long[STEPS.size()];
      for (RawDocument raw : raws) {
        work += cores(raw, cleaner, splitter, tagger, attributor, steps);
      }
      long coresDone = System.nanoTime();
      if (pass >= 0) {
        floorNanos[pass] = floorDone - started;
        coreNanos[pass] = coresDone - floorDone;
        for (int step = 0; step < steps.length; step++) {
          stepNanos[step][pass] = steps[step];
        }
      }
    }
    Arrays.sort(floorNanos);
    Arrays.sort(coreNanos);
    long floorMillis = floorNanos[MEASURED_PASSES / 2] / 1_000_000;
    long coreMillis = coreNanos[MEASURED_PASSES / 2] / 1_000_000;
    System.out.println("floor, alternated in the same JVM: " + floorMillis + " ms (work " + work % 10 + ")");
    for (int step = 0; step < STEPS.size(); step++) {
      Arrays.sort(stepNanos[step]);
      // Each core's own time in the median pass, in units of the floor: what it costs beside tokenize+ssplit.
      System.out.printf(Locale.ROOT, "CORE %-8s %7d ms  %.2f x floor%n", STEPS.get(step),
          stepNanos[step][MEASURED_PASSES / 2] / 1_000_000,
          (double) stepNanos[step][MEASURED_PASSES / 2] / floorNanos[MEASURED_PASSES / 2]);
    }
    System.out.println("BENCH exit=0 millis=" + coreMillis + " tokens=" + tokens + " floorMillis=" + floorMillis);
  }

  /**
   * One document through every core, as the job's steps run them, adding each core's time to {@code nanos} (in the
   * order of {@link #STEPS}); returns a size, so that nothing is optimised away.
   */
  private static long cores(RawDocument raw, DocumentCleaner cleaner, SentenceSplitter splitter, EntityTagger tagger,
      QuoteAttributor attributor, long[] nanos) {
    long t0 = System.nanoTime();
    Document document;
    try {
      document = cleaner.clean(raw);
    } catch (RejectedInputException e) {
      nanos[0] += System.nanoTime() - t0;
      return 1;
    }
    long t1 = System.nanoTime();
    long work = Sketch.of(document).length();
    long t2 = System.nanoTime();
    List<Sentence> sentences = splitter.split(document.getText());
    long t3 = System.nanoTime();
    List<Entity> entities = tagger.tag(document.getText());
    long t4 = System.nanoTime();
    document = Document.newBuilder(document).setSentences(sentences).setEntities(entities).build();
    for (Quote quote : attributor.attribute(document)) {
      work += StatementShingles.bandKeys(StatementShingles.shingles(quote.getText())).size();
    }
    long t5 = System.nanoTime();
    nanos[0] += t1 - t0;
    nanos[1] += t2 - t1;
    nanos[2] += t3 - t2;
    nanos[3] += t4 - t3;
    nanos[4] += t5 - t4;
    return work;
  }
}
