package id.kutip.ingest;

import id.kutip.common.DeadLetters;
import id.kutip.common.RejectedInputException;
import id.kutip.common.Stages;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads one (already decompressed) dump file into raw documents, streaming: a file is never held in memory
 * beyond {@code maxDocumentBytes} at a time, so a huge file or a decompression bomb cannot exhaust the heap, and no
 * file of any format is read past {@code maxFileBytes}. Every problem becomes a dead letter; documents read before
 * a problem are kept. A text or HTML file is one document; a JSON Lines file one per line; a WARC file one per HTML
 * response record ({@link WarcRecords}).
 */
public final class DumpReader {
  public static final String TOO_LARGE = "too-large";
  public static final String READ_ERROR = "read-error";

  /** Receives what a file yields. */
  public interface Sink {
    void document(RawDocument document);

    void failure(DeadLetter deadLetter);

    /** A part of the file that is not a document and not an error (a WARC request record, an image response). */
    default void skipped() {}
  }

  private final long maxDocumentBytes;
  private final long maxFileBytes;
  private final JsonLinesParser jsonParser;

  public DumpReader(long maxDocumentBytes, long maxFileBytes, JsonFields fields) {
    if (maxDocumentBytes <= 0 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxDocumentBytes must be in (0, 2 GiB): " + maxDocumentBytes);
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxFileBytes = maxFileBytes;
    this.jsonParser = new JsonLinesParser(fields);
  }

  public void read(String uri, InputStream in, Sink sink) {
    InputFormat format = InputFormat.fromFileName(uri);
    FileLimit limited = new FileLimit(in, maxFileBytes);
    try {
      switch (format) {
        case JSONL -> readJsonLines(uri, limited, sink);
        case WARC -> new WarcRecords(maxDocumentBytes).read(uri, limited, sink);
        default -> readText(uri, limited, sink, format);
      }
    } catch (IOException | RuntimeException e) {
      // A parser may wrap the limit's exception in its own, or fail on the cut data: the limit says what happened.
      if (limited.exceeded()) {
        sink.failure(
            DeadLetters.build(
                Stages.READ, uri, null, TOO_LARGE,
                "The file inflates past the limit of " + maxFileBytes + " bytes (--maxFileBytes); the rest was not "
                    + "read, documents before it were kept.",
                null, null));
        return;
      }
      // A broken file (cut compression, a WARC header that is not a number) is a dead letter, never a crash.
      sink.failure(
          DeadLetters.build(
              Stages.READ, uri, null, READ_ERROR,
              "Could not read the file to its end (" + e.getClass().getName() + ": " + e.getMessage()
                  + "); documents before the fault were kept.",
              null, null));
    }
  }

  private void readText(String uri, InputStream in, Sink sink, InputFormat format) throws IOException {
    String docId = InputFormat.stem(uri);
    byte[] buffer = new byte[8192];
    int length = 0;
    long total = 0;
    int n;
    while ((n = in.read(buffer, length, buffer.length - length)) > 0) {
      length += n;
      total += n;
      if (total > maxDocumentBytes) {
        sink.failure(
            DeadLetters.build(
                Stages.READ, uri, docId, TOO_LARGE,
                "The document is larger than the limit of " + maxDocumentBytes + " bytes (--maxDocumentBytes).",
                PayloadDecoder.lenient(buffer, length), null));
        return;
      }
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxDocumentBytes + 1));
      }
    }
    try {
      String text = PayloadDecoder.decode(buffer, length);
      sink.document(
          RawDocument.newBuilder()
              .setDocId(docId)
              .setSourceUri(uri)
              .setFormat(format.label())
              .setText(text)
              .build());
    } catch (RejectedInputException e) {
      sink.failure(
          DeadLetters.build(
              Stages.READ, uri, docId, e.reason(), e.getMessage(), PayloadDecoder.lenient(buffer, length),
              (long) length));
    }
  }

  private void readJsonLines(String uri, InputStream in, Sink sink) throws IOException {
    LineBuffer line = new LineBuffer();
    long lineNumber = 0;
    boolean sawContent = false;
    // Lines are cut at '\n' in the raw bytes before decoding, so a bad byte sequence spoils only its own line. The
    // bytes are read a chunk at a time and scanned for line ends in the array: a call per byte was a few per cent
    // of a large run's CPU.
    byte[] chunk = new byte[65536];
    while (true) {
      int read;
      try {
        read = in.read(chunk);
      } catch (FileLimit.Exceeded e) {
        sink.failure(
            DeadLetters.build(
                Stages.READ, uri, null, TOO_LARGE,
                "The file inflates past the limit of " + maxFileBytes + " bytes (--maxFileBytes); lines from "
                    + (lineNumber + 1) + " on were not read.",
                null, null));
        return;
      }
      if (read < 0) {
        if (line.total > 0) { // a last line without its line end
          lineNumber++;
          sawContent = true;
          emitLine(uri, lineNumber, line, sink);
        }
        break;
      }
      int start = 0;
      for (int i = 0; i < read; i++) {
        if (chunk[i] == '\n') {
          line.append(chunk, start, i - start, maxDocumentBytes);
          lineNumber++;
          sawContent |= line.total > 0;
          emitLine(uri, lineNumber, line, sink);
          line.reset();
          start = i + 1;
        }
      }
      line.append(chunk, start, read - start, maxDocumentBytes);
    }
    if (!sawContent) {
      sink.failure(
          DeadLetters.build(Stages.READ, uri, null, PayloadDecoder.EMPTY, "The JSON Lines file has no records.", "", 0L));
    }
  }

  private void emitLine(String uri, long lineNumber, LineBuffer line, Sink sink) {
    String lineUri = uri + "#line=" + lineNumber;
    if (line.total > maxDocumentBytes) {
      sink.failure(
          DeadLetters.build(
              Stages.READ, lineUri, null, TOO_LARGE,
              "Line " + lineNumber + " has " + line.total + " bytes, over the limit of " + maxDocumentBytes
                  + " (--maxDocumentBytes).",
              PayloadDecoder.lenient(line.bytes, line.length), line.total));
      return;
    }
    if (isBlank(line)) {
      return; // Blank lines separate nothing in JSON Lines; they are not records.
    }
    String text = null;
    try {
      text = PayloadDecoder.decode(line.bytes, line.length);
      sink.document(jsonParser.parse(text, uri, lineNumber));
    } catch (RejectedInputException e) {
      sink.failure(
          DeadLetters.build(
              Stages.READ, lineUri, null, e.reason(), e.getMessage(),
              text != null ? text : PayloadDecoder.lenient(line.bytes, line.length), line.total));
    }
  }

  private static boolean isBlank(LineBuffer line) {
    for (int i = 0; i < line.length; i++) {
      byte c = line.bytes[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** One line's bytes, kept up to the document limit; {@code total} counts the bytes seen, kept or not. */
  private static final class LineBuffer {
    byte[] bytes = new byte[4096];
    int length;
    long total;

    /** Counts {@code count} bytes of {@code source} from {@code offset}; keeps them up to {@code limit} in all. */
    void append(byte[] source, int offset, int count, long limit) {
      total += count;
      int kept = (int) Math.min(count, Math.max(0, limit - length));
      if (kept == 0) {
        return;
      }
      if (length + kept > bytes.length) {
        // length + kept never passes the limit, so neither does the new size.
        long grown = Math.max((long) length + kept, (long) bytes.length * 2);
        bytes = Arrays.copyOf(bytes, (int) Math.min(grown, limit));
      }
      System.arraycopy(source, offset, bytes, length, kept);
      length += kept;
    }

    void reset() {
      length = 0;
      total = 0;
      if (bytes.length > (1 << 20)) {
        bytes = new byte[4096];
      }
    }
  }
}
