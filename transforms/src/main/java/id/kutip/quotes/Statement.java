package id.kutip.quotes;

/**
 * A quote as statement clustering compares it: its id, its document (quotes of one document are not linked) and
 * its sorted distinct word 3-gram hashes ({@link StatementShingles#shingles}). Each of a quote's bands carries it.
 *
 * <p>It keeps its own bytes once {@link StatementCoder} has made them: a quote's ten band entries hold the same
 * statement, which would otherwise be encoded ten times over, its two ids each time.
 */
final class Statement {
  private final String quoteId;
  private final String docId;
  private final int[] shingles;
  /** {@link StatementCoder}'s bytes of this statement, made on first use; volatile, as a runner may encode anywhere. */
  private volatile byte[] encoded;

  Statement(String quoteId, String docId, int[] shingles) {
    this.quoteId = quoteId;
    this.docId = docId;
    this.shingles = shingles;
  }

  String quoteId() {
    return quoteId;
  }

  String docId() {
    return docId;
  }

  int[] shingles() {
    return shingles;
  }

  /** This statement as {@link StatementCoder} writes it. Callers must not change the array. */
  byte[] encoded() {
    byte[] bytes = encoded;
    if (bytes == null) {
      bytes = StatementCoder.bytesOf(this);
      encoded = bytes;
    }
    return bytes;
  }

  @Override
  public String toString() {
    return "Statement[quoteId=" + quoteId + ", docId=" + docId + ", shingles=" + shingles.length + "]";
  }
}
