package id.kutip.clean;

/**
 * A non-empty line of a dump, trimmed; whether a blank line came before it; and whether it says the article is
 * over ({@code Berita terkait}, {@code (kha)}): such a line is never joined to another, and ends the body when it
 * comes after the article has started.
 */
record Line(String text, boolean afterBlank, boolean stop) {
  Line(String text, boolean afterBlank) {
    this(text, afterBlank, false);
  }
}
