package id.kutip.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kutip.schema.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sentence boundaries against the hand-made gold ({@code src/gold/seeds/sentences.jsonl}, {@code
 * src/gold/idnews-dev/sentences.jsonl}): each line holds a cleaned text and its sentences in order. A boundary is a
 * sentence's end offset; the floors are the figures this splitter reaches (README, "Quality, as measured").
 */
class SentenceGoldTest {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  /** Boundary counts over a gold file. */
  record Score(int gold, int found, int right) {
    double precision() {
      return found == 0 ? 0 : right / (double) found;
    }

    double recall() {
      return gold == 0 ? 0 : right / (double) gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format("boundaries %d gold, %d found, %d right: P %.3f R %.3f F1 %.3f",
          gold, found, right, precision(), recall(), f1());
    }
  }

  static Score score(Path gold) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    SentenceSplitter splitter = SentenceSplitter.shared();
    int goldCount = 0;
    int found = 0;
    int right = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = mapper.readTree(line);
      String text = node.get("text").asText();
      Set<Integer> expected = new HashSet<>();
      int pos = 0;
      for (JsonNode s : node.get("sentences")) {
        int start = text.indexOf(s.asText(), pos);
        assertTrue(start >= 0 && text.substring(pos, start).isBlank(), "gold sentence not in order: " + s);
        pos = start + s.asText().length();
        expected.add(pos);
      }
      List<Sentence> sentences = splitter.split(text);
      Set<Integer> ends = new HashSet<>();
      for (Sentence s : sentences) {
        ends.add(s.getEnd());
      }
      goldCount += expected.size();
      found += ends.size();
      ends.retainAll(expected);
      right += ends.size();
    }
    return new Score(goldCount, found, right);
  }

  @Test
  void seedsSentenceBoundaries() throws IOException {
    Score score = score(REPO.resolve("src/gold/seeds/sentences.jsonl"));
    System.out.println("seeds sentences: " + score);
    assertEquals(89, score.gold(), "gold sentences");
    assertEquals(1.0, score.f1(), 1e-9, score.toString());
  }

  @Test
  void idnewsSentenceBoundaries() throws IOException {
    Score score = score(REPO.resolve("src/gold/idnews-dev/sentences.jsonl"));
    System.out.println("idnews-dev sentences: " + score);
    // Two boundaries no punctuation marks (a leftover "Baca juga" line, a bracket glued to the next word).
    assertEquals(79, score.gold(), "gold sentences");
    assertTrue(score.right() >= 77 && score.found() == score.right(), score.toString());
  }
}
