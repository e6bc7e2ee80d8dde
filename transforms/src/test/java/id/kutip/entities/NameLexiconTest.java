package id.kutip.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
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
    assertEquals(2, words.match(ContextKind.ORG_HEAD, 0), "Pengadilan Negeri");
    assertEquals(0, words.match(ContextKind.PLACE_HEAD, 0), "another kind");
    assertEquals(0, words.match(ContextKind.ORG_HEAD, 2));
    assertEquals(0, words.match(ContextKind.ORG_HEAD, -1));
    assertEquals(0, words.match(ContextKind.ORG_HEAD, 99));
    assertEquals(1, index("Pengadilan, Negeri").match(ContextKind.ORG_HEAD, 0),
        "a phrase's words stand with spaces only between them: here Pengadilan alone");
  }

  @Test
  void needsTheFullStopAPhraseIsWrittenWith() {
    assertTrue(index("H. Ahmad berkata").is(ContextKind.HONORIFIC, 0));
    assertFalse(index("H Ahmad berkata").is(ContextKind.HONORIFIC, 0), "H. is written with its full stop");
  }

  @Test
  void answersEveryKindAskedAboutTheSameToken() {
    NameLexicon.Index words = index("kata dia");
    assertTrue(words.is(ContextKind.CUE, 0));
    assertFalse(words.is(ContextKind.HONORIFIC, 0));
    assertTrue(words.is(ContextKind.CUE, 0), "asked again, after another kind");
    assertFalse(words.is(ContextKind.CUE, 1));
  }

  @Test
  void readsEveryKindAsWrittenAndRejectsAnUnknownOne() {
    for (ContextKind kind : ContextKind.values()) {
      assertEquals(kind, ContextKind.fromWritten(kind.written()));
    }
    assertEquals(ContextKind.ORG_HEAD_PROPER, ContextKind.fromWritten("org-head-proper"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new NameLexicon("word\tkind\tnote\nkata\tcue\t\nbilang\tcues\ttypo\n", Set.of(), Set.of()));
    assertTrue(e.getMessage().contains(":3: unknown kind cues"), e.getMessage());
  }
}
