package id.kutip.ingest;

import id.kutip.common.DeadLetters;
import id.kutip.common.RejectedInputException;
import id.kutip.common.Stages;
import id.kutip.schema.RawDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC file (Common Crawl's layout), streaming, with jwarc. Each {@code response}
 * record whose HTTP payload is HTML becomes a raw document of format {@code warc}: its id is the record's id
 * ({@code WARC-Record-ID} without {@code urn:uuid:}), its URL the record's target, its source URI the file's with
 * {@code #record=N} (the record's position in the file, from 1). Other records (warcinfo, request, metadata,
 * images) are passed over and counted; a payload over the size limit, or one that cannot be read (a body whose
 * declared gzip is not), is a dead letter of its record and the next records are read. A broken record header
 * ends the file: where the next record starts is then unknown.
 */
final class WarcRecords {
  private static final String URN_UUID = "urn:uuid:";
  private final long maxDocumentBytes;

  WarcRecords(long maxDocumentBytes) {
    this.maxDocumentBytes = maxDocumentBytes;
  }

  void read(String uri, FileLimit in, DumpReader.Sink sink) throws IOException {
    WarcReader reader = new WarcReader(in);
    long number = 0;
    while (true) {
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return;
      }
      number++;
      if (!(next.get() instanceof WarcResponse response)) {
        sink.skipped();
        continue;
      }
      String recordUri = uri + "#record=" + number;
      String docId = docId(response, uri, number);
      HttpResponse http;
      MediaType type;
      try {
        http = response.http();
        type = http.contentType();
      } catch (IOException | IllegalArgumentException e) {
        sink.skipped(); // not an HTTP response (dns:, gemini:) or no parsable content type
        continue;
      }
      if (!isHtml(type)) {
        sink.skipped();
        continue;
      }
      byte[] payload;
      try {
        payload = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes + 1));
      } catch (IOException e) {
        if (in.exceeded()) {
          throw e;
        }
        // The record's own body is bad; the record's length is known, so the next record is still found.
        sink.failure(DeadLetters.build(Stages.READ, recordUri, docId, DumpReader.READ_ERROR,
            "The record's payload could not be read (" + e.getClass().getName() + ": " + e.getMessage() + ").",
            null, null));
        continue;
      }
      if (payload.length > maxDocumentBytes) {
        sink.failure(DeadLetters.build(Stages.READ, recordUri, docId, DumpReader.TOO_LARGE,
            "The record's payload is larger than the limit of " + maxDocumentBytes + " bytes (--maxDocumentBytes).",
            PayloadDecoder.lenient(payload, payload.length), null));
        continue;
      }
      try {
        sink.document(RawDocument.newBuilder()
            .setDocId(docId)
            .setSourceUri(recordUri)
            .setFormat(InputFormat.WARC.label())
            .setText(decode(payload, type))
            .setUrl(response.target())
            .build());
      } catch (RejectedInputException e) {
        sink.failure(DeadLetters.build(Stages.READ, recordUri, docId, e.reason(), e.getMessage(),
            PayloadDecoder.lenient(payload, payload.length), (long) payload.length));
      }
    }
  }

  private static String docId(WarcRecord record, String uri, long number) {
    String id = record.id() == null ? "" : record.id().toString();
    if (id.regionMatches(true, 0, URN_UUID, 0, URN_UUID.length())) {
      return id.substring(URN_UUID.length());
    }
    return id.isBlank() ? InputFormat.stem(uri) + "-R" + number : id;
  }

  private static boolean isHtml(MediaType type) {
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return type.type().equalsIgnoreCase("text") && subtype.equals("html") || subtype.equals("xhtml+xml");
  }

  /** The payload as text: the charset the response declares, else UTF-8 with the usual fallback. */
  private static String decode(byte[] payload, MediaType type) {
    String declared = type.parameters().get("charset");
    if (declared != null) {
      try {
        Charset charset = Charset.forName(declared.strip());
        if (!charset.name().equals("UTF-8")) {
          return new String(payload, charset);
        }
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // an unknown charset name: read it like any other page
      }
    }
    return PayloadDecoder.decode(payload, payload.length);
  }
}
