package id.kutip.pipeline;

import id.kutip.clean.CleanDocuments;
import id.kutip.common.ChainedStages;
import id.kutip.common.DocumentOutcome;
import id.kutip.common.KutipCoders;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.common.Tally;
import id.kutip.duplicates.FindDuplicates;
import id.kutip.entities.TagEntities;
import id.kutip.ingest.JsonFields;
import id.kutip.ingest.ReadDumps;
import id.kutip.output.AccountForFiles;
import id.kutip.output.AvroCodec;
import id.kutip.output.WriteRecords;
import id.kutip.quotes.AttributeQuotes;
import id.kutip.quotes.ClusterStatements;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.InputFile;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import id.kutip.sentences.SplitSentences;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The job: ReadDumps → CleanDocuments → FindDuplicates → SplitSentences → TagEntities → AttributeQuotes →
 * ClusterStatements, documents and quotes written as Avro, every stage's failures flattened into the one
 * dead-letter sink, and an account per input file of where its records went (read into the run's manifest).
 */
public final class KutipPipeline {
  private KutipPipeline() {}

  /**
   * What {@link #build} wired, for tests that assert on the collections. The documents written are the annotated
   * stream's outcomes that hold one (see {@link DocumentOutcome}).
   */
  public record Outputs(
      PCollection<DocumentOutcome> documents, PCollection<Quote> quotes, PCollection<DeadLetter> deadLetters,
      PCollection<InputFile> fileAccounts) {}

  /** Runs the job with its records written straight into {@code --output} (no staging, manifest or commit). */
  public static PipelineResult run(KutipOptions options) {
    return run(options, options.getOutput());
  }

  /** Runs the job with its records written under {@code recordsDir} (a run's staging folder: see Main). */
  public static PipelineResult run(KutipOptions options, String recordsDir) {
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options, recordsDir);
    return pipeline.run();
  }

  public static Outputs build(Pipeline pipeline, KutipOptions options) {
    return build(pipeline, options, options.getOutput());
  }

  public static Outputs build(Pipeline pipeline, KutipOptions options, String recordsDir) {
    StageResult<RawDocument> raw =
        pipeline.apply(
            "ReadDumps",
            ReadDumps.from(list(options.getInput()))
                .withMaxDocumentBytes(options.getMaxDocumentBytes())
                .withMaxFileBytes(options.getMaxFileBytes())
                .withSpread(options.getSpreadDocuments())
                .withJsonFields(new JsonFields(
                    options.getJsonIdField(), options.getJsonTextField(), options.getJsonTitleField(),
                    options.getJsonUrlField(), options.getJsonOutletField(), options.getJsonDateField())));
    StageResult<Document> cleaned =
        raw.then("CleanDocuments", CleanDocuments.create()
            .withBoilerplateFiles(list(options.getBoilerplateFiles()))
            .withRejectNonIndonesian(options.getDropNonIndonesian()));
    Integer shuffleKeys = options.getShuffleKeys();
    FindDuplicates findDuplicates = FindDuplicates.create().withDropDuplicates(options.getDropDuplicates());
    StageResult<Document> deduplicated = cleaned.then("FindDuplicates", shuffleKeys == null
        ? findDuplicates
        : findDuplicates.withJoinShards(shuffleKeys).withBandBuckets(shuffleKeys));
    // SplitSentences then TagEntities in one step, whose one output holds each document or the dead letter of the
    // stage that failed on it; the quote stage reads all of it and hands on those dead letters and the documents it
    // saw. Nothing that branches off that output rejoins before the quote stage's own output, so on Flink the split
    // and tagging, the quote stage and the document writer run side by side even in Flink's default execution mode,
    // where the job's own setting (every exchange pipelined, RunnerDefaults) is not in force (see DocumentOutcome).
    PCollection<DocumentOutcome> annotated = deduplicated.then("SplitSentencesAndTagEntities", ChainedStages.of(
        SplitSentences.create().withMaxSentences(options.getMaxSentences()),
        TagEntities.create().withGazetteerFiles(list(options.getGazetteerFiles())))
        .withHandOff(options.getTagOnOwnThread()));
    PCollection<DocumentOutcome> tagged = annotated.apply("TakeDocuments", DocumentOutcome.documents());
    PCollectionTuple quotes = annotated.apply("AttributeQuotes",
        AttributeQuotes.create().withMaxQuoteLength(options.getMaxQuoteLength()).onOutcomes());
    // Everything but the quotes leaves the quote stage in one output, so that no two of its outputs meet again: on
    // Flink the quotes then go on to statement clustering while the stage still runs (see Tally).
    PCollection<Tally> tallies = quotes.get(AttributeQuotes.TALLIES);
    PCollection<DeadLetter> annotationFailures =
        tallies.apply("TakeEarlierDeadLetters", Tally.deadLetters(Stages.QUOTES, false));
    PCollection<DeadLetter> quoteFailures = tallies.apply("TakeQuoteDeadLetters", Tally.deadLetters(Stages.QUOTES, true));

    // Where each input file's records went, counted from the collections themselves (see AccountForFiles). The
    // documents written are those of the annotated stream, as the quote stage saw them.
    PCollectionTuple counted = PCollectionTuple.of(AccountForFiles.READ, raw.output())
        .and(AccountForFiles.REJECTED_AT_READ, raw.failures())
        .and(AccountForFiles.WRITTEN, tallies.apply("TakeWritten", Tally.writtenSourceUris()))
        .and(AccountForFiles.DROPPED, deduplicated.setAside())
        .and(AccountForFiles.DEAD_LETTERS, PCollectionList.of(cleaned.failures())
            .and(deduplicated.failures())
            .and(annotationFailures)
            .apply("CollectDocumentDeadLetters", Flatten.pCollections())
            .setCoder(KutipCoders.deadLetter()))
        .and(AccountForFiles.QUOTE_DEAD_LETTERS, quoteFailures);
    PCollection<InputFile> accounts = counted.apply("AccountForFiles", AccountForFiles.create());

    PCollection<DeadLetter> deadLetters =
        PCollectionList.of(raw.failures())
            .and(cleaned.failures())
            .and(deduplicated.failures())
            .and(annotationFailures)
            .and(quoteFailures)
            .apply("CollectDeadLetters", Flatten.pCollections())
            .setCoder(KutipCoders.deadLetter());

    String output = recordsDir;
    int level = options.getAvroDeflateLevel();
    AvroCodec codec = AvroCodec.named(options.getAvroCodec())
        .orElseThrow(() -> new IllegalArgumentException(StartupCheck.notACodec(options.getAvroCodec())));
    // Written from the bytes each document crossed the exchange as, never decoded on the way (see DocumentOutcome).
    tagged.apply("WriteDocuments", WriteRecords.documentOutcomes(output).withCodec(codec).withDeflateLevel(level));
    PCollection<Quote> clustered = quotes.get(AttributeQuotes.QUOTES).apply("ClusterStatements",
        shuffleKeys == null ? ClusterStatements.create() : ClusterStatements.create().withFixedBuckets(shuffleKeys));
    clustered.apply("WriteQuotes", WriteRecords.quotes(output).withCodec(codec).withDeflateLevel(level));
    deadLetters.apply("WriteDeadLetters", WriteRecords.deadLetters(output).withCodec(codec).withDeflateLevel(level));
    accounts.apply("WriteFileAccounts", WriteRecords.fileAccounts(output).withCodec(codec).withDeflateLevel(level));
    return new Outputs(tagged, clustered, deadLetters, accounts);
  }

  /** A comma-separated option as a list, blanks dropped. */
  static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
