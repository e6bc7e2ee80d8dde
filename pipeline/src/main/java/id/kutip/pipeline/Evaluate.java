package id.kutip.pipeline;

import id.kutip.evaluation.PredictedQuote;
import id.kutip.evaluation.QuoteScorer;
import id.kutip.output.WriteRecords;
import id.kutip.schema.Quote;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.beam.sdk.PipelineResult;

/**
 * {@code kutip.jar evaluate --input=GLOB --gold=FILE [--output=DIR]}: runs the job on the dumps and scores its
 * quotes against the gold file with the guidelines' metric (the same figures as the independent scorer).
 */
final class Evaluate {
  private Evaluate() {}

  static int run(EvaluateOptions options, PrintStream out) throws IOException {
    PipelineResult.State state = KutipPipeline.run(options).waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      out.println("kutip: the job ended " + state);
      return Main.JOB_FAILED;
    }
    List<PredictedQuote> predictions = new ArrayList<>();
    for (Quote quote : readQuotes(Path.of(options.getOutput(), WriteRecords.QUOTES))) {
      predictions.add(PredictedQuote.of(quote));
    }
    QuoteScorer.Result result = QuoteScorer.score(QuoteScorer.readGold(Path.of(options.getGold())), predictions, null);
    out.print(QuoteScorer.report(result));
    if (options.getShowErrors()) {
      for (QuoteScorer.Error e : result.errors()) {
        out.println(String.join("\t", e.kind(), e.doc(), e.text(), e.expected(), e.got()));
      }
    }
    return Main.OK;
  }

  private static List<Quote> readQuotes(Path folder) throws IOException {
    List<Quote> quotes = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".avro")).sorted().toList();
    }
    for (Path file : files) {
      try (DataFileReader<Quote> reader = new DataFileReader<>(file.toFile(), new SpecificDatumReader<>(Quote.class))) {
        reader.forEach(quotes::add);
      }
    }
    return quotes;
  }
}
