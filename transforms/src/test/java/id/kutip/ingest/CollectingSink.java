package id.kutip.ingest;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.RawDocument;
import java.util.ArrayList;
import java.util.List;

/** A {@link DumpReader.Sink} that keeps what it is given, for tests that read dumps without a pipeline. */
public final class CollectingSink implements DumpReader.Sink {
  public final List<RawDocument> documents = new ArrayList<>();
  public final List<DeadLetter> failures = new ArrayList<>();
  /** Records the reader passed over on purpose (a WARC's requests, its non-HTML responses). */
  public int skipped;

  @Override
  public void document(RawDocument document) {
    documents.add(document);
  }

  @Override
  public void failure(DeadLetter deadLetter) {
    failures.add(deadLetter);
  }

  @Override
  public void skipped() {
    skipped++;
  }
}
