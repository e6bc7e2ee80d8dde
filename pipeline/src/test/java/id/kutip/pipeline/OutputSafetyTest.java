package id.kutip.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document id or a source name is data, never a path: ids with {@code ../}, {@code /}, NUL, absolute paths, the
 * names of the output's own files or thousands of characters are written inside the records, unchanged, and every
 * file the run writes is under {@code --output}, named by the writer.
 */
class OutputSafetyTest {
  @TempDir Path tmp;

  /** What a run writes under --output: the three record folders' part files, the manifest, the marker, the report. */
  private static final Pattern WRITER_NAMES = Pattern.compile(
      "(documents|quotes|dead-letter)/part-\\d{5}-of-\\d{5}\\.avro|_manifest\\.json|_SUCCESS|report\\.html");

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void idsAndSourceNamesStayInsideTheRecordsAndNoFileLeavesTheOutput() throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("runs/out");
    Files.createDirectories(in);
    List<String> ids = List.of(
        "../../escaped-relative",
        "../../../../../../../../tmp/kutip-escaped-" + tmp.getFileName(),
        tmp.resolve("escaped-absolute").toString(),
        "a/b/c",
        "..",
        ".",
        "nul\u0000byte",
        "C:\\Windows\\escaped",
        "%2e%2e%2fescaped",
        "~/escaped",
        "line\nbreak",
        "documents/part-00000-of-00001.avro",
        "../out/documents/evil.avro",
        "_SUCCESS",
        "x".repeat(5000));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      jsonl.append("{\"id\":").append(json(ids.get(i))).append(",\"text\":")
          .append(json(FuzzCorpus.NEWS.replace("Bogor", "Bogor " + i))).append("}\n");
    }
    Files.writeString(in.resolve("ids.jsonl"), jsonl, StandardCharsets.UTF_8);
    // File names become ids and source URIs too: dots, percent signs, spaces, a leading dash, 200 chars.
    List<String> names = List.of("..%2F..%2Fescaped name.txt", "-rf --output=elsewhere.txt", "..txt",
        "ü".repeat(100) + ".txt");
    for (String name : names) {
      Files.writeString(in.resolve(name), FuzzCorpus.NEWS.replace("Bogor", name), StandardCharsets.UTF_8);
    }
    Set<String> cwdBefore = list(Path.of("").toAbsolutePath());

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--input=" + in + "/*", "--output=" + out, "--progressIntervalSeconds=0"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));

    List<String> outside = new ArrayList<>();
    List<String> written = new ArrayList<>();
    try (Stream<Path> all = Files.walk(tmp)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (p.startsWith(in)) {
          continue;
        }
        if (!p.startsWith(out)) {
          outside.add(p.toString());
        } else {
          written.add(out.relativize(p).toString());
        }
      }
    }
    assertEquals(List.of(), outside, "files written outside --output");
    for (String file : written) {
      assertTrue(WRITER_NAMES.matcher(file).matches(), "a file the writer did not name: " + file);
    }
    assertEquals(list(Path.of("").toAbsolutePath()), cwdBefore, "files written in the working directory");
    assertFalse(Files.exists(Path.of("/tmp/kutip-escaped-" + tmp.getFileName())));

    List<Document> documents = AvroFiles.read(out.resolve("documents"), Document.class);
    Set<String> expected = new TreeSet<>(ids);
    names.forEach(n -> expected.add(n.substring(0, n.indexOf('.', 1) < 0 ? n.length() : n.indexOf('.', 1))));
    assertEquals(expected, documents.stream().map(Document::getDocId).collect(Collectors.toCollection(TreeSet::new)),
        "every id kept as it was given");
    assertEquals(List.of(), AvroFiles.read(out.resolve("dead-letter"), DeadLetter.class));
    assertTrue(AvroFiles.read(out.resolve("quotes"), Quote.class).stream().map(Quote::getDocId).collect(Collectors.toSet())
        .containsAll(ids), "quotes carry the ids too");
  }

  private static Set<String> list(Path dir) throws Exception {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
