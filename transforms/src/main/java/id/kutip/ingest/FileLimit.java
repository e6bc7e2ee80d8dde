package id.kutip.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file's (decompressed) bytes, up to a limit: reading past it throws {@link Exceeded}. A file of exactly the
 * limit reads to its end. Whatever a parser makes of the exception, {@link #exceeded()} says the limit was hit.
 */
final class FileLimit extends FilterInputStream {
  /** Thrown when a read would go past the limit. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded(long limit) {
      super("the file inflates past " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;
  private boolean exceeded;

  FileLimit(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    if (count >= limit) {
      return atLimit();
    }
    int b = in.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (count >= limit) {
      return atLimit();
    }
    int n = in.read(buffer, offset, (int) Math.min(length, limit - count));
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes are inflated all the same: read them, so that they count.
    byte[] sink = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** At the limit: the end of the file if nothing follows, else the limit is exceeded. */
  private int atLimit() throws IOException {
    if (in.read() < 0) {
      return -1;
    }
    exceeded = true;
    throw new Exceeded(limit);
  }
}
