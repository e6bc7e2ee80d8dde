package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path for text with nothing to change gives what the char-by-char rewrite gives. */
class TextNormalizerTest {
  @Test
  void normalisesAsTheCharByCharRewriteOnRandomText() {
    Random random = new Random(20261203L);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        // Mostly ASCII and the punctuation of news text (U+2010-U+2027 sits among the chars that change), some of
        // any BMP char.
        int kind = random.nextInt(4);
        b.append(kind == 0 ? (char) random.nextInt(0x80) : kind == 1 ? (char) (0x2000 + random.nextInt(0x70))
            : kind == 2 ? (char) (0x80 + random.nextInt(0x40)) : (char) random.nextInt(0xD800));
      }
      String text = b.toString();
      assertEquals(rewrite(text), TextNormalizer.normalize(text), () -> "in `" + text + "`");
    }
  }

  @Test
  void returnsCleanTextItself() {
    String text = "Menteri berkata, “Kami siap” – dan pergi…\n\nLalu hening.";
    assertSame(text, TextNormalizer.normalize(text));
    assertEquals("a b\nc", TextNormalizer.normalize("a\u00A0b\r\nc\u200B"));
  }

  @Test
  void keysAParagraphWithoutItsWhitespace() {
    assertEquals("Katanya,“siap”.", ParagraphScore.key(" Katanya,\t“siap”\u000B.\n"));
    assertEquals(ParagraphScore.key("a\u00A0b"), "ab", "a no-break space is a space once normalised");
  }

  /** The rewrite every text went through before the fast path: line ends, NFC, then char by char. */
  private static String rewrite(String raw) {
    String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD' -> { }
        case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000' -> out.append(' ');
        case '\t', '\f', '\u000B' -> out.append(' ');
        case '\u2028', '\u2029', '\u0085' -> out.append('\n');
        default -> {
          if (c == '\n' || !Character.isISOControl(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
