package id.kutip.sentences;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import id.kutip.schema.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Splits cleaned text into sentences with CoreNLP tokenize + ssplit. Paragraphs (separated by a blank line) are
 * split apart first, so a sentence never crosses one. Only character offsets leave this class: CoreNLP's
 * {@code Annotation} objects are dropped as soon as a paragraph is done.
 */
public final class SentenceSplitter {
  public static final String PROPERTIES = "/id/kutip/sentences/corenlp.properties";

  private static volatile SentenceSplitter shared;
  private final StanfordCoreNLP pipeline;

  public SentenceSplitter(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /**
   * One splitter per JVM: building CoreNLP costs a third of a second and its tokenize/ssplit annotators are
   * thread-safe, so all DoFn instances of a worker share it.
   */
  public static SentenceSplitter shared() {
    SentenceSplitter local = shared;
    if (local == null) {
      synchronized (SentenceSplitter.class) {
        local = shared;
        if (local == null) {
          local = new SentenceSplitter(bundledProperties());
          shared = local;
        }
      }
    }
    return local;
  }

  public static Properties bundledProperties() {
    Properties properties = new Properties();
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(PROPERTIES)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  public List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) {
        end = text.length();
      }
      splitParagraph(text.substring(start, end), start, paragraph, sentences);
      paragraph++;
      start = end + 2;
    }
    return sentences;
  }

  private void splitParagraph(String paragraph, int offset, int index, List<Sentence> out) {
    if (paragraph.isBlank()) {
      return;
    }
    Annotation annotation = new Annotation(paragraph);
    pipeline.annotate(annotation);
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty()) {
        continue;
      }
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      out.add(new Sentence(offset + begin, offset + end, index));
    }
  }
}
