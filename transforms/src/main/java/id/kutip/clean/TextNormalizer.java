package id.kutip.clean;

import java.text.Normalizer;

/**
 * Unicode hygiene before any cleaning: NFC, Unix line ends, no zero-width or control characters, no-break spaces
 * as spaces. Offsets of later stages refer to the text after this step.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String raw) {
    // One look for a carriage return (a vectorised search) instead of two replace passes that copy nothing.
    String text = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (isClean(text)) {
      return text; // most paragraphs are normalised again (as keys): nothing to copy
    }
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

  /** Above ASCII: the chars the loop above drops or replaces (ISO controls 0x7F-0x9F included). */
  private static boolean changes(char c) {
    return c <= 0x9F || switch (c) {
      case '\u00A0', '\u00AD', '\u2007', '\u2009', '\u200A', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F',
          '\u2028', '\u2029', '\u202F', '\u2060', '\u3000', '\uFEFF' -> true;
      default -> false;
    };
  }

  /** Whether no char of the text is one the loop above drops or replaces. */
  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n' : c >= 0x7F && changes(c)) {
        return false;
      }
    }
    return true;
  }
}
