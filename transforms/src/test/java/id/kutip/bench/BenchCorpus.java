package id.kutip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.schema.RawDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The texts the benchmarks run on: the five seeds and the 39 idnews-dev articles, cleaned ({@link #texts}); the
 * whole idnews corpus of 416 articles as JSON Lines ({@link #idnewsLines}).
 */
final class BenchCorpus {
  private BenchCorpus() {}

  static Path repo() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("src/samples/seeds"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("run from inside the repository (src/samples/seeds not found)");
    }
    return dir;
  }

  static List<String> texts() throws IOException {
    DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));
    List<String> texts = new ArrayList<>();
    Path repo = repo();
    try (DirectoryStream<Path> seeds = Files.newDirectoryStream(repo.resolve("src/samples/seeds"), "*.txt")) {
      for (Path f : seeds) {
        texts.add(clean(cleaner, f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    for (String line : Files.readAllLines(repo.resolve("src/samples/idnews-dev/articles.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode node = mapper.readTree(line);
        String text = clean(cleaner, node.get("id").asText(), node.get("text").asText());
        if (text != null) {
          texts.add(text);
        }
      }
    }
    texts.removeIf(t -> t == null);
    return texts;
  }

  /** The whole idnews corpus, {@code src/samples/idnews/articles.jsonl.gz}: one JSON object per line, as dumped. */
  static List<String> idnewsLines() throws IOException {
    Path file = repo().resolve("src/samples/idnews/articles.jsonl.gz");
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      return in.lines().filter(line -> !line.isBlank()).toList();
    }
  }

  private static String clean(DocumentCleaner cleaner, String id, String text) {
    try {
      return cleaner.clean(RawDocument.newBuilder().setDocId(id).setSourceUri("file:///" + id).setFormat("text")
          .setText(text).build()).getText();
    } catch (RuntimeException e) {
      return null; // a sample the cleaner rejects is not part of the benchmark
    }
  }
}
