package id.kutip.entities;

/** A word of the text with its offsets. */
public record Token(String text, int start, int end) {
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
