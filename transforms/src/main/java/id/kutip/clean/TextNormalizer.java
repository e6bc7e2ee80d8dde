package id.kutip.clean;

import java.text.Normalizer;

/**
 * Unicode hygiene before any cleaning: NFC, Unix line ends, no zero-width or control characters, no-break spaces
 * as spaces. Offsets of later stages refer to the text after this step.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD' -> {
          // zero-width, direction marks, soft hyphen: invisible, and they split words for the tagger
        }
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
