package id.kutip.common;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** The packed arrays the project's compact coders write in one call, read back whole. */
public final class CoderBytes {
  private CoderBytes() {}

  /**
   * Exactly {@code length} bytes: a runner's stream may return fewer per read. A stream that ends first is cut short,
   * an error naming {@code what}, never a shorter value.
   */
  public static byte[] readFully(InputStream in, int length, String what) throws IOException {
    return readFully(in, new byte[length], length, what);
  }

  /**
   * Exactly {@code length} bytes of {@code in} into the start of {@code into}, which it returns; a stream cut short
   * is an error naming {@code what}.
   */
  public static byte[] readFully(InputStream in, byte[] into, int length, String what) throws IOException {
    for (int read = 0; read < length; ) {
      int n = in.read(into, read, length - read);
      if (n < 0) {
        throw new EOFException(what + " cut short after " + read + " of its " + length + " bytes");
      }
      read += n;
    }
    return into;
  }
}
