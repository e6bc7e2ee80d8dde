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
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
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
import java.util.zip.GZIPInputStream;

/**
 * The job's per-document cores alone (clean, sketch, split, tag, quotes and their statement shingles: what the job
 * does to a document, without Beam or Flink), against the floor on the same corpus file, timed in alternate passes in
 * one JVM so that both see the same machine. The gap between this and the job on Flink p1 is the runner's cost.
 * Prints the median pass of each, after one pass of each to warm up.
 */
public final class CoresVsFloor {
  static final int MEASURED_PASSES = 3;

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
      for (RawDocument raw : raws) {
        work += cores(raw, cleaner, splitter, tagger, attributor);
      }
      long coresDone = System.nanoTime();
      if (pass >= 0) {
        floorNanos[pass] = floorDone - started;
        coreNanos[pass] = coresDone - floorDone;
      }
    }
    Arrays.sort(floorNanos);
    Arrays.sort(coreNanos);
    long floorMillis = floorNanos[MEASURED_PASSES / 2] / 1_000_000;
    long coreMillis = coreNanos[MEASURED_PASSES / 2] / 1_000_000;
    System.out.println("floor, alternated in the same JVM: " + floorMillis + " ms (work " + work % 10 + ")");
    System.out.println("BENCH exit=0 millis=" + coreMillis + " tokens=" + tokens + " floorMillis=" + floorMillis);
  }

  /** One document through every core, as the job's steps run them; a size, so that nothing is optimised away. */
  private static long cores(RawDocument raw, DocumentCleaner cleaner, SentenceSplitter splitter, EntityTagger tagger,
      QuoteAttributor attributor) {
    Document document;
    try {
      document = cleaner.clean(raw);
    } catch (RejectedInputException e) {
      return 1;
    }
    long work = Sketch.of(document).length();
    document = Document.newBuilder(document).setSentences(splitter.split(document.getText()))
        .setEntities(tagger.tag(document.getText())).build();
    for (Quote quote : attributor.attribute(document)) {
      work += StatementShingles.bandKeys(StatementShingles.shingles(quote.getText())).size();
    }
    return work;
  }
}
