package id.kutip.common;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import org.apache.beam.sdk.values.TupleTag;

/** A {@link DocumentStageFn} from a Document to a Document (sentences, entities added). */
public abstract class DocumentFn extends DocumentStageFn<Document, Document> {
  protected DocumentFn(String stage, TupleTag<Document> outputTag, TupleTag<DeadLetter> failureTag) {
    super(stage, outputTag, failureTag);
  }

  @Override
  protected String sourceUri(Document input) {
    return input.getSourceUri();
  }

  @Override
  protected String docId(Document input) {
    return input.getDocId();
  }

  @Override
  protected String payload(Document input) {
    return input.getText();
  }
}
