package id.kutip.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of any size built from the real idnews articles, for the end-to-end benchmark: document {@code i} is the
 * first third of one article's paragraphs, the middle third of a second and the last third of a third, all three
 * drawn with a fixed seed. Every document is real Indonesian news text with its quotes, and two documents share at
 * most a third of their text, so that FindDuplicates does not fold the corpus back into the 416 articles.
 */
final class SyntheticCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SyntheticCorpus() {}

  record Written(int documents, long textBytes) {}

  static Written write(Path articlesJsonlGz, int documents, long seed, Path target) throws IOException {
    List<JsonNode> articles = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(articlesJsonlGz)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          articles.add(JSON.readTree(line));
        }
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    long textBytes = 0;
    Files.createDirectories(target.getParent());
    try (OutputStream file = Files.newOutputStream(target);
        Writer out = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        JsonNode first = articles.get(random.nextInt(articles.size()));
        JsonNode second = articles.get(random.nextInt(articles.size()));
        JsonNode third = articles.get(random.nextInt(articles.size()));
        String text = String.join("\n", third(first, 0)) + "\n" + String.join("\n", third(second, 1)) + "\n"
            + String.join("\n", third(third, 2));
        ObjectNode doc = JSON.createObjectNode()
            .put("id", String.format("syn-%07d", i))
            .put("outlet", first.path("outlet").asText())
            .put("url", first.path("url").asText() + "?syn=" + i)
            .put("date", first.path("date").asText())
            .put("title", first.path("title").asText())
            .put("text", text);
        textBytes += text.getBytes(StandardCharsets.UTF_8).length;
        out.write(JSON.writeValueAsString(doc));
        out.write('\n');
      }
    }
    return new Written(documents, textBytes);
  }

  /** The first, middle or last third of an article's paragraphs (at least one paragraph). */
  private static List<String> third(JsonNode article, int which) {
    List<String> paragraphs = article.path("text").asText().lines().filter(l -> !l.isBlank()).toList();
    int n = paragraphs.size();
    if (n == 0) {
      return List.of();
    }
    int from = n * which / 3;
    int to = Math.max(from + 1, n * (which + 1) / 3);
    return paragraphs.subList(Math.min(from, n - 1), Math.min(to, n));
  }
}
