package id.kutip.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.common.RejectedInputException;
import id.kutip.ingest.CollectingSink;
import id.kutip.ingest.DumpReader;
import id.kutip.ingest.JsonFields;
import id.kutip.schema.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The splitter reads a whole text with CoreNLP's tokenizer and sentence processor called directly. Its sentences
 * must be those it found when CoreNLP's annotation pipeline ({@code tokenize,ssplit}) read each paragraph alone:
 * checked on every bundled sample, as dumped and as cleaned, and on random texts made of what trips tokenizers.
 */
class WholeTextSplitTest {
  private static final Path SAMPLES = Path.of("..").toAbsolutePath().normalize().resolve("src/samples");
  private static SentenceSplitter direct;
  private static SentenceSplitter annotators;

  @BeforeAll
  static void build() {
    direct = SentenceSplitter.shared();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(SentenceSplitter.bundledProperties());
    annotators = new SentenceSplitter(text -> annotate(pipeline, text), Abbreviations.bundled());
  }

  /** The sentences as CoreNLP's annotation pipeline gives them: what the splitter read before it called CoreNLP directly. */
  private static List<List<CoreNlpSentences.Token>> annotate(StanfordCoreNLP pipeline, String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<List<CoreNlpSentences.Token>> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreNlpSentences.Token> tokens = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new CoreNlpSentences.Token(token.word(), token.beginPosition(), token.endPosition()));
      }
      if (!tokens.isEmpty()) {
        sentences.add(tokens);
      }
    }
    return sentences;
  }

  @Test
  void theBundledSamplesGiveTheSentencesOfTheAnnotatorsReadingEachParagraph() throws IOException {
    List<String> texts = samples();
    assertTrue(texts.size() > 900, "samples read: " + texts.size());
    int sentences = 0;
    for (String text : texts) {
      List<?> expected = annotators.splitEachParagraph(text);
      assertEquals(expected, direct.split(text), text);
      sentences += expected.size();
    }
    assertTrue(sentences > 20_000, "sentences compared: " + sentences);
  }

  @Test
  void randomTextsGiveTheSentencesOfTheAnnotatorsReadingEachParagraph() {
    String[] pieces = {"Dia", "berkata", "U.S.", "Jl.", "Rp.", "dll.", "A.", "S.H.", ".", "...", "…", "!", "?", "\"",
        "“", "”", "'", "(", ")", "<", ">", "<b>", "&", "&amp;", ";", ",", "-", "--", "10.000", "22.01", "e-KTP",
        "kompas.com/read", "http://a.id/x?y=1", "@user", "#tagar", "😀", "\u00a0", " ", " ", " ", "\n", "\n\n",
        "\n \n", "\t", "\r\n", "\r", "\f", "\u2028", "\u0085", "]", "}", "’", "’’", "''", "»", "!?", "。", "！", "-RRB-"};
    Random random = new Random(20261204L);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
      }
      String t = text.toString();
      assertEquals(annotators.splitEachParagraph(t), direct.split(t), t);
    }
  }

  private static boolean isDump(Path file) {
    String name = file.getFileName().toString();
    return !name.endsWith(".md") && !name.equals("LICENSE");
  }

  /** Every bundled sample's text, as dumped and as cleaned. */
  private static List<String> samples() throws IOException {
    DumpReader reader = new DumpReader(10L << 20, 1L << 32, JsonFields.DEFAULT);
    CollectingSink sink = new CollectingSink(); // a sample meant to fail reading has no text to split
    for (String folder : List.of("seeds", "html", "idnews", "idnews-dev")) {
      try (Stream<Path> files = Files.list(SAMPLES.resolve(folder))) {
        for (Path file : files.sorted().filter(WholeTextSplitTest::isDump).toList()) {
          try (InputStream in = file.toString().endsWith(".gz")
              ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            reader.read(file.toUri().toString().replaceFirst("\\.gz$", ""), in, sink);
          }
        }
      }
    }
    DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));
    List<String> texts = new ArrayList<>();
    for (RawDocument document : sink.documents) {
      texts.add(document.getText());
      try {
        texts.add(cleaner.clean(document).getText());
      } catch (RejectedInputException e) {
        // nothing left to split once cleaned
      }
    }
    return texts;
  }
}
