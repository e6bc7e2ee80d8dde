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
    byte[] bytes = new byte[length];
    for (int read = 0; read < length; ) {
      int n = in.read(bytes, read, length - read);
      if (n < 0) {
        throw new EOFException(what + " cut short");
      }
      read += n;
    }
    return bytes;
  }
}
