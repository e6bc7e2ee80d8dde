package id.kutip.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DumpReaderTest {
  private final CollectingSink sink = new CollectingSink();
  private final List<RawDocument> documents = sink.documents;
  private final List<DeadLetter> failures = sink.failures;

  private void read(String uri, byte[] bytes) {
    new DumpReader(1000, 10_000, JsonFields.DEFAULT).read(uri, new ByteArrayInputStream(bytes), sink);
  }

  @Test
  void textFileIsOneDocumentNamedAfterTheFile() {
    read("file:///d/000_abc.txt.gz", "Judul\n\nIsi berita.".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, documents.size());
    assertEquals("000_abc", documents.get(0).getDocId());
    assertEquals("text", documents.get(0).getFormat());
    assertEquals("Judul\n\nIsi berita.", documents.get(0).getText());
    assertTrue(failures.isEmpty());
  }

  @Test
  void jsonLinesGiveOneDocumentPerLineAndBadLinesBecomeDeadLetters() {
    String jsonl = "{\"id\":\"a\",\"text\":\"satu\",\"title\":\"T\",\"outlet\":\"detik.com\"}\n"
        + "{not json\n"
        + "\n"
        + "{\"id\":\"b\"}\n"
        + "{\"id\":\"c\",\"text\":42}\n"
        + "{\"text\":\"tanpa id\",\"title\":{\"nested\":1}}\n";
    read("file:///d/dump.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("a", "dump-L6"), documents.stream().map(RawDocument::getDocId).toList());
    assertEquals("T", documents.get(0).getTitle());
    assertEquals("detik.com", documents.get(0).getOutlet());
    assertEquals("file:///d/dump.jsonl#line=1", documents.get(0).getSourceUri());
    assertNull(documents.get(1).getTitle(), "nested junk in a metadata field is ignored");
    assertEquals(List.of("malformed-json", "missing-text", "bad-field"), failures.stream().map(DeadLetter::getReason).toList());
    assertEquals("file:///d/dump.jsonl#line=2", failures.get(0).getSourceUri());
    assertEquals("ReadDumps", failures.get(0).getStage());
    assertEquals("{not json", failures.get(0).getExcerpt());
  }

  @Test
  void emptyAndBinaryFilesAreDeadLetters() {
    read("file:///d/empty.txt", new byte[0]);
    byte[] noise = new byte[500];
    new Random(7).nextBytes(noise);
    read("file:///d/noise.txt", noise);
    read("file:///d/empty.jsonl", new byte[0]);
    assertTrue(documents.isEmpty());
    assertEquals(List.of("empty", "binary-content", "empty"), failures.stream().map(DeadLetter::getReason).toList());
  }

  @Test
  void pngRenamedToTxtIsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    read("file:///d/image.txt", png);
    assertEquals("binary-content", failures.get(0).getReason());
  }

  @Test
  void legacyEncodingsAndByteOrderMarksAreDecoded() {
    read("file:///d/latin1.txt", "Menurut Andr\u00e9, \u00ab harga \u00bb naik.".getBytes(StandardCharsets.ISO_8859_1));
    byte[] utf16 = "\uFEFFBerita UTF-16.".getBytes(StandardCharsets.UTF_16LE);
    read("file:///d/utf16.txt", utf16);
    assertEquals("Menurut Andr\u00e9, \u00ab harga \u00bb naik.", documents.get(0).getText());
    assertEquals("Berita UTF-16.", documents.get(1).getText());
  }

  @Test
  void documentsOverTheLimitAreDeadLettersNotMemory() {
    read("file:///d/big.txt", "a".repeat(5000).getBytes(StandardCharsets.UTF_8));
    read("file:///d/big.jsonl", ("{\"id\":\"x\",\"text\":\"" + "b".repeat(5000) + "\"}\n{\"id\":\"y\",\"text\":\"ok\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("y"), documents.stream().map(RawDocument::getDocId).toList());
    assertEquals(List.of("too-large", "too-large"), failures.stream().map(DeadLetter::getReason).toList());
    assertTrue(failures.get(0).getExcerpt().length() <= 1000);
  }

  @Test
  void fileInflatingPastTheFileLimitStopsWithADeadLetter() {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      jsonl.append("{\"id\":\"d").append(i).append("\",\"text\":\"teks\"}\n");
    }
    read("file:///d/bomb.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8));
    assertTrue(documents.size() < 400 && documents.size() > 300, "documents before the limit are kept");
    assertEquals("too-large", failures.get(failures.size() - 1).getReason());
  }

  /**
   * Lines are cut in chunks of the stream: whatever sizes the stream hands over, and however the lines fall across
   * them (longer than a chunk, over the document limit, blank, a last one without its line end), every line is
   * read as if it had been read alone.
   */
  @Test
  void linesAreTheSameWhereverAReadEnds() {
    Random random = new Random(11);
    int limit = 70_000; // above the reader's chunk of 65,536 bytes
    for (int round = 0; round < 40; round++) {
      StringBuilder jsonl = new StringBuilder();
      List<String> expectedIds = new java.util.ArrayList<>();
      List<String> expectedTooLarge = new java.util.ArrayList<>();
      int lines = 1 + random.nextInt(12);
      boolean content = false; // a byte other than a line end: a file without one is a dead letter of its own
      for (int line = 1; line <= lines; line++) {
        if (random.nextInt(6) == 0) {
          jsonl.append(random.nextBoolean() ? "" : "  \r");
        } else {
          String id = "r" + round + "-" + line;
          String text = "kata ".repeat(random.nextInt(3) == 0 ? 10_000 + random.nextInt(6_000) : random.nextInt(40));
          String record = "{\"id\":\"" + id + "\",\"text\":\"" + text + "ini\"}";
          jsonl.append(record);
          (record.length() > limit ? expectedTooLarge : expectedIds)
              .add(record.length() > limit ? "file:///d/r.jsonl#line=" + line : id);
        }
        if (line < lines || random.nextBoolean()) {
          jsonl.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        content |= !jsonl.toString().replace("\n", "").isEmpty();
      }
      byte[] bytes = jsonl.toString().getBytes(StandardCharsets.UTF_8);
      InputStream dribbling = new ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 7 : 90_000)));
        }
      };
      CollectingSink lineSink = new CollectingSink();
      new DumpReader(limit, 10_000_000, JsonFields.DEFAULT).read("file:///d/r.jsonl", dribbling, lineSink);

      assertEquals(expectedIds, lineSink.documents.stream().map(RawDocument::getDocId).toList(), "round " + round);
      assertTrue(lineSink.documents.stream().allMatch(d -> d.getText().endsWith("ini")), "round " + round);
      List<DeadLetter> tooLarge = lineSink.failures.stream().filter(f -> f.getReason().equals("too-large")).toList();
      assertEquals(expectedTooLarge, tooLarge.stream().map(DeadLetter::getSourceUri).toList(), "round " + round);
      assertEquals(content ? 0 : 1, lineSink.failures.size() - tooLarge.size(), "round " + round);
    }
  }

  @Test
  void aReadFaultKeepsWhatWasReadAndReportsTheRest() {
    InputStream failing = new InputStream() {
      private final byte[] data = "{\"id\":\"a\",\"text\":\"satu\"}\n{\"id\":\"b\"".getBytes(StandardCharsets.UTF_8);
      private int pos;

      @Override
      public int read() throws IOException {
        if (pos < data.length) {
          return data[pos++];
        }
        throw new IOException("Unexpected end of ZLIB input stream");
      }
    };
    new DumpReader(1000, 10_000, JsonFields.DEFAULT).read("file:///d/cut.jsonl.gz", failing, sink);
    assertEquals(1, documents.size());
    assertEquals("read-error", failures.get(0).getReason());
  }

  @Test
  void formatAndStemComeFromTheName() {
    assertEquals(InputFormat.JSONL, InputFormat.fromFileName("gs://b/x/articles.jsonl.gz"));
    assertEquals(InputFormat.JSONL, InputFormat.fromFileName("a.NDJSON"));
    assertEquals(InputFormat.TEXT, InputFormat.fromFileName("a.txt.bz2"));
    assertEquals(InputFormat.HTML, InputFormat.fromFileName("page.htm"));
    assertEquals(InputFormat.HTML, InputFormat.fromFileName("page.html.gz"));
    assertEquals(InputFormat.WARC, InputFormat.fromFileName("CC-MAIN-00001.warc.gz"));
    assertEquals(InputFormat.TEXT, InputFormat.fromFileName("README"));
    assertEquals("000_1d128b8a72a659a6", InputFormat.stem("/x/y/000_1d128b8a72a659a6.txt.gz"));
  }

  @Test
  void anHtmlFileIsOneDocumentOfFormatHtmlKeptAsMarkup() {
    String html = "<html><head><title>Judul</title></head><body><p>Isi berita.</p></body></html>";
    read("file:///d/kompas-1.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, documents.size());
    assertEquals("kompas-1", documents.get(0).getDocId());
    assertEquals("html", documents.get(0).getFormat());
    assertEquals(html, documents.get(0).getText(), "block text is taken when the page is cleaned, not here");
  }

  @Test
  void aWarcFileGivesOneDocumentPerHtmlResponseAndPassesOverTheOtherRecords() throws IOException {
    new DumpReader(10_000, 1_000_000, JsonFields.DEFAULT)
        .read("file:///crawl/CC-1.warc.gz", new ByteArrayInputStream(WarcSamples.gzippedWarc()), sink);

    assertEquals(List.of(WarcSamples.PAGE_ID.toString(), WarcSamples.LEGACY_ID.toString()),
        documents.stream().map(RawDocument::getDocId).toList());
    RawDocument page = documents.get(0);
    assertEquals("warc", page.getFormat());
    assertEquals(WarcSamples.PAGE_URL, page.getUrl());
    assertEquals("file:///crawl/CC-1.warc.gz#record=2", page.getSourceUri());
    assertEquals(WarcSamples.PAGE, page.getText());
    assertTrue(documents.get(1).getText().contains("Kafé itu buka lagi, kata pemiliknya’."),
        "the declared windows-1252 charset is used: " + documents.get(1).getText());
    assertEquals(2, sink.skipped, "the request and the image response are not documents");
    assertTrue(failures.isEmpty());
  }

  @Test
  void aWarcPayloadOverTheLimitIsADeadLetterAndTheNextRecordsAreStillRead() throws IOException {
    new DumpReader(100, 1_000_000, JsonFields.DEFAULT)
        .read("file:///crawl/CC-1.warc", new ByteArrayInputStream(WarcSamples.gzippedWarc()), sink);
    assertEquals(List.of(WarcSamples.LEGACY_ID.toString()), documents.stream().map(RawDocument::getDocId).toList());
    assertEquals(1, failures.size());
    assertEquals("too-large", failures.get(0).getReason());
    assertEquals("file:///crawl/CC-1.warc#record=2", failures.get(0).getSourceUri());
  }

  @Test
  void twoObjectsOnOneLineAreMalformedNotHalfRead() {
    read("file:///d/two.jsonl", "{\"id\":\"a\",\"text\":\"satu\"} {\"id\":\"b\",\"text\":\"dua\"}\n{\"id\":\"c\",\"text\":\"tiga\"}\n"
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("c"), documents.stream().map(RawDocument::getDocId).toList());
    assertEquals("malformed-json", failures.get(0).getReason());
    assertEquals("file:///d/two.jsonl#line=1", failures.get(0).getSourceUri());
  }

  @Test
  void aFileOfExactlyTheLimitIsReadToItsEnd() {
    byte[] jsonl = "{\"id\":\"a\",\"text\":\"satu\"}\n{\"id\":\"b\",\"text\":\"dua\"}\n".getBytes(StandardCharsets.UTF_8);
    new DumpReader(1000, jsonl.length, JsonFields.DEFAULT).read("file:///d/exact.jsonl", new ByteArrayInputStream(jsonl), sink);
    new DumpReader(1000, jsonl.length - 1, JsonFields.DEFAULT).read("file:///d/over.jsonl", new ByteArrayInputStream(jsonl), sink);
    assertEquals(List.of("a", "b", "a"), documents.stream().map(RawDocument::getDocId).toList());
    assertEquals(List.of("file:///d/over.jsonl"), failures.stream().map(DeadLetter::getSourceUri).toList());
    assertTrue(failures.get(0).getError().contains("lines from 2 on were not read"), failures.get(0).getError());
  }

  @Test
  void theFileLimitHoldsForTextAndWarcFilesToo() {
    // A text file under the document limit but over the file limit.
    new DumpReader(10_000, 1000, JsonFields.DEFAULT)
        .read("file:///d/long.txt", new ByteArrayInputStream("a".repeat(5000).getBytes(StandardCharsets.UTF_8)), sink);
    // A WARC file whose metadata record would inflate to 100 MB: read no further than the limit.
    InputStream bomb = new java.io.SequenceInputStream(new ByteArrayInputStream(
        ("WARC/1.1\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000bb001>\r\n"
            + "WARC-Date: 2025-01-01T00:00:00Z\r\nContent-Length: 100000000\r\n\r\n").getBytes(StandardCharsets.UTF_8)),
        new InputStream() {
          private long left = 100_000_000;

          @Override
          public int read() {
            return left-- > 0 ? 0 : -1;
          }
        });
    new DumpReader(10_000, 1_000_000, JsonFields.DEFAULT).read("file:///crawl/bomb.warc", bomb, sink);
    assertTrue(documents.isEmpty());
    assertEquals(List.of("file:///d/long.txt", "file:///crawl/bomb.warc"),
        failures.stream().map(DeadLetter::getSourceUri).toList());
    for (DeadLetter d : failures) {
      assertEquals("too-large", d.getReason());
      assertTrue(d.getError().contains("--maxFileBytes"), d.getError());
    }
  }

  @Test
  void aWarcRecordWhosePayloadCannotBeReadIsADeadLetterAndTheNextRecordsAreRead() {
    String page = "<html><body><p>Isi berita yang cukup panjang.</p></body></html>";
    String warc = warcRecord("response", "https://a.example/1", "text/html", "Content-Encoding: gzip\r\n", "<p>bukan gzip</p>")
        + warcRecord("response", "https://a.example/2", "text/html; charset=utf-8", "", page);
    read("file:///crawl/gz.warc", warc.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("file:///crawl/gz.warc#record=2"), documents.stream().map(RawDocument::getSourceUri).toList());
    assertEquals(List.of("file:///crawl/gz.warc#record=1"), failures.stream().map(DeadLetter::getSourceUri).toList());
    assertEquals("read-error", failures.get(0).getReason());
  }

  @Test
  void aWarcHeaderThatIsNotANumberEndsTheFileAsAReadErrorKeepingTheRecordsBefore() {
    String page = "<html><body><p>Isi berita.</p></body></html>";
    String good = warcRecord("response", "https://a.example/1", "text/html", "", page);
    String bad = warcRecord("response", "https://a.example/2", "text/html", "", page)
        .replaceFirst("Content-Length: \\d+", "Content-Length: dua ribu");
    new DumpReader(10_000, 1_000_000, JsonFields.DEFAULT).read("file:///crawl/bad.warc",
        new ByteArrayInputStream((good + bad + good).getBytes(StandardCharsets.UTF_8)), sink);
    assertEquals(1, documents.size());
    assertEquals(1, failures.size());
    assertEquals("file:///crawl/bad.warc", failures.get(0).getSourceUri());
    assertEquals("read-error", failures.get(0).getReason());
    assertTrue(failures.get(0).getError().startsWith("Could not read the file to its end"), failures.get(0).getError());
  }

  private static String warcRecord(String type, String url, String contentType, String headers, String body) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n" + headers + "\r\n" + body;
    return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
        (url + type).getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: 2025-01-01T00:00:00Z\r\nWARC-Target-URI: " + url
        + "\r\nContent-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
  }
}
