package id.kutip.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-text index of context phrases: longest phrase, spaces only between its words, a final full stop. */
class NameLexiconTest {
  private static final NameLexicon LEXICON = NameLexicon.bundled();

  private static NameLexicon.Index index(String text) {
    List<Token> tokens = WordTokenizer.tokenize(text);
    return LEXICON.index(text, tokens);
  }

  @Test
  void findsTheLongestPhraseOfAKindAtAToken() {
    NameLexicon.Index words = index("Pengadilan Negeri Jakarta Selatan memutuskan");
    assertEquals(2, words.match("org-head", 0), "Pengadilan Negeri");
    assertEquals(0, words.match("place-head", 0), "another kind");
    assertEquals(0, words.match("org-head", 2));
    assertEquals(0, words.match("org-head", -1));
    assertEquals(0, words.match("org-head", 99));
    assertEquals(1, index("Pengadilan, Negeri").match("org-head", 0),
        "a phrase's words stand with spaces only between them: here Pengadilan alone");
  }

  @Test
  void needsTheFullStopAPhraseIsWrittenWith() {
    assertTrue(index("H. Ahmad berkata").is("honorific", 0));
    assertFalse(index("H Ahmad berkata").is("honorific", 0), "H. is written with its full stop");
  }

  @Test
  void answersEveryKindAskedAboutTheSameToken() {
    NameLexicon.Index words = index("kata dia");
    assertTrue(words.is("cue", 0));
    assertFalse(words.is("honorific", 0));
    assertTrue(words.is("cue", 0), "asked again, after another kind");
    assertFalse(words.is("cue", 1));
  }
}
