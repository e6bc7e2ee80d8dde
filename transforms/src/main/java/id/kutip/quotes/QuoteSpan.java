package id.kutip.quotes;

/**
 * Text between quotation marks in one paragraph: {@code open} and {@code close} are the marks' offsets
 * ({@code close} is the paragraph's end when the quote runs on into the next paragraph); {@code start} and
 * {@code end} bound the quoted words, trimmed of spaces and of a trailing comma.
 */
record QuoteSpan(int open, int close, int start, int end, boolean closed) {}
