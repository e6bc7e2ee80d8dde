package id.kutip.clean;

import id.kutip.common.DocumentStageFn;
import id.kutip.common.KutipCoders;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Cleans raw dumps into article text and metadata ({@link DocumentCleaner}); HTML and WARC pages are turned into
 * block text first. A document with no body left is a dead letter ({@code empty-body}); so is one in another
 * language than Indonesian when {@link #withRejectNonIndonesian} is set ({@code not-indonesian}).
 */
public final class CleanDocuments extends PTransform<PCollection<RawDocument>, StageResult<Document>> {
  private static final TupleTag<Document> CLEANED = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private final List<String> boilerplateFiles;
  private final boolean rejectNonIndonesian;

  private CleanDocuments(List<String> boilerplateFiles, boolean rejectNonIndonesian) {
    this.boilerplateFiles = List.copyOf(boilerplateFiles);
    this.rejectNonIndonesian = rejectNonIndonesian;
  }

  public static CleanDocuments create() {
    return new CleanDocuments(List.of(), false);
  }

  /** Adds the user's own boilerplate pattern files (same TSV form as the bundled ones). */
  public CleanDocuments withBoilerplateFiles(List<String> files) {
    return new CleanDocuments(files, rejectNonIndonesian);
  }

  /** Whether a document identified as another language (English, Malay) becomes a dead letter. */
  public CleanDocuments withRejectNonIndonesian(boolean reject) {
    return new CleanDocuments(boilerplateFiles, reject);
  }

  @Override
  public StageResult<Document> expand(PCollection<RawDocument> input) {
    LineRules.load(boilerplateFiles); // a bad user file fails at submission, not on the workers
    return DocumentStageFn.applyTo(
        input, "Clean", new CleanFn(boilerplateFiles, rejectNonIndonesian), CLEANED, FAILURES, KutipCoders.document());
  }

  static final class CleanFn extends DocumentStageFn<RawDocument, Document> {
    private final List<String> boilerplateFiles;
    private final boolean rejectNonIndonesian;
    private transient DocumentCleaner cleaner;

    CleanFn(List<String> boilerplateFiles, boolean rejectNonIndonesian) {
      super(Stages.CLEAN, CLEANED, FAILURES);
      this.boilerplateFiles = boilerplateFiles;
      this.rejectNonIndonesian = rejectNonIndonesian;
    }

    @Override
    protected void setUp() {
      cleaner = new DocumentCleaner(LineRules.load(boilerplateFiles), rejectNonIndonesian);
    }

    @Override
    protected Document apply(RawDocument raw) {
      return cleaner.clean(raw);
    }

    @Override
    protected String sourceUri(RawDocument raw) {
      return raw.getSourceUri();
    }

    @Override
    protected String docId(RawDocument raw) {
      return raw.getDocId();
    }

    @Override
    protected String payload(RawDocument raw) {
      return raw.getText();
    }
  }
}
