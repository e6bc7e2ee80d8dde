package id.kutip.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.common.RejectedInputException;
import id.kutip.duplicates.MinHash;
import id.kutip.duplicates.Sketch;
import id.kutip.entities.EntityTagger;
import id.kutip.entities.TagEntities;
import id.kutip.ingest.JsonFields;
import id.kutip.ingest.JsonLinesParser;
import id.kutip.output.AvroCodec;
import id.kutip.output.WriteRecords;
import id.kutip.quotes.QuoteAttributor;
import id.kutip.quotes.StatementShingles;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import id.kutip.sentences.SentenceSplitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of each stage's plain-Java core on the whole idnews corpus (416 articles,
 * {@code src/samples/idnews/articles.jsonl.gz}), against CoreNLP tokenize+ssplit alone on the same texts: the floor
 * of any job that splits sentences with CoreNLP, which issue #7 measures the job against.
 *
 * <p>One operation is one pass over the corpus. The auxiliary counters turn it into documents/s and bytes/s: a pass
 * counts the documents it covers and the UTF-8 bytes of their {@code text} as dumped (before cleaning), so every
 * row is in the same units whatever form the stage reads. The stages after cleaning cover the documents the cleaner
 * keeps, already cleaned (and, for quotes, split and tagged) in setup. {@link JmhReport} prints the table.
 *
 * <p>Run: {@code mvn -B -q -o -pl schemas,transforms -am verify -DskipTests -Pjmh} (see transforms/pom.xml).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// On a shared 2-core machine the tagger's throughput settles only after some 15 s of JIT compilation.
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
// CoreNLP logs through slf4j-simple: its INFO and WARN lines (annotators loaded, characters of the raw texts it
// cannot tokenize) would interleave with JMH's output. CoreNLP's lexer is compiled, as the README tells users to run
// the job (HugeMethods): without the flag the floor was about three times as slow (docs/PERFORMANCE.md, thirteenth
// pass), and the stages' ratios to it were taken that way before then.
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.log.edu.stanford.nlp=error",
    "-XX:-DontCompileHugeMethods"})
public class CoreBenchmarks {
  private static final String FILE = "file:///src/samples/idnews/articles.jsonl.gz";

  /** The corpus as dumped: its JSON lines and the raw documents parsed from them. */
  @State(Scope.Benchmark)
  public static class Corpus {
    final JsonLinesParser parser = new JsonLinesParser(JsonFields.DEFAULT);
    List<String> lines;
    List<RawDocument> raws;
    long bytes;

    @Setup(Level.Trial)
    public void load() throws IOException {
      lines = BenchCorpus.idnewsLines();
      raws = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        RawDocument raw = parser.parse(lines.get(i), FILE, i + 1);
        raws.add(raw);
        bytes += utf8(raw.getText());
      }
    }

    int documents() {
      return raws.size();
    }
  }

  /** The cleaner with the bundled rules (the pipeline's defaults), and the documents it keeps. */
  @State(Scope.Benchmark)
  public static class Cleaned {
    final DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));
    final List<Document> documents = new ArrayList<>();
    long bytes;

    @Setup(Level.Trial)
    public void clean(Corpus corpus) {
      for (RawDocument raw : corpus.raws) {
        try {
          documents.add(cleaner.clean(raw));
          bytes += utf8(raw.getText());
        } catch (RejectedInputException e) {
          // not an article: the later stages never see it
        }
      }
    }
  }

  /** The cleaned documents split and tagged as the quote stage gets them, and the quotes found in each. */
  @State(Scope.Benchmark)
  public static class Annotated {
    final SentenceSplitter splitter = SentenceSplitter.shared();
    final EntityTagger tagger = TagEntities.sharedTagger(List.of());
    final QuoteAttributor attributor = new QuoteAttributor();
    final List<Document> documents = new ArrayList<>();
    final List<List<Quote>> quotes = new ArrayList<>();
    long bytes;

    @Setup(Level.Trial)
    public void annotate(Cleaned cleaned) {
      for (Document document : cleaned.documents) {
        Document done = Document.newBuilder(document)
            .setSentences(splitter.split(document.getText()))
            .setEntities(tagger.tag(document.getText()))
            .build();
        documents.add(done);
        quotes.add(attributor.attribute(done));
      }
      bytes = cleaned.bytes;
    }
  }

  /** CoreNLP with the project's own tokenize+ssplit settings ({@code sentences/corenlp.properties}). */
  @State(Scope.Benchmark)
  public static class Floor {
    final StanfordCoreNLP corenlp = new StanfordCoreNLP(SentenceSplitter.bundledProperties());
    long rawTokens;
    long cleanedTokens;

    @Setup(Level.Trial)
    public void countTokens(Corpus corpus, Cleaned cleaned) {
      for (RawDocument raw : corpus.raws) {
        rawTokens += tokens(corenlp, raw.getText());
      }
      for (Document document : cleaned.documents) {
        cleanedTokens += tokens(corenlp, document.getText());
      }
    }
  }

  /** Documents and bytes covered, reported by JMH per second next to the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long documents;
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      documents = 0;
      bytes = 0;
    }

    void add(long passDocuments, long passBytes) {
      documents += passDocuments;
      bytes += passBytes;
    }
  }

  /** {@link Counts} plus the CoreNLP tokens covered, for the floor's tokens/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class TokenCounts {
    public long documents;
    public long bytes;
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      documents = 0;
      bytes = 0;
      tokens = 0;
    }

    void add(long passDocuments, long passBytes, long passTokens) {
      documents += passDocuments;
      bytes += passBytes;
      tokens += passTokens;
    }
  }

  /** Read: each JSON line becomes a raw document ({@link JsonLinesParser}). */
  @Benchmark
  public void parse(Corpus corpus, Counts counts, Blackhole bh) {
    List<String> lines = corpus.lines;
    for (int i = 0; i < lines.size(); i++) {
      bh.consume(corpus.parser.parse(lines.get(i), FILE, i + 1));
    }
    counts.add(corpus.documents(), corpus.bytes);
  }

  /** Clean: boilerplate, header, repeated paragraphs, language ({@link DocumentCleaner}); a rejection counts. */
  @Benchmark
  public void clean(Corpus corpus, Cleaned cleaned, Counts counts, Blackhole bh) {
    for (RawDocument raw : corpus.raws) {
      try {
        bh.consume(cleaned.cleaner.clean(raw));
      } catch (RejectedInputException e) {
        bh.consume(e);
      }
    }
    counts.add(corpus.documents(), corpus.bytes);
  }

  /** Duplicates: shingles, MinHash signature, band keys and sketch of a cleaned document, as FindDuplicates does. */
  @Benchmark
  public void sketch(Cleaned cleaned, Counts counts, Blackhole bh) {
    for (Document document : cleaned.documents) {
      sketchOne(document, bh);
    }
    counts.add(cleaned.documents.size(), cleaned.bytes);
  }

  /** Sentences: CoreNLP per paragraph plus the Indonesian corrections ({@link SentenceSplitter}). */
  @Benchmark
  public void split(Cleaned cleaned, Annotated annotated, Counts counts, Blackhole bh) {
    for (Document document : cleaned.documents) {
      bh.consume(annotated.splitter.split(document.getText()));
    }
    counts.add(cleaned.documents.size(), cleaned.bytes);
  }

  /** Entities with the bundled lists and rules ({@link EntityTagger}). */
  @Benchmark
  public void tag(Cleaned cleaned, Annotated annotated, Counts counts, Blackhole bh) {
    for (Document document : cleaned.documents) {
      bh.consume(annotated.tagger.tag(document.getText()));
    }
    counts.add(cleaned.documents.size(), cleaned.bytes);
  }

  /** Quotes of documents already split and tagged ({@link QuoteAttributor}). */
  @Benchmark
  public void quotes(Annotated annotated, Counts counts, Blackhole bh) {
    for (Document document : annotated.documents) {
      bh.consume(annotated.attributor.attribute(document));
    }
    counts.add(annotated.documents.size(), annotated.bytes);
  }

  /** Statement clustering's per-quote work: shingles and band keys of every quote found ({@link StatementShingles}). */
  @Benchmark
  public void statementShingles(Annotated annotated, Counts counts, Blackhole bh) {
    for (List<Quote> quotes : annotated.quotes) {
      for (Quote quote : quotes) {
        int[] shingles = StatementShingles.shingles(quote.getText());
        bh.consume(StatementShingles.bandKeys(shingles));
      }
    }
    counts.add(annotated.quotes.size(), annotated.bytes);
  }

  /** The cores one after the other per document: clean, split, tag, quotes, each a new Document as in the job. */
  @Benchmark
  public void chain(Corpus corpus, Cleaned cleaned, Annotated annotated, Counts counts, Blackhole bh) {
    for (RawDocument raw : corpus.raws) {
      throughQuotes(raw, cleaned, annotated, bh);
    }
    counts.add(corpus.documents(), corpus.bytes);
  }

  /**
   * Every per-document core the job runs: parse the JSON line, clean, sketch for duplicates, split, tag, quotes,
   * and the statement shingles of each quote.
   */
  @Benchmark
  public void chainFromLine(Corpus corpus, Cleaned cleaned, Annotated annotated, Counts counts, Blackhole bh) {
    List<String> lines = corpus.lines;
    for (int i = 0; i < lines.size(); i++) {
      RawDocument raw = corpus.parser.parse(lines.get(i), FILE, i + 1);
      Document document;
      try {
        document = cleaned.cleaner.clean(raw);
      } catch (RejectedInputException e) {
        bh.consume(e);
        continue;
      }
      sketchOne(document, bh);
      document = Document.newBuilder(document).setSentences(annotated.splitter.split(document.getText())).build();
      document = Document.newBuilder(document).setEntities(annotated.tagger.tag(document.getText())).build();
      for (Quote quote : annotated.attributor.attribute(document)) {
        bh.consume(StatementShingles.bandKeys(StatementShingles.shingles(quote.getText())));
      }
    }
    counts.add(corpus.documents(), corpus.bytes);
  }

  private static void throughQuotes(RawDocument raw, Cleaned cleaned, Annotated annotated, Blackhole bh) {
    Document document;
    try {
      document = cleaned.cleaner.clean(raw);
    } catch (RejectedInputException e) {
      bh.consume(e);
      return;
    }
    document = Document.newBuilder(document).setSentences(annotated.splitter.split(document.getText())).build();
    document = Document.newBuilder(document).setEntities(annotated.tagger.tag(document.getText())).build();
    bh.consume(annotated.attributor.attribute(document));
  }

  private static void sketchOne(Document document, Blackhole bh) {
    Sketch sketch = Sketch.of(document);
    for (int band = 0; band < MinHash.BANDS; band++) {
      bh.consume(MinHash.bandHash(sketch.signature(), band));
    }
    bh.consume(sketch);
  }

  /**
   * Writing the split and tagged documents as one Avro container file, as the job's writer does (a fresh writer
   * per pass, blocks of Avro's default size), at deflate's level 6 (zlib's default), 3 (the job's) and 1, and with
   * the two other codecs the job offers: the CPU that {@code --avroDeflateLevel} and {@code --avroCodec} trade for
   * bytes.
   * Each writes into memory, so no disk is timed.
   */
  @Benchmark
  public void writeDeflate6(Annotated annotated, Counts counts, Blackhole bh) throws IOException {
    bh.consume(write(annotated.documents, AvroCodec.DEFLATE.factory(6)));
    counts.add(annotated.documents.size(), annotated.bytes);
  }

  @Benchmark
  public void writeDeflate3(Annotated annotated, Counts counts, Blackhole bh) throws IOException {
    bh.consume(write(annotated.documents, AvroCodec.DEFLATE.factory(3)));
    counts.add(annotated.documents.size(), annotated.bytes);
  }

  @Benchmark
  public void writeDeflate1(Annotated annotated, Counts counts, Blackhole bh) throws IOException {
    bh.consume(write(annotated.documents, AvroCodec.DEFLATE.factory(1)));
    counts.add(annotated.documents.size(), annotated.bytes);
  }

  @Benchmark
  public void writeZstandard(Annotated annotated, Counts counts, Blackhole bh) throws IOException {
    bh.consume(write(annotated.documents, AvroCodec.ZSTANDARD.factory(WriteRecords.DEFAULT_DEFLATE_LEVEL)));
    counts.add(annotated.documents.size(), annotated.bytes);
  }

  @Benchmark
  public void writeSnappy(Annotated annotated, Counts counts, Blackhole bh) throws IOException {
    bh.consume(write(annotated.documents, AvroCodec.SNAPPY.factory(WriteRecords.DEFAULT_DEFLATE_LEVEL)));
    counts.add(annotated.documents.size(), annotated.bytes);
  }

  /** The bytes of {@code documents} in one Avro container file with {@code codec}. */
  static int write(List<Document> documents, CodecFactory codec) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    try (DataFileWriter<Document> writer = new DataFileWriter<>(new SpecificDatumWriter<>(Document.class))) {
      writer.setCodec(codec);
      writer.create(Document.getClassSchema(), out);
      for (Document document : documents) {
        writer.append(document);
      }
    }
    return out.size();
  }

  /** The floor: CoreNLP tokenize+ssplit alone on the texts as dumped, one annotation per document. */
  @Benchmark
  public void tokenizeSsplit(Corpus corpus, Floor floor, TokenCounts counts, Blackhole bh) {
    for (RawDocument raw : corpus.raws) {
      Annotation annotation = new Annotation(raw.getText());
      floor.corenlp.annotate(annotation);
      bh.consume(annotation);
    }
    counts.add(corpus.documents(), corpus.bytes, floor.rawTokens);
  }

  /** CoreNLP tokenize+ssplit on the cleaned texts: the share of {@link #split} that is CoreNLP's own. */
  @Benchmark
  public void tokenizeSsplitCleaned(Cleaned cleaned, Floor floor, TokenCounts counts, Blackhole bh) {
    for (Document document : cleaned.documents) {
      Annotation annotation = new Annotation(document.getText());
      floor.corenlp.annotate(annotation);
      bh.consume(annotation);
    }
    counts.add(cleaned.documents.size(), cleaned.bytes, floor.cleanedTokens);
  }

  private static long tokens(StanfordCoreNLP corenlp, String text) {
    Annotation annotation = new Annotation(text);
    corenlp.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
