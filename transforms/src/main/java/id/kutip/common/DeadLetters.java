package id.kutip.common;

import id.kutip.schema.DeadLetter;
import java.nio.charset.StandardCharsets;

/** Builds {@link DeadLetter} records: the payload's origin, the stage, the reason and a bounded excerpt. */
public final class DeadLetters {
  /** How many characters of the payload a dead letter keeps: enough to recognise it, never the whole. */
  public static final int EXCERPT_CHARS = 1000;

  private DeadLetters() {}

  /** A dead letter for an input that a stage rejected for a known reason. */
  public static DeadLetter rejected(
      String stage, String sourceUri, String docId, RejectedInputException rejection, String payload) {
    return build(stage, sourceUri, docId, rejection.reason(), rejection.getMessage(), payload, null);
  }

  /** A dead letter for an unexpected failure of a stage; the reason is {@code unexpected-error}. */
  public static DeadLetter failed(
      String stage, String sourceUri, String docId, Throwable error, String payload) {
    if (error instanceof RejectedInputException rejection) {
      return rejected(stage, sourceUri, docId, rejection, payload);
    }
    String message = error.getClass().getName() + ": " + error.getMessage();
    return build(stage, sourceUri, docId, "unexpected-error", message, payload, null);
  }

  public static DeadLetter build(
      String stage,
      String sourceUri,
      String docId,
      String reason,
      String error,
      String payload,
      Long payloadBytes) {
    String text = payload == null ? "" : payload;
    return DeadLetter.newBuilder()
        .setSourceUri(sourceUri)
        .setDocId(docId)
        .setStage(stage)
        .setReason(reason)
        .setError(error == null ? reason : error)
        .setExcerpt(excerpt(text))
        .setPayloadBytes(
            payloadBytes != null
                ? payloadBytes
                : (payload == null ? null : (long) text.getBytes(StandardCharsets.UTF_8).length))
        .build();
  }

  /** The first {@link #EXCERPT_CHARS} characters, cut so as not to split a surrogate pair. */
  public static String excerpt(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int end = EXCERPT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
