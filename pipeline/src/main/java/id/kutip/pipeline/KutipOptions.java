package id.kutip.pipeline;

import id.kutip.ingest.ReadDumps;
import id.kutip.output.WriteRecords;
import id.kutip.quotes.AttributeQuotes;
import id.kutip.sentences.SplitSentences;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The job's options. Read only here in {@code pipeline/}; transforms get plain values through {@code withX()}. */
public interface KutipOptions extends PipelineOptions {
  @Description("File pattern(s) of the dumps to read, comma-separated, on any Beam filesystem "
      + "(for example src/samples/seeds/*.txt or gs://bucket/dumps/*.jsonl.gz). "
      + ".jsonl/.ndjson/.json = one document per line; anything else = one document per file; "
      + "gz, bz2, zip, zst and deflate are decompressed by extension.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Output directory: documents/, quotes/ and dead-letter/ Avro files, _manifest.json and _SUCCESS are "
      + "written under it (under DIR/dt=YYYY-MM-DD/ with --runDate). A run writes aside and replaces the previous "
      + "records only when it succeeds.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("The run's logical date, YYYY-MM-DD, for scheduled runs: records go to the partition "
      + "OUTPUT/dt=YYYY-MM-DD/, and a rerun of the same date replaces that partition whole. Unset: records go to "
      + "OUTPUT/ itself.")
  String getRunDate();

  void setRunDate(String value);

  @Description("A document (a file, or one JSON line) larger than this many bytes becomes a dead letter.")
  @Default.Long(ReadDumps.DEFAULT_MAX_DOCUMENT_BYTES)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

  @Description("A file that decompresses past this many bytes is read no further; the rest is a dead letter.")
  @Default.Long(ReadDumps.DEFAULT_MAX_FILE_BYTES)
  long getMaxFileBytes();

  void setMaxFileBytes(long value);

  @Description("Whether the documents read from a file are spread over the workers before cleaning. The job turns "
      + "this off on Flink with --parallelism=1, where there is one worker and spreading would only hold cleaning "
      + "back until every file is read. The records are the same either way.")
  @Default.Boolean(true)
  boolean getSpreadDocuments();

  void setSpreadDocuments(boolean value);

  @Description("Whether entities are tagged on a thread of their own, a few documents behind the sentence split, so "
      + "that a worker's two stages use two cores. The records are the same either way.")
  @Default.Boolean(true)
  boolean getTagOnOwnThread();

  void setTagOnOwnThread(boolean value);

  @Description("The Avro files' block codec: deflate (the default), which every Avro reader reads; zstandard (level "
      + "3), files about the size of deflate's at level 6 for about a quarter of that CPU (half of deflate 3's), for "
      + "readers on Avro 1.9 or later; or snappy, the cheapest to write, for files about 1.4 times deflate 6's. Choose "
      + "snappy or zstandard only where your warehouse's Avro reader has the codec.")
  @Default.String("deflate")
  String getAvroCodec();

  void setAvroCodec(String value);

  @Description("Deflate's level for the Avro files written, 1 (fastest) to 9 (smallest); 3 unless set. Every Avro "
      + "reader reads deflate at any level. Level 6, zlib's default, writes files about 6% smaller with about twice "
      + "the CPU of 3; end to end a run took about 1.09 times as long.")
  @Default.Integer(WriteRecords.DEFAULT_DEFLATE_LEVEL)
  int getAvroDeflateLevel();

  void setAvroDeflateLevel(int value);

  @Description("A document with more sentences than this becomes a dead letter (too-many-sentences).")
  @Default.Integer(SplitSentences.DEFAULT_MAX_SENTENCES)
  int getMaxSentences();

  void setMaxSentences(int value);

  @Description("How many keys the joins of FindDuplicates and ClusterStatements spread over, exactly, and how many "
      + "buckets their band entries are grouped in. Unset, the stages' own: a group per document for the duplicates "
      + "join, 8,192 for the statement join, 256 buckets a band for duplicates and 4,096 for statements; a runner "
      + "holds a group in memory whole, so few keys make each group a large share of the run. The job sets 8 on the "
      + "DirectRunner, which copies a key's whole group for every bundle that adds to it. The records are the same "
      + "either way.")
  Integer getShuffleKeys();

  void setShuffleKeys(Integer value);

  @Description("A quote longer than this many characters (an unclosed quotation mark, not speech) becomes a dead "
      + "letter (quote-too-long); its document is still written.")
  @Default.Integer(AttributeQuotes.DEFAULT_MAX_QUOTE_LENGTH)
  int getMaxQuoteLength();

  void setMaxQuoteLength(int value);

  @Description("JSON Lines field that holds the document id.")
  @Default.String("id")
  String getJsonIdField();

  void setJsonIdField(String value);

  @Description("JSON Lines field that holds the document text.")
  @Default.String("text")
  String getJsonTextField();

  void setJsonTextField(String value);

  @Description("JSON Lines field that holds the title.")
  @Default.String("title")
  String getJsonTitleField();

  void setJsonTitleField(String value);

  @Description("JSON Lines field that holds the URL.")
  @Default.String("url")
  String getJsonUrlField();

  void setJsonUrlField(String value);

  @Description("JSON Lines field that holds the outlet name.")
  @Default.String("outlet")
  String getJsonOutletField();

  void setJsonOutletField(String value);

  @Description("JSON Lines field that holds the publication date.")
  @Default.String("date")
  String getJsonDateField();

  void setJsonDateField(String value);

  @Description("Extra boilerplate pattern files (TSV: kind, pattern, note), comma-separated; "
      + "added to the bundled list.")
  @Default.String("")
  String getBoilerplateFiles();

  void setBoilerplateFiles(String value);

  @Description("Drop documents identified as another language than Indonesian (English, Malay) to the dead "
      + "letters, with reason not-indonesian. Documents whose language cannot be told are kept.")
  @Default.Boolean(false)
  boolean getDropNonIndonesian();

  void setDropNonIndonesian(boolean value);

  @Description("Documents that duplicate another one of the run (same or nearly the same text: syndicated copies) "
      + "stop after FindDuplicates instead of going through the NLP stages; they are counted in the summary. "
      + "Without it they go on, marked with cluster_id and duplicate_of.")
  @Default.Boolean(false)
  boolean getDropDuplicates();

  void setDropDuplicates(boolean value);

  @Description("Extra gazetteer lists (TSV with header canonical, type, aliases, id), comma-separated; "
      + "added to the bundled lists.")
  @Default.String("")
  String getGazetteerFiles();

  void setGazetteerFiles(String value);

  @Description("Seconds between progress lines (documents read, throughput, dead letters so far) while the job "
      + "runs; 0 logs none.")
  @Default.Long(30)
  long getProgressIntervalSeconds();

  void setProgressIntervalSeconds(long value);

  @Description("Write DIR/report.html, a self-contained page about the run's records, when the job ends.")
  @Default.Boolean(true)
  boolean getReport();

  void setReport(boolean value);
}
