package id.kutip.sentences;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's tokenize + ssplit as the {@code tokenize,ssplit} annotators run them, called without the annotation
 * pipeline: the tokenizer comes from a {@link TokenizerAnnotator} built from the same properties, and the sentences
 * from a {@link WordToSentenceProcessor} set up as the {@code ssplit} annotator sets it up for
 * {@code ssplit.newlineIsSentenceBreak=always}. What the pipeline adds on top (a map of annotations per sentence and
 * per token, token indices, newline flags) is work nothing here reads; without it a pass costs about a fifth less.
 * {@code SentenceSplitterTest} checks that the sentences are the annotators' own, token for token.
 *
 * <p>Thread-safe: a tokenizer is made per call, and the sentence processor keeps no state between calls.
 */
final class CoreNlpSentences {
  /** A token: its text and its span in the text read. */
  record Token(String word, int begin, int end) {}

  private final TokenizerAnnotator tokenizer;
  private final WordToSentenceProcessor<CoreLabel> sentences;

  CoreNlpSentences(Properties properties) {
    String newlines = properties.getProperty("ssplit.newlineIsSentenceBreak", "two");
    if (!newlines.equals("always")
        || !properties.getProperty("annotators", "").replace(" ", "").equals("tokenize,ssplit")) {
      // The processor below is the one ssplit builds for this setting only.
      throw new IllegalArgumentException(
          "expected annotators=tokenize,ssplit and ssplit.newlineIsSentenceBreak=always, not " + properties);
    }
    this.tokenizer = new TokenizerAnnotator(false, properties);
    this.sentences = new WordToSentenceProcessor<>(WordToSentenceProcessor.DEFAULT_BOUNDARY_REGEX, null,
        WordToSentenceProcessor.DEFAULT_SENTENCE_BOUNDARIES_TO_DISCARD, null,
        WordToSentenceProcessor.NewlineIsSentenceBreak.ALWAYS, null, null);
  }

  /** The sentences of {@code text}, each a list of its tokens, in order. */
  List<List<Token>> split(String text) {
    // The tokenizer annotator reads the text with a space after it (what a token at the very end may need).
    List<CoreLabel> tokens = tokenizer.getTokenizer(new StringReader(text + " ")).tokenize();
    List<List<Token>> out = new ArrayList<>();
    for (List<CoreLabel> sentence : sentences.process(tokens)) {
      List<Token> words = new ArrayList<>(sentence.size());
      for (CoreLabel token : sentence) {
        words.add(new Token(token.word(), token.beginPosition(), Math.min(token.endPosition(), text.length())));
      }
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    return out;
  }
}
