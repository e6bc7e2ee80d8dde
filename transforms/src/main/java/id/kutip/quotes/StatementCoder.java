package id.kutip.quotes;

import id.kutip.common.CoderBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * A compact coder for {@link Statement}: the two ids, then four big-endian bytes per shingle hash, in one write of
 * bytes the statement keeps ({@link Statement#encoded}). Every band of a quote carries its statement (ten per quote):
 * a list of boxed integers, one variable-length write each, cost more than the clustering itself, and the ids were
 * made into UTF-8 ten times a quote.
 */
final class StatementCoder extends CustomCoder<Statement> {
  private static final long serialVersionUID = 1L;
  private static final StatementCoder INSTANCE = new StatementCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final VarIntCoder INT = VarIntCoder.of();
  /** Far above a statement's word count under the quote length limit: a count beyond it is a corrupt stream. */
  static final int MAX_SHINGLES = 1 << 20;

  static StatementCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Statement statement, OutputStream out) throws IOException {
    out.write(statement.encoded());
  }

  /** The two ids as {@link StringUtf8Coder} writes them, the shingle count, then four bytes per shingle. */
  static byte[] bytesOf(Statement statement) {
    try {
      int[] shingles = statement.shingles();
      ByteArrayOutputStream out = new ByteArrayOutputStream(80 + 4 * shingles.length);
      STRING.encode(statement.quoteId(), out);
      STRING.encode(statement.docId(), out);
      INT.encode(shingles.length, out);
      byte[] bytes = new byte[4 * shingles.length];
      for (int i = 0; i < shingles.length; i++) {
        int h = shingles[i];
        bytes[4 * i] = (byte) (h >>> 24);
        bytes[4 * i + 1] = (byte) (h >>> 16);
        bytes[4 * i + 2] = (byte) (h >>> 8);
        bytes[4 * i + 3] = (byte) h;
      }
      out.write(bytes);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("a statement could not be written to memory", e);
    }
  }

  @Override
  public Statement decode(InputStream in) throws IOException {
    String quoteId = STRING.decode(in);
    String docId = STRING.decode(in);
    int size = INT.decode(in);
    if (size < 0 || size > MAX_SHINGLES) {
      throw new CoderException("a statement cannot have " + size + " shingles");
    }
    byte[] bytes = CoderBytes.readFully(in, 4 * size, "a statement's shingles are");
    int[] shingles = new int[size];
    for (int i = 0; i < size; i++) {
      shingles[i] = (bytes[4 * i] & 0xff) << 24 | (bytes[4 * i + 1] & 0xff) << 16
          | (bytes[4 * i + 2] & 0xff) << 8 | (bytes[4 * i + 3] & 0xff);
    }
    return new Statement(quoteId, docId, shingles);
  }
}
