package id.kutip.evaluation;

import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.entities.EntityTagger;
import id.kutip.ingest.DumpReader;
import id.kutip.ingest.JsonFields;
import id.kutip.quotes.QuoteAttributor;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import id.kutip.sentences.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the stage cores (no Beam) over the repo's gold sets and scores the quotes: fast enough for a unit test and
 * for tuning. {@code main} prints the figures and, with {@code --errors}, every error.
 */
final class GoldRun {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path SEEDS = REPO.resolve("src/samples/seeds");
  static final Path IDNEWS_DEV = REPO.resolve("src/samples/idnews-dev/articles.jsonl");
  static final Path SEEDS_GOLD = REPO.resolve("src/gold/seeds/quotes.jsonl");
  static final Path IDNEWS_GOLD = REPO.resolve("src/gold/idnews-dev/quotes.jsonl");

  private static final DocumentCleaner CLEANER = new DocumentCleaner(LineRules.load(List.of()));
  private static final EntityTagger TAGGER = EntityTagger.load(List.of());
  private static final QuoteAttributor ATTRIBUTOR = new QuoteAttributor();

  private GoldRun() {}

  static List<Quote> quotesOf(List<Path> inputs) throws IOException {
    List<RawDocument> raws = new ArrayList<>();
    DumpReader reader = new DumpReader(10 << 20, 1L << 32, JsonFields.DEFAULT);
    for (Path input : inputs) {
      try (InputStream in = Files.newInputStream(input)) {
        reader.read(input.toString(), in, new DumpReader.Sink() {
          @Override
          public void document(RawDocument document) {
            raws.add(document);
          }

          @Override
          public void failure(DeadLetter deadLetter) {
            throw new IllegalStateException("gold input failed: " + deadLetter);
          }
        });
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (RawDocument raw : raws) {
      Document doc = CLEANER.clean(raw);
      doc = Document.newBuilder(doc).setSentences(SentenceSplitter.shared().split(doc.getText())).build();
      doc = Document.newBuilder(doc).setEntities(TAGGER.tag(doc.getText())).build();
      quotes.addAll(ATTRIBUTOR.attribute(doc));
    }
    return quotes;
  }

  static QuoteScorer.Result seeds() throws IOException {
    List<Path> seeds;
    try (Stream<Path> list = Files.list(SEEDS)) {
      seeds = list.sorted().toList();
    }
    return score(SEEDS_GOLD, quotesOf(seeds));
  }

  static QuoteScorer.Result idnewsDev() throws IOException {
    return score(IDNEWS_GOLD, quotesOf(List.of(IDNEWS_DEV)));
  }

  static QuoteScorer.Result both() throws IOException {
    List<GoldQuote> gold = new ArrayList<>(QuoteScorer.readGold(SEEDS_GOLD));
    gold.addAll(QuoteScorer.readGold(IDNEWS_GOLD));
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> list = Files.list(SEEDS)) {
      inputs.addAll(list.sorted().toList());
    }
    inputs.add(IDNEWS_DEV);
    return QuoteScorer.score(gold, quotesOf(inputs).stream().map(PredictedQuote::of).toList(), null);
  }

  private static QuoteScorer.Result score(Path gold, List<Quote> quotes) throws IOException {
    return QuoteScorer.score(QuoteScorer.readGold(gold), quotes.stream().map(PredictedQuote::of).toList(), null);
  }

  public static void main(String[] args) throws IOException {
    boolean errors = List.of(args).contains("--errors");
    for (String set : List.of("seeds", "idnews-dev", "both")) {
      QuoteScorer.Result r = set.equals("seeds") ? seeds() : set.equals("idnews-dev") ? idnewsDev() : both();
      System.out.println("== " + set);
      System.out.print(QuoteScorer.report(r));
      if (errors && !set.equals("both")) {
        r.errors().forEach(e -> System.out.println(e.kind() + "\t" + e.doc() + "\t"
            + e.text().substring(0, Math.min(90, e.text().length())) + "\t" + e.expected() + "\t" + e.got()));
      }
    }
  }
}
