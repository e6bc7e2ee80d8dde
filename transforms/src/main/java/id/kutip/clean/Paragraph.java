package id.kutip.clean;

/**
 * A paragraph while the body is being chosen; {@code stop} marks an end-of-article marker ({@code Berita terkait},
 * a teaser list), which ends the body if it comes after the article has started and is ignored in a page header.
 */
record Paragraph(String text, boolean stop) {}
