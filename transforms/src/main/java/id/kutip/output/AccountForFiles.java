package id.kutip.output;

import id.kutip.common.KutipCoders;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.InputFile;
import id.kutip.schema.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Where each input file's records went: one {@link InputFile} account per file with the records read from it and
 * how many were written, dropped as duplicates or dead-lettered, so that a run can show, file by file, that nothing
 * was lost. Each input is counted where it is, independently of the others:
 *
 * <pre>{@code
 * PCollectionTuple.of(AccountForFiles.READ, raw.output())
 *     .and(AccountForFiles.REJECTED_AT_READ, raw.failures())
 *     ... .apply("AccountForFiles", AccountForFiles.create());
 * }</pre>
 *
 * {@link #WRITTEN} takes the written documents' source URIs, not the documents: the job counts them where the quote
 * stage reads the annotated stream, so that nothing branches off that stream to rejoin here (see DocumentOutcome).
 * Every tag but one of the first two is optional; the counts are summed with a combiner, so no file's records are
 * held together, only one small account per file.
 */
public final class AccountForFiles extends PTransform<PCollectionTuple, PCollection<InputFile>> {
  /** The documents ReadDumps took from the files. */
  public static final TupleTag<RawDocument> READ = new TupleTag<>("read") {};
  /** What ReadDumps rejected (each one record read, and a dead letter). */
  public static final TupleTag<DeadLetter> REJECTED_AT_READ = new TupleTag<>("rejectedAtRead") {};
  /** The documents written, by their source URIs: one element per document. */
  public static final TupleTag<String> WRITTEN = new TupleTag<>("written") {};
  /** The documents left out as duplicates. */
  public static final TupleTag<Document> DROPPED = new TupleTag<>("dropped") {};
  /** Dead letters of the document stages after ReadDumps (the document is not written). */
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>("deadLetters") {};
  /** Dead letters of AttributeQuotes (the document is written, its quotes are not). */
  public static final TupleTag<DeadLetter> QUOTE_DEAD_LETTERS = new TupleTag<>("quoteDeadLetters") {};

  static final int BUCKETS = 16;

  private AccountForFiles() {}

  public static AccountForFiles create() {
    return new AccountForFiles();
  }

  @Override
  public PCollection<InputFile> expand(PCollectionTuple input) {
    if (!input.has(READ) && !input.has(REJECTED_AT_READ)) {
      throw new IllegalArgumentException("AccountForFiles needs what was read: the READ or REJECTED_AT_READ tag");
    }
    List<PCollection<KV<Integer, InputFile>>> parts = new ArrayList<>();
    add(parts, input, READ, "CountRead", d -> d.getSourceUri(), a -> a.setRecordsRead(1));
    add(parts, input, REJECTED_AT_READ, "CountRejectedAtRead", d -> d.getSourceUri(),
        a -> a.setRecordsRead(1).setDeadLetters(1));
    add(parts, input, WRITTEN, "CountWritten", uri -> uri, a -> a.setDocumentsWritten(1));
    add(parts, input, DROPPED, "CountDropped", d -> d.getSourceUri(), a -> a.setDuplicatesDropped(1));
    add(parts, input, DEAD_LETTERS, "CountDeadLetters", d -> d.getSourceUri(), a -> a.setDeadLetters(1));
    add(parts, input, QUOTE_DEAD_LETTERS, "CountQuoteDeadLetters", d -> d.getSourceUri(),
        a -> a.setQuoteDeadLetters(1));
    return PCollectionList.of(parts)
        .apply("FlattenCounts", Flatten.pCollections())
        .apply("SumPerBucket", Combine.perKey(new SumPerFile()))
        .apply("Accounts", FlatMapElements.into(TypeDescriptor.of(InputFile.class))
            .via((KV<Integer, List<InputFile>> bucket) -> bucket.getValue()))
        .setCoder(KutipCoders.inputFile());
  }

  /**
   * Sums the accounts of the files of one bucket. Files are gathered in {@value #BUCKETS} buckets rather than one key
   * each, because runners pay per key (the direct runner tens of milliseconds each), and a run may read many files.
   */
  static final class SumPerFile extends Combine.CombineFn<InputFile, Map<String, InputFile>, List<InputFile>> {
    @Override
    public Map<String, InputFile> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public Map<String, InputFile> addInput(Map<String, InputFile> accounts, InputFile account) {
      accounts.merge(account.getUri(), account, FileAccounts::sum);
      return accounts;
    }

    @Override
    public Map<String, InputFile> mergeAccumulators(Iterable<Map<String, InputFile>> all) {
      Map<String, InputFile> merged = createAccumulator();
      for (Map<String, InputFile> accounts : all) {
        accounts.values().forEach(account -> addInput(merged, account));
      }
      return merged;
    }

    @Override
    public List<InputFile> extractOutput(Map<String, InputFile> accounts) {
      return new ArrayList<>(accounts.values());
    }

    @Override
    public Coder<Map<String, InputFile>> getAccumulatorCoder(CoderRegistry registry, Coder<InputFile> input) {
      return MapCoder.of(StringUtf8Coder.of(), KutipCoders.inputFile());
    }

    @Override
    public Coder<List<InputFile>> getDefaultOutputCoder(CoderRegistry registry, Coder<InputFile> input) {
      return ListCoder.of(KutipCoders.inputFile());
    }
  }

  /** One partial account per element of the tagged collection, keyed by its file. */
  private static <T> void add(List<PCollection<KV<Integer, InputFile>>> parts, PCollectionTuple input, TupleTag<T> tag,
      String name, SerializableFunction<T, String> sourceUri, Counting counting) {
    if (!input.has(tag)) {
      return;
    }
    parts.add(input.get(tag)
        .apply(name, MapElements
            .into(new TypeDescriptor<KV<Integer, InputFile>>() {})
            .via((T element) -> {
              String file = FileAccounts.fileOf(sourceUri.apply(element));
              return KV.of(Math.floorMod(file.hashCode(), BUCKETS), counting.apply(FileAccounts.of(file)).build());
            }))
        .setCoder(KvCoder.of(VarIntCoder.of(), KutipCoders.inputFile())));
  }

  /** Sets the counts one element adds to its file's account. */
  @FunctionalInterface
  private interface Counting extends java.io.Serializable {
    InputFile.Builder apply(InputFile.Builder account);
  }
}
