package id.kutip.pipeline;

import id.kutip.output.WriteRecords;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.InputFile;
import id.kutip.schema.Quote;
import id.kutip.schema.RunManifest;
import id.kutip.schema.SchemaFingerprint;
import id.kutip.schema.StageCounters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.JsonEncoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.beam.sdk.io.fs.MatchResult;

/** Builds a run's {@link RunManifest} and writes it as JSON. */
final class RunManifests {
  /** The record schemas a run writes, by the folder they are written to. */
  static final Map<String, Schema> SCHEMAS = Map.of(
      WriteRecords.DOCUMENTS, Document.getClassSchema(),
      WriteRecords.QUOTES, Quote.getClassSchema(),
      WriteRecords.DEAD_LETTER, DeadLetter.getClassSchema());

  private RunManifests() {}

  /** What the run was given and what it started with. */
  record Run(String runId, String runDate, String runner, int parallelism, Instant startedAt, List<String> inputPatterns,
      List<MatchResult.Metadata> inputFiles) {}

  static RunManifest build(Run run, RunSummary summary, Map<String, InputFile> accounts, String output,
      Instant finishedAt) {
    List<StageCounters> stages = new ArrayList<>();
    summary.stages().forEach((stage, counters) ->
        stages.add(StageCounters.newBuilder().setStage(stage).setCounters(new java.util.TreeMap<>(counters)).build()));
    return RunManifest.newBuilder()
        .setJobVersion(jobVersion())
        .setRunId(run.runId())
        .setRunDate(run.runDate() == null ? "" : run.runDate())
        .setRunner(run.runner())
        .setParallelism(Math.max(0, run.parallelism()))
        .setStartedAt(run.startedAt().toString())
        .setFinishedAt(finishedAt.toString())
        .setOutput(output)
        .setInputPatterns(List.copyOf(run.inputPatterns()))
        .setInputFiles(FileAccounting.withAccounts(inputFiles(run.inputFiles()), accounts))
        .setStages(stages)
        .setDocumentsRead(summary.documentsRead())
        .setDocumentsWritten(summary.documentsWritten())
        .setQuotesWritten(summary.quotes())
        .setDeadLetters(summary.deadLetters())
        .setSchemas(fingerprints())
        .build();
  }

  private static List<InputFile> inputFiles(List<MatchResult.Metadata> files) {
    return files.stream()
        .map(m -> InputFile.newBuilder()
            .setUri(m.resourceId().toString())
            .setSizeBytes(m.sizeBytes())
            .setLastModifiedMillis(m.lastModifiedMillis())
            .build())
        .distinct()
        .sorted(Comparator.comparing(InputFile::getUri))
        .toList();
  }

  static List<SchemaFingerprint> fingerprints() {
    List<SchemaFingerprint> out = new ArrayList<>();
    for (String folder : List.of(WriteRecords.DOCUMENTS, WriteRecords.QUOTES, WriteRecords.DEAD_LETTER)) {
      Schema schema = SCHEMAS.get(folder);
      out.add(SchemaFingerprint.newBuilder()
          .setName(schema.getFullName())
          .setFolder(folder)
          .setCrc64Avro(String.format("%016x", SchemaNormalization.parsingFingerprint64(schema)))
          .setSha256(sha256(SchemaNormalization.toParsingForm(schema)))
          .build());
    }
    return out;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The build's version, from {@code version.properties} filled in by Maven. */
  static String jobVersion() {
    try (InputStream in = RunManifests.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The manifest in Avro's JSON encoding: plain JSON, since the manifest's schema has no unions. */
  static byte[] toJson(RunManifest manifest) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      JsonEncoder encoder = EncoderFactory.get().jsonEncoder(RunManifest.getClassSchema(), bytes, true);
      new SpecificDatumWriter<>(RunManifest.class).write(manifest, encoder);
      encoder.flush();
      bytes.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
