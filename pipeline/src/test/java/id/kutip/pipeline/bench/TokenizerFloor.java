package id.kutip.pipeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import id.kutip.sentences.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The floor the job is measured against: CoreNLP tokenize + ssplit alone (the job's own settings), on one thread,
 * over the texts of the same corpus file, in a JVM of its own. Warms up on the first texts, then prints the time of
 * one pass over all of them and the tokens it found.
 */
public final class TokenizerFloor {
  private TokenizerFloor() {}

  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        texts.add(json.readTree(line).path("text").asText());
      }
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(SentenceSplitter.bundledProperties());
    for (int i = 0; i < Math.min(texts.size(), 2000); i++) {
      pipeline.annotate(new Annotation(texts.get(i)));
    }
    long tokens = 0;
    long started = System.nanoTime();
    for (String text : texts) {
      Annotation annotation = new Annotation(text);
      pipeline.annotate(annotation);
      tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("BENCH exit=0 millis=" + millis + " tokens=" + tokens);
  }
}
