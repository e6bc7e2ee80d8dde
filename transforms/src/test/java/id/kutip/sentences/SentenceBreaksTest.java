package id.kutip.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sentence breaks are those of CoreNLP's own sentence processor, set up as the ssplit annotator sets it up. */
class SentenceBreaksTest {
  private static final WordToSentenceProcessor<CoreLabel> SSPLIT = new WordToSentenceProcessor<>(
      WordToSentenceProcessor.DEFAULT_BOUNDARY_REGEX, null, WordToSentenceProcessor.DEFAULT_SENTENCE_BOUNDARIES_TO_DISCARD,
      null, WordToSentenceProcessor.NewlineIsSentenceBreak.ALWAYS, null, null);
  /** Tokens of every kind the processor tells apart: words, sentence ends, what may follow one, newlines. */
  private static final String[] WORDS = {"Dia", "berkata", "10.000", "U.S.", "e-KTP", "Élan", "٣", "_x", ".", "。",
      "!", "?", "!?", "?!?", "！", "？", "...", "…", ")", "]", "}", "\"", "'", "''", "’", "’’", "”", "»", ">", "＞",
      "-RRB-", "-LRB-", "(", "“", "«", "\n", "*NL*", ",", "-", "--", ":", ";", "*", "**", "NL"};

  @Test
  void randomTokenRunsAreCutAsCoreNlpCutsThem() {
    SentenceBreaks breaks = new SentenceBreaks();
    Random random = new Random(20261205L);
    int sentences = 0;
    for (int n = 0; n < 20_000; n++) {
      List<CoreLabel> tokens = new ArrayList<>();
      int length = random.nextInt(40);
      int at = 0;
      for (int i = 0; i < length; i++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        CoreLabel label = CoreLabel.wordFromString(word);
        label.setBeginPosition(at);
        label.setEndPosition(at + word.length());
        at += word.length() + 1;
        tokens.add(label);
      }
      // The last token's end is past the text, as the tokenizer's may be (it reads a space after the text).
      int textLength = Math.max(0, at - 2);
      List<List<CoreNlpSentences.Token>> expected = new ArrayList<>();
      for (List<CoreLabel> sentence : SSPLIT.process(tokens)) {
        expected.add(sentence.stream().map(t -> new CoreNlpSentences.Token(t.word(), t.beginPosition(),
            Math.min(t.endPosition(), textLength))).toList());
      }
      assertEquals(expected, breaks.split(tokens, textLength), tokens.toString());
      sentences += expected.size();
    }
    assertTrue(sentences > 50_000, "sentences compared: " + sentences);
  }

  /** The shortcut for plain words holds for the CoreNLP the build bundles; an upgrade that changes it fails here. */
  @Test
  void theShortcutIsOnForTheBundledCoreNlp() {
    assertTrue(new SentenceBreaks().usesShortcut());
  }

  /** The tokenizer writes a newline as {@code *NL*}; a closing mark after one opens the next sentence. */
  @Test
  void aClosingMarkAfterTheEndStaysWithItsSentenceButNotAfterANewline() {
    SentenceBreaks breaks = new SentenceBreaks();
    assertEquals(List.of(List.of("Ya", ".", ")"), List.of("Lalu")), words(breaks, "Ya", ".", ")", "Lalu"));
    assertEquals(List.of(List.of("Ya"), List.of(")", "Lalu")), words(breaks, "Ya", "*NL*", ")", "Lalu"));
    assertEquals(List.of(List.of("Ya", "!?"), List.of("Lalu")), words(breaks, "Ya", "!?", "*NL*", "*NL*", "Lalu"));
  }

  /** A straight quote after the end closes the sentence's open quote; with none open it opens the next sentence. */
  @Test
  void aStraightQuoteFollowsOnOnlyToCloseAnOpenOne() {
    SentenceBreaks breaks = new SentenceBreaks();
    assertEquals(List.of(List.of("Dia", "\"", "ya", ".", "\""), List.of("Lalu")),
        words(breaks, "Dia", "\"", "ya", ".", "\"", "Lalu"));
    assertEquals(List.of(List.of("Dia", "\"", "ya", "\"", "."), List.of("\"", "Lalu")),
        words(breaks, "Dia", "\"", "ya", "\"", ".", "\"", "Lalu"));
    assertEquals(List.of(List.of("Dia", "“", "ya", ".", "”"), List.of("Lalu")),
        words(breaks, "Dia", "“", "ya", ".", "”", "Lalu"));
  }

  private static List<List<String>> words(SentenceBreaks breaks, String... words) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String word : words) {
      tokens.add(CoreLabel.wordFromString(word));
    }
    return breaks.split(tokens, 0).stream().map(s -> s.stream().map(CoreNlpSentences.Token::word).toList()).toList();
  }
}
