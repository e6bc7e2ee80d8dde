package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The paragraph key without white space, and the comparison of two texts by it without building either key. */
class ParagraphKeyTest {
  private static final String ALPHABET = "ab  \t\n\u000B\f\r\u00A0é";

  /** The key as first written: every character but the six ASCII white-space ones. */
  private static String reference(String text) {
    return text.replaceAll("[ \\t\\n\\u000B\\f\\r]", "");
  }

  private static String random(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(8);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  @Test
  void theKeyDropsTheSixAsciiWhiteSpacesOnly() {
    assertEquals("Presidenberkata,\u00A0hari", ParagraphScore.spaceless(" Presiden\tberkata,\u00A0hari\r\n"));
    String none = "tanpa-spasi";
    assertSame(none, ParagraphScore.spaceless(none), "a text without white space is its own key");
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String text = random(random);
      assertEquals(reference(text), ParagraphScore.spaceless(text), text);
    }
  }

  @Test
  void twoTextsAreTheSameWithoutSpacesExactlyWhenTheirKeysAreEqual() {
    assertTrue(ParagraphScore.sameWithoutSpaces("Banjir di Jakarta", " Banjir  di\nJakarta "));
    assertTrue(ParagraphScore.sameWithoutSpaces("", " \t"));
    assertFalse(ParagraphScore.sameWithoutSpaces("Banjir di Jakarta", "Banjir di Jakarta."));
    assertFalse(ParagraphScore.sameWithoutSpaces("a", ""));
    Random random = new Random(11);
    int same = 0;
    for (int i = 0; i < 50_000; i++) {
      String a = random(random);
      String b = random(random);
      boolean expected = reference(a).equals(reference(b));
      assertEquals(expected, ParagraphScore.sameWithoutSpaces(a, b), a + " | " + b);
      assertEquals(expected, ParagraphScore.sameWithoutSpaces(b, a), b + " | " + a);
      same += expected ? 1 : 0;
    }
    assertTrue(same > 1_000, same + " equal pairs: the random texts must meet often enough to test both answers");
  }
}
