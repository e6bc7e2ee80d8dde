package id.kutip.common;

/**
 * The paragraphs of a cleaned {@code Document.text}: the cleaner joins paragraphs with one blank line, and later
 * stages walk them with offsets into the whole text.
 */
public final class Paragraphs {
  public static final String SEPARATOR = "\n\n";

  /** Receives one paragraph: its index from 0 and its span [start, end) in the text. */
  @FunctionalInterface
  public interface Visitor {
    void paragraph(int index, int start, int end);
  }

  private Paragraphs() {}

  public static void forEach(String text, Visitor visitor) {
    int index = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(SEPARATOR, start);
      if (end < 0) {
        end = text.length();
      }
      visitor.paragraph(index++, start, end);
      start = end + SEPARATOR.length();
    }
  }
}
