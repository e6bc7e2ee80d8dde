package id.kutip.quotes;

import id.kutip.common.CoderBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A {@link BandKey} in 25 bytes and one write: the band's number, then the three row minima big-endian. Ten keys a
 * quote are shuffled; as strings of hex digits (up to 53 chars, UTF-8 encoded one by one) they were half the cost
 * of keying a quote's bands.
 */
final class BandKeyCoder extends CustomCoder<BandKey> {
  private static final long serialVersionUID = 1L;
  private static final BandKeyCoder INSTANCE = new BandKeyCoder();
  static final int BYTES = 1 + 3 * Long.BYTES;

  static BandKeyCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(BandKey key, OutputStream out) throws IOException {
    if (key.band() < 0 || key.band() > 0xff) {
      throw new CoderException("a band key's band must fit a byte: " + key.band());
    }
    byte[] bytes = new byte[BYTES];
    bytes[0] = (byte) key.band();
    putLong(bytes, 1, key.row0());
    putLong(bytes, 9, key.row1());
    putLong(bytes, 17, key.row2());
    out.write(bytes);
  }

  @Override
  public BandKey decode(InputStream in) throws IOException {
    byte[] bytes = CoderBytes.readFully(in, BYTES, "a band key is");
    return new BandKey(bytes[0] & 0xff, getLong(bytes, 1), getLong(bytes, 9), getLong(bytes, 17));
  }

  @Override
  public void verifyDeterministic() {
    // Fixed-width and field by field: equal keys give equal bytes.
  }

  private static void putLong(byte[] bytes, int at, long value) {
    for (int i = 7; i >= 0; i--) {
      bytes[at + i] = (byte) value;
      value >>>= 8;
    }
  }

  private static long getLong(byte[] bytes, int at) {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | (bytes[at + i] & 0xff);
    }
    return value;
  }
}
