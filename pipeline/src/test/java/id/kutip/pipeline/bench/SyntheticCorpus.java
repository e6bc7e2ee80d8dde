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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of any size built from the real idnews articles, for the end-to-end benchmark: document {@code i} takes
 * its length (at least {@value #MIN_PARAGRAPHS} paragraphs), title, outlet and date from one article drawn with a
 * fixed seed, its opening sentence from the opening of another, and its other paragraphs from one to four sentences
 * of any article's body, drawn anew. Every document is real Indonesian news text with its
 * quotes, and two documents rarely share more than a sentence or two, at any size, so that FindDuplicates finds
 * few duplicates at 100,000 documents as at 1,000 ({@code SyntheticCorpusTest}).
 *
 * <p>An earlier version glued together the thirds of three articles. With 416 articles each third was shared by
 * N/416 documents, so the duplicate groups grew with N: 48% of 1,000 documents and 90% of 10,000 were marked
 * duplicates, and the candidate pairs grew with the square of N, which no real news dump does.
 */
public final class SyntheticCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MIN_PARAGRAPHS = 8;
  static final int MIN_WORDS = 8;
  /** Longer "sentences" are paragraphs without full stops: one alone would make two documents alike. */
  static final int MAX_SENTENCE_WORDS = 60;
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("(?<=[.!?][\"\u201d]?)\\s+(?=[\"\u201c]?\\p{Lu})");

  private SyntheticCorpus() {}

  public record Written(int documents, long textBytes) {}

  public static Written write(Path articlesJsonlGz, int documents, long seed, Path target) throws IOException {
    List<JsonNode> articles = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(articlesJsonlGz)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          articles.add(JSON.readTree(line));
        }
      }
    }
    // Sentences of body text: a paragraph of at least MIN_WORDS words that stands in one article only (boilerplate
    // lines such as "SCROLL TO CONTINUE WITH CONTENT" stand in many), cut at its full stops. Documents are made of
    // sentences, not paragraphs: a finite pool is shared by more documents the more there are, and a shared long
    // paragraph alone made two documents near duplicates; a shared sentence is a small part of both.
    Map<String, Integer> articlesWith = new HashMap<>();
    for (JsonNode article : articles) {
      paragraphsOf(article).stream().distinct().forEach(p -> articlesWith.merge(p, 1, Integer::sum));
    }
    List<String> openings = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (JsonNode article : articles) {
      List<String> body = paragraphsOf(article).stream()
          .filter(p -> articlesWith.get(p) == 1 && p.split("\\s+").length >= MIN_WORDS).toList();
      if (!body.isEmpty()) {
        openings.add(SENTENCE_END.split(body.get(0))[0]);
        for (String paragraph : body.subList(1, body.size())) {
          for (String sentence : SENTENCE_END.split(paragraph)) {
            if (sentence.split("\\s+").length <= MAX_SENTENCE_WORDS) {
              sentences.add(sentence);
            }
          }
        }
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    long textBytes = 0;
    Files.createDirectories(target.getParent());
    try (OutputStream file = Files.newOutputStream(target);
        Writer out = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        JsonNode lead = articles.get(random.nextInt(articles.size()));
        // The opening sentence (with its dateline) of one article, then paragraphs of one to four sentences drawn
        // from all articles: as many paragraphs as the lead article has, at least MIN_PARAGRAPHS.
        StringBuilder text = new StringBuilder(openings.get(random.nextInt(openings.size())));
        int length = Math.max(MIN_PARAGRAPHS, paragraphsOf(lead).size());
        for (int p = 1; p < length; p++) {
          text.append('\n');
          int count = 1 + random.nextInt(4);
          for (int k = 0; k < count; k++) {
            text.append(k == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
          }
        }
        ObjectNode doc = JSON.createObjectNode()
            .put("id", String.format("syn-%07d", i))
            .put("outlet", lead.path("outlet").asText())
            .put("url", lead.path("url").asText() + "?syn=" + i)
            .put("date", lead.path("date").asText())
            .put("title", lead.path("title").asText())
            .put("text", text.toString());
        textBytes += text.toString().getBytes(StandardCharsets.UTF_8).length;
        out.write(JSON.writeValueAsString(doc));
        out.write('\n');
      }
    }
    return new Written(documents, textBytes);
  }

  private static List<String> paragraphsOf(JsonNode article) {
    return article.path("text").asText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
