package id.kutip.sentences;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's tokenize + ssplit as the {@code tokenize,ssplit} annotators run them, called without the annotation
 * pipeline: the tokenizer comes from a {@link TokenizerAnnotator} built from the same properties, and the sentences
 * are cut as the {@code ssplit} annotator cuts them for {@code ssplit.newlineIsSentenceBreak=always}
 * ({@link SentenceBreaks}). What the pipeline adds on top (a map of annotations per sentence and per token, token
 * indices, newline flags) is work nothing here reads; without it a pass costs about a fifth less.
 * {@code SentenceSplitterTest} and {@code WholeTextSplitTest} check that the sentences are the annotators' own, token
 * for token.
 *
 * <p>Thread-safe: a tokenizer is made per call, and the sentence breaks keep no state between calls.
 */
final class CoreNlpSentences {
  /** A token: its text and its span in the text read. */
  record Token(String word, int begin, int end) {}

  private final TokenizerAnnotator tokenizer;
  private final SentenceBreaks sentences = new SentenceBreaks();

  CoreNlpSentences(Properties properties) {
    String newlines = properties.getProperty("ssplit.newlineIsSentenceBreak", "two");
    boolean otherSsplitSettings = properties.stringPropertyNames().stream()
        .anyMatch(name -> name.startsWith("ssplit.") && !name.equals("ssplit.newlineIsSentenceBreak"));
    if (!newlines.equals("always") || otherSsplitSettings
        || !properties.getProperty("annotators", "").replace(" ", "").equals("tokenize,ssplit")) {
      // The sentence breaks are ssplit's for this setting only, with its default tokens.
      throw new IllegalArgumentException(
          "expected annotators=tokenize,ssplit and ssplit.newlineIsSentenceBreak=always, not " + properties);
    }
    this.tokenizer = new TokenizerAnnotator(false, properties);
  }

  /** The sentences of {@code text}, each a list of its tokens, in order. */
  List<List<Token>> split(String text) {
    // The tokenizer annotator reads the text with a space after it (what a token at the very end may need).
    List<CoreLabel> tokens = tokenizer.getTokenizer(new StringReader(text + " ")).tokenize();
    return sentences.split(tokens, text.length());
  }
}
