package id.kutip.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of bad inputs, one file per case, named after the case, written the same way on every run (a fixed
 * seed): what a real dump folder can hold besides news, and what an attacker could put there. Next to the bad
 * files are the seed articles, so that the run also has real documents and quotes.
 *
 * <p>Each {@link Case} says what the run must make of its file: documents, and the dead letters (stage, reason, a
 * word of the error) it must produce, no more. The limits the expectations assume are {@link #MAX_DOCUMENT_BYTES}
 * and {@link #MAX_FILE_BYTES} ({@code --maxDocumentBytes}, {@code --maxFileBytes}).
 */
final class FuzzCorpus {
  static final long SEED = 20250808L;
  static final long MAX_DOCUMENT_BYTES = 4L << 20;
  static final long MAX_FILE_BYTES = 16L << 20;

  /** A dead letter a case must produce: its source URI is the file's plus {@code uriSuffix} (a line, a record). */
  record Expected(String uriSuffix, String stage, String reason, String errorContains) {}

  /**
   * A file of the corpus and what it must end as: at least one document when {@code documents}, at least one quote
   * when {@code quotes}, and exactly the dead letters listed.
   */
  record Case(String file, boolean documents, boolean quotes, List<Expected> deadLetters) {}

  private static final String READ = "ReadDumps";
  private static final String CLEAN = "CleanDocuments";

  /** A paragraph of Indonesian news with a direct quote and a speaker, for files that need text around the junk. */
  static final String NEWS =
      "JAKARTA, KOMPAS.com - Presiden Joko Widodo meninjau pembangunan bendungan di Kabupaten Bogor, Jawa Barat, "
          + "pada Selasa (12/3/2024). Proyek senilai Rp 1,2 triliun itu ditargetkan rampung akhir tahun ini.\n\n"
          + "\"Bendungan ini akan mengurangi banjir di Jakarta sampai 30 persen,\" kata Jokowi kepada wartawan.\n\n"
          + "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono mengatakan pengerjaan sudah mencapai "
          + "80 persen dan tidak ada kendala berarti di lapangan.\n";

  private FuzzCorpus() {}

  /** Writes every case into {@code dir} and returns them, the good seed articles first. */
  static List<Case> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(SEED);
    List<Case> cases = new ArrayList<>();

    // Real articles: documents with quotes.
    try (var seeds = Files.list(Samples.SEEDS)) {
      for (Path seed : seeds.sorted().toList()) {
        String name = "good-seed-" + seed.getFileName();
        Files.copy(seed, dir.resolve(name));
        cases.add(new Case(name, true, true, List.of()));
      }
    }

    Files.write(dir.resolve("empty.txt"), new byte[0]);
    cases.add(deadLetter("empty.txt", READ, "empty", "empty"));

    Files.writeString(dir.resolve("whitespace-only.txt"), " \t \n\n   \r\n\u00a0\u2003 \n\t\t\n    ", StandardCharsets.UTF_8);
    cases.add(deadLetter("whitespace-only.txt", CLEAN, "empty-body", "No article text"));

    Files.write(dir.resolve("random-bytes.txt"), bytes(random, 64 << 10));
    cases.add(deadLetter("random-bytes.txt", READ, "binary-content", "binary"));

    Files.write(dir.resolve("png-renamed.txt"), concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
        bytes(random, 20_000)));
    cases.add(deadLetter("png-renamed.txt", READ, "binary-content", "NUL"));

    Files.write(dir.resolve("pdf-renamed.txt"), concat(
        ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "4 0 obj\n<< /Length 20000 /Filter /FlateDecode >>\nstream\n"),
        bytes(random, 20_000), ascii("\nendstream\nendobj\n%%EOF\n")));
    cases.add(deadLetter("pdf-renamed.txt", READ, "binary-content", "binary"));

    Files.write(dir.resolve("latin1-indonesian.txt"), (NEWS + "\nKafe milik Andr\u00e9 di Bandung buka lagi, kata "
        + "pemiliknya, dan harga kopi \u00abtetap sama\u00bb seperti tahun lalu.\n").getBytes(StandardCharsets.ISO_8859_1));
    cases.add(documents("latin1-indonesian.txt"));

    Files.write(dir.resolve("cp1252-smart-quotes.txt"), ("Presiden Joko Widodo meresmikan jalan tol baru di Semarang, "
        + "Jawa Tengah, pada Senin.\n\n\u201cJalan tol ini untuk rakyat, bukan untuk pejabat,\u201d kata Jokowi "
        + "di lokasi peresmian.\n\nMenurut dia, tarif tol akan ditinjau setiap dua tahun oleh pemerintah pusat.\n")
        .getBytes(Charset.forName("windows-1252")));
    cases.add(new Case("cp1252-smart-quotes.txt", true, true, List.of()));

    Files.write(dir.resolve("utf16le-bom.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        NEWS.getBytes(StandardCharsets.UTF_16LE)));
    cases.add(new Case("utf16le-bom.txt", true, true, List.of()));
    Files.write(dir.resolve("utf16be-bom.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        NEWS.getBytes(StandardCharsets.UTF_16BE)));
    cases.add(new Case("utf16be-bom.txt", true, true, List.of()));
    // A byte-order mark promises UTF-16, then an odd byte count breaks the promise.
    Files.write(dir.resolve("utf16-bom-broken.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        NEWS.getBytes(StandardCharsets.UTF_16LE), new byte[] {0x41}));
    cases.add(deadLetter("utf16-bom-broken.txt", READ, "invalid-encoding", "byte-order mark"));

    // Lone continuation bytes, a cut three-byte sequence, an overlong slash, 0xFF: not UTF-8, read as windows-1252.
    Files.write(dir.resolve("invalid-utf8.txt"), concat(utf8(NEWS), new byte[] {'A', (byte) 0x80, 'B', ' ',
        (byte) 0xE2, (byte) 0x82, ' ', (byte) 0xC0, (byte) 0xAF, ' ', (byte) 0xFF, (byte) 0xFE, '\n'}, utf8(NEWS)));
    cases.add(documents("invalid-utf8.txt"));

    Files.write(dir.resolve("nul-in-text.txt"), concat(utf8(NEWS), new byte[] {0}, utf8(NEWS)));
    cases.add(deadLetter("nul-in-text.txt", READ, "binary-content", "NUL"));

    // A stray control character per paragraph (a terminal colour code, a bell): too few to be binary.
    StringBuilder controls = new StringBuilder();
    String[] controlChars = {"\u0007", "\u001b[0m", "\u0001", "\u007f", "\u0008"};
    String[] paragraphs = (NEWS + "\n" + NEWS).split("\n");
    for (int i = 0; i < paragraphs.length; i++) {
      controls.append(paragraphs[i]).append(controlChars[i % controlChars.length]).append('\n');
    }
    Files.writeString(dir.resolve("control-chars-in-text.txt"), controls, StandardCharsets.UTF_8);
    cases.add(new Case("control-chars-in-text.txt", true, true, List.of()));

    writeRepeated(dir.resolve("big-document-50mb.txt"), NEWS, 50L << 20);
    cases.add(deadLetter("big-document-50mb.txt", READ, "too-large", "--maxDocumentBytes"));

    // One megabyte of news on a single line: no paragraph, no line end.
    writeRepeated(dir.resolve("one-line-1mb.txt"), NEWS.replace("\n\n", " ").replace("\n", " "), 1L << 20);
    cases.add(new Case("one-line-1mb.txt", true, true, List.of()));

    cases.add(jsonLines(dir, random));

    // A gzip file cut in half: the lines before the cut are read, the cut is a dead letter. Each line is a
    // different document (news and words at random), not a copy.
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (int i = 0; i < 60; i++) {
      lines.writeBytes(utf8("{\"id\":\"cut-" + i + "\",\"text\":" + jsonString(NEWS + "\n" + sentence(random, 120)) + "}\n"));
    }
    byte[] gzipped = gzip(lines.toByteArray());
    Files.write(dir.resolve("truncated.jsonl.gz"), Arrays.copyOf(gzipped, gzipped.length / 2));
    cases.add(new Case("truncated.jsonl.gz", true, true,
        List.of(new Expected("", READ, "read-error", "documents before the fault were kept"))));

    // Decompression bombs: a few hundred kilobytes that inflate to 256 MB.
    writeBomb(dir.resolve("gzip-bomb.jsonl.gz"), "{\"id\":\"bomb\",\"text\":\"", ' ');
    cases.add(deadLetter("gzip-bomb.jsonl.gz", READ, "too-large", "--maxFileBytes"));
    writeBomb(dir.resolve("gzip-bomb.txt.gz"), "", 'a');
    cases.add(deadLetter("gzip-bomb.txt.gz", READ, "too-large", "--maxDocumentBytes"));
    writeWarcBomb(dir.resolve("warc-bomb.warc.gz"));
    cases.add(deadLetter("warc-bomb.warc.gz", READ, "too-large", "--maxFileBytes"));

    Files.writeString(dir.resolve("nested-10k-divs.html"), nestedHtml(), StandardCharsets.UTF_8);
    cases.add(new Case("nested-10k-divs.html", true, true, List.of()));

    cases.addAll(warcs(dir));

    Files.writeString(dir.resolve("emoji-rtl-combining.txt"), "Warga Jakarta ramai merayakan malam tahun baru \ud83c\udf89"
        + "\ud83c\udf86\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 di Monas, ada juga spanduk \u0645\u0631\u062d\u0628\u0627 "
        + "\u05e9\u05dc\u05d5\u05dd dan \u202etulisan terbalik\u202c.\n\n"
        + "\u201cKami senang sekali bisa berkumpul lagi \ud83d\ude0a\ud83d\ude4f,\u201d kata Siti Nurhaliza, warga Tebet.\n\n"
        + "Nama-nama dengan tanda diakritik seperti Zu\u0308rich, Sa\u0303o Paulo dan e\u0301 e\u0300 a\u0301\u0301\u0301 "
        + "tetap terbaca, begitu pula \ud835\udc00\ud835\udc01 dan Z\u0351\u0352\u0353\u0354\u0355\u0356 yang penuh tanda.\n",
        StandardCharsets.UTF_8);
    cases.add(new Case("emoji-rtl-combining.txt", true, true, List.of()));

    Files.writeString(dir.resolve("quote-marks-100k.txt"),
        NEWS + "\nKata Jokowi: " + "\"".repeat(100_000) + " selesai.\n\n" + "\u201c\u201d".repeat(20_000) + "\n\n" + NEWS,
        StandardCharsets.UTF_8);
    cases.add(new Case("quote-marks-100k.txt", true, true, List.of()));

    StringBuilder unbalanced = new StringBuilder(NEWS).append('\n');
    for (int i = 0; i < 300; i++) {
      // Each paragraph different, or the cleaner keeps only one of them.
      unbalanced.append("\u201cKami akan terus bekerja untuk rakyat di desa ke-").append(i)
          .append(", kata Jokowi, dan \"pemerintah tidak akan mundur ")
          .append(i % 2 == 0 ? "kata Jokowi\n\n" : "\u201d\u201d\u201d \" \u201c ujar Basuki \u201c\n\n");
    }
    Files.writeString(dir.resolve("unbalanced-quotes.txt"), unbalanced, StandardCharsets.UTF_8);
    cases.add(new Case("unbalanced-quotes.txt", true, true, List.of()));

    StringBuilder capitals = new StringBuilder(NEWS).append("\nMenurut ");
    for (int i = 0; i < 10_000; i++) {
      capitals.append(capitalisedWord(random)).append(i % 7 == 6 ? ", " : " ");
    }
    capitals.append("kata Jokowi.\n\n").append(NEWS);
    Files.writeString(dir.resolve("capitalised-10k-words.txt"), capitals, StandardCharsets.UTF_8);
    // "Menurut" followed by 76,000 characters of names: a statement over --maxQuoteLength.
    cases.add(new Case("capitalised-10k-words.txt", true, true,
        List.of(new Expected("", "AttributeQuotes", "quote-too-long", "(--maxQuoteLength)"))));

    Files.writeString(dir.resolve("long-space-run.txt"),
        NEWS + "\nJokowi" + " ".repeat(500_000) + "mengatakan harga beras turun.\n\n" + NEWS, StandardCharsets.UTF_8);
    cases.add(new Case("long-space-run.txt", true, true, List.of()));

    // Over the limits of the later stages (their defaults): --maxSentences drops the document, --maxQuoteLength
    // only the quote.
    StringBuilder sentences = new StringBuilder(NEWS).append('\n');
    for (int i = 0; i < 12_000; i++) {
      sentences.append("Harga cabai naik ").append(i).append(" persen. ");
    }
    Files.writeString(dir.resolve("sentences-12k.txt"), sentences.append('\n'), StandardCharsets.UTF_8);
    cases.add(deadLetter("sentences-12k.txt", "SplitSentences", "too-many-sentences", "(--maxSentences)"));

    StringBuilder longQuote = new StringBuilder(NEWS).append("\n\"");
    for (int i = 0; longQuote.length() < NEWS.length() + 4_000; i++) {
      longQuote.append("Kami akan membangun jalan di desa nomor ").append(i).append(", ");
    }
    longQuote.append("dan itu janji kami,\" kata Jokowi.\n");
    Files.writeString(dir.resolve("quote-4k-chars.txt"), longQuote, StandardCharsets.UTF_8);
    cases.add(new Case("quote-4k-chars.txt", true, true,
        List.of(new Expected("", "AttributeQuotes", "quote-too-long", "(--maxQuoteLength)"))));
    return cases;
  }

  /** JSON Lines: good lines around every kind of bad one. */
  private static Case jsonLines(Path dir, SplittableRandom random) throws IOException {
    List<String> lines = new ArrayList<>();
    List<Expected> expected = new ArrayList<>();
    lines.add("{\"id\":\"jsonl-good-1\",\"outlet\":\"kompas.com\",\"text\":" + jsonString(NEWS) + "}");
    lines.add("{not json at all");
    expected.add(new Expected("#line=2", READ, "malformed-json", "not valid JSON"));
    lines.add("{\"id\":\"no-text\",\"title\":\"Judul tanpa isi\"}");
    expected.add(new Expected("#line=3", READ, "missing-text", "no `text` field"));
    lines.add("{\"id\":\"text-number\",\"text\":42}");
    expected.add(new Expected("#line=4", READ, "bad-field", "not a string"));
    lines.add("{\"id\":\"text-array\",\"text\":[\"a\",\"b\"]}");
    expected.add(new Expected("#line=5", READ, "bad-field", "not a string"));
    lines.add("{\"id\":\"text-object\",\"text\":{\"p\":\"isi\"}}");
    expected.add(new Expected("#line=6", READ, "bad-field", "not a string"));
    lines.add("[1,2,3]");
    expected.add(new Expected("#line=7", READ, "malformed-json", "not a JSON object"));
    lines.add("null");
    expected.add(new Expected("#line=8", READ, "malformed-json", "not a JSON object"));
    lines.add("");
    lines.add("{\"id\":\"deep\",\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    expected.add(new Expected("#line=10", READ, "malformed-json", "not valid JSON"));
    lines.add("{\"id\":\"deep-object\",\"x\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}");
    expected.add(new Expected("#line=11", READ, "malformed-json", "not valid JSON"));
    // Nested junk in metadata fields is ignored: the line is a document.
    lines.add("{\"id\":\"jsonl-junk-meta\",\"title\":{\"a\":[1,{\"b\":null}]},\"date\":[2024],\"outlet\":true,\"text\":"
        + jsonString(NEWS) + ",\"extra\":" + "[".repeat(200) + "]".repeat(200) + "}");
    lines.add("{\"id\":\"ten-mb\",\"text\":\"" + "a".repeat(10_000_000) + "\"}");
    expected.add(new Expected("#line=13", READ, "too-large", "--maxDocumentBytes"));
    lines.add("{\"id\":\"jsonl-good-2\",\"text\":" + jsonString(NEWS.replace("Jokowi", "Presiden")) + "}");
    lines.add("{\"id\":\"escapes\",\"text\":\"\\u0000\\u0001\\ud800 tanpa pasangan \\udfff\\\\\\\"\\/\"}");
    expected.add(new Expected("#line=15", CLEAN, "empty-body", "No article text"));
    lines.add("{\"id\":\"bad-escape\",\"text\":\"\\x41\\u12\"}");
    expected.add(new Expected("#line=16", READ, "malformed-json", "not valid JSON"));
    // Two objects on one line: taking the first would silently lose the second.
    lines.add("{\"id\":\"first-object\",\"text\":\"Teks pertama.\"} {\"id\":\"second-object\",\"text\":\"Teks kedua.\"}");
    expected.add(new Expected("#line=17", READ, "malformed-json", "not valid JSON"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : lines) {
      out.writeBytes(utf8(line + "\n"));
    }
    // A line with invalid UTF-8 inside its string: read as windows-1252, still a document.
    out.writeBytes(concat(utf8("{\"id\":\"jsonl-latin1\",\"text\":\"Kafe Andr"), new byte[] {(byte) 0xE9},
        utf8(" buka lagi. " + NEWS.replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n")));
    byte[] junk = bytes(random, 3000);
    for (int i = 0; i < junk.length; i++) {
      junk[i] = junk[i] == '\n' ? 0 : junk[i];
    }
    out.writeBytes(junk); // binary junk as the last line, without a line end
    expected.add(new Expected("#line=19", READ, "binary-content", "binary"));
    Files.write(dir.resolve("mixed-bad-lines.jsonl"), out.toByteArray());
    return new Case("mixed-bad-lines.jsonl", true, true, expected);
  }

  /** WARC files: non-response records around good pages, and the faults that end a file or only a record. */
  private static List<Case> warcs(Path dir) throws IOException {
    String page = "<html><head><title>Jalan tol baru</title></head><body><nav>Beranda</nav><p>"
        + NEWS.replace("\n\n", "</p><p>") + "</p></body></html>";
    String goodRecords = warcRecord("warcinfo", "", "software: fuzz\r\nformat: WARC File Format 1.1\r\n")
        + warcRecord("request", "WARC-Target-URI: https://news.example.co.id/a\r\n", "GET /a HTTP/1.1\r\nHost: news.example.co.id\r\n\r\n")
        + warcRecord("response", "WARC-Target-URI: https://news.example.co.id/a\r\n"
            + "Content-Type: application/http; msgtype=response\r\n", http("text/html; charset=utf-8", "", page))
        + warcRecord("metadata", "WARC-Target-URI: https://news.example.co.id/a\r\n", "fetchTimeMs: 120\r\n")
        + warcRecord("response", "WARC-Target-URI: https://news.example.co.id/logo.png\r\n", http("image/png", "", "PNG"))
        // A page that says it is gzipped and is not: a dead letter of its record, the next records still read.
        + warcRecord("response", "WARC-Target-URI: https://news.example.co.id/b\r\n",
            http("text/html", "Content-Encoding: gzip\r\n", "<p>bukan gzip</p>"))
        + warcRecord("response", "WARC-Target-URI: https://news.example.co.id/c\r\n",
            http("text/html; charset=utf-8", "", page.replace("Bogor", "Bekasi")));
    List<Case> cases = new ArrayList<>();
    String badLength = warcRecord("response", "WARC-Target-URI: https://news.example.co.id/d\r\n",
        http("text/html", "", page)).replaceFirst("Content-Length: \\d+", "Content-Length: dua ribu");
    Files.writeString(dir.resolve("warc-bad-content-length.warc"), goodRecords + badLength + goodRecords,
        StandardCharsets.UTF_8);
    cases.add(new Case("warc-bad-content-length.warc", true, true, List.of(
        new Expected("#record=6", READ, "read-error", "payload could not be read"),
        new Expected("", READ, "read-error", "documents before the fault were kept"))));
    String truncated = goodRecords + warcRecord("response", "WARC-Target-URI: https://news.example.co.id/e\r\n",
        http("text/html", "", page));
    Files.writeString(dir.resolve("warc-truncated.warc"), truncated.substring(0, truncated.length() - 700),
        StandardCharsets.UTF_8);
    cases.add(new Case("warc-truncated.warc", true, true, List.of(
        new Expected("#record=6", READ, "read-error", "payload could not be read"),
        new Expected("", READ, "read-error", "documents before the fault were kept"))));
    return cases;
  }

  private static String http(String contentType, String extraHeaders, String body) {
    return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n" + extraHeaders + "Content-Length: "
        + utf8(body).length + "\r\n\r\n" + body;
  }

  /** A WARC record; its id is made from its type, headers and block, so the same record always has the same id. */
  private static String warcRecord(String type, String headers, String block) {
    String id = java.util.UUID.nameUUIDFromBytes(utf8(type + headers + block)).toString();
    return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id
        + ">\r\nWARC-Date: 2025-01-01T00:00:00Z\r\n" + headers
        + "Content-Length: " + utf8(block).length + "\r\n\r\n" + block + "\r\n\r\n";
  }

  /** HTML with scripts, styles and iframes around ten thousand nested divs; the article sits in the deepest. */
  private static String nestedHtml() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Bendungan Bogor</title>"
        + "<style>body{background:url(javascript:alert(1))}</style><script>while(true){}</script></head><body>"
        + "<iframe src=\"https://iklan.example.com\"></iframe><script src=x></script>");
    html.append("<div>".repeat(10_000));
    html.append("<p>").append(NEWS.replace("\n\n", "</p><p>")).append("</p>");
    html.append("<script>document.write('<div>'.repeat(1e6))</script><style>p{}</style>");
    html.append("</div>".repeat(10_000));
    html.append("<div><div><span>tidak ditutup").append("<b><i>".repeat(2000)).append("</body></html>");
    return html.toString();
  }

  private static void writeRepeated(Path file, String unit, long bytes) throws IOException {
    byte[] chunk = utf8(unit);
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long written = 0; written < bytes; written += chunk.length) {
        out.write(chunk);
      }
    }
  }

  /** A gzip file of {@code head} and then 256 MB of {@code filler}: a few hundred kilobytes on disk. */
  private static void writeBomb(Path file, String head, char filler) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) filler);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(utf8(head));
      for (int i = 0; i < 256; i++) {
        out.write(block);
      }
    }
  }

  /** A WARC file whose metadata record holds 256 MB of zeros, gzipped: the limit applies to WARC files too. */
  private static void writeWarcBomb(Path file) throws IOException {
    long size = 256L << 20;
    byte[] block = new byte[1 << 20];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(utf8(warcRecord("warcinfo", "", "software: fuzz\r\n")));
      out.write(utf8("WARC/1.1\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000bb001>"
          + "\r\nWARC-Date: 2025-01-01T00:00:00Z\r\nContent-Length: " + size + "\r\n\r\n"));
      for (long written = 0; written < size; written += block.length) {
        out.write(block);
      }
      out.write(utf8("\r\n\r\n"));
    }
  }

  /** Words at random, in lower case, ending with a full stop. */
  private static String sentence(SplittableRandom random, int words) {
    StringBuilder sentence = new StringBuilder(capitalisedWord(random));
    for (int i = 1; i < words; i++) {
      sentence.append(' ').append(capitalisedWord(random).toLowerCase(java.util.Locale.ROOT));
    }
    return sentence.append('.').toString();
  }

  private static String capitalisedWord(SplittableRandom random) {
    int length = 3 + random.nextInt(8);
    StringBuilder word = new StringBuilder();
    word.append((char) ('A' + random.nextInt(26)));
    for (int i = 1; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static Case documents(String file) {
    return new Case(file, true, false, List.of());
  }

  private static Case deadLetter(String file, String stage, String reason, String errorContains) {
    return new Case(file, false, false, List.of(new Expected("", stage, reason, errorContains)));
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static byte[] bytes(SplittableRandom random, int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
