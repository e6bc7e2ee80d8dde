package id.kutip.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;

/**
 * The arrays {@link AvroRecordCoder} encodes into and decodes from, and their framing on a runner's stream: a value's
 * length, then its bytes, each side in one call.
 */
final class RecordBytes {
  /** Far above any value the job lets through (documents are capped at some MB): a longer length is corrupt. */
  static final int MAX_BYTES = 1 << 30;
  /** A thread keeps arrays up to this size between values; a larger value gets arrays of its own. */
  static final int KEPT_BYTES = 1 << 20;
  private static final int FIRST_BYTES = 8192;

  private RecordBytes() {}

  /**
   * Writes what was encoded into {@code bytes} since its {@link Output#reset} to {@code out} as its length (a VarInt)
   * and then its bytes, in one call: the length goes into the room kept for it before the value.
   */
  static void writeFramed(Output bytes, OutputStream out) throws IOException {
    int length = bytes.size();
    int lengthBytes = VarInt.getLength(length);
    int from = Output.LENGTH_ROOM - lengthBytes;
    byte[] array = bytes.array();
    int at = from;
    int rest = length;
    while ((rest & ~0x7F) != 0) {
      array[at++] = (byte) ((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    array[at] = (byte) rest;
    out.write(array, from, lengthBytes + length);
  }

  /** The length a framed value starts with, refused when no value can have it. */
  static int readLength(InputStream in, String what) throws IOException {
    int length = VarInt.decodeInt(in);
    if (length < 0 || length > MAX_BYTES) {
      throw new CoderException(what + " cannot take " + length + " bytes");
    }
    return length;
  }

  /** Writes an array that holds a whole value as its length (a VarInt) and then its bytes. */
  static void writeBytes(byte[] bytes, OutputStream out) throws IOException {
    VarInt.encode(bytes.length, out);
    out.write(bytes);
  }

  /** Reads an array {@link #writeBytes} wrote, into one of its own; an impossible length or a cut stream is an error. */
  static byte[] readBytes(InputStream in, String what) throws IOException {
    return CoderBytes.readFully(in, readLength(in, what), what);
  }

  /**
   * An unsynchronised growable array to encode a value into (ByteArrayOutputStream locks on every byte written),
   * after room for the value's length.
   */
  static final class Output extends OutputStream {
    /** A VarInt of an int takes at most five bytes. */
    static final int LENGTH_ROOM = 5;
    private byte[] bytes = new byte[FIRST_BYTES];
    private int size = LENGTH_ROOM;

    @Override
    public void write(int b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (bytes.length - size < len) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
      }
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    void reset() {
      size = LENGTH_ROOM;
    }

    /** The bytes encoded since {@link #reset}. */
    int size() {
      return size - LENGTH_ROOM;
    }

    byte[] array() {
      return bytes;
    }

    /** The bytes encoded since {@link #reset}, in an array of their own. */
    byte[] copy() {
      return Arrays.copyOfRange(bytes, LENGTH_ROOM, size);
    }

    /** Lets go of an array grown past what a thread keeps. */
    void shrink() {
      if (bytes.length > KEPT_BYTES) {
        bytes = new byte[FIRST_BYTES];
      }
    }
  }

  /** A thread's array to read framed values into. */
  static final class Input {
    private byte[] bytes = new byte[FIRST_BYTES];

    /**
     * Exactly {@code length} bytes of {@code in}, in this thread's array or, past what a thread keeps, one of their
     * own. A stream that ends first is an error naming {@code what}, never a shorter value.
     */
    byte[] read(InputStream in, int length, String what) throws IOException {
      byte[] into = bytes;
      if (into.length < length) {
        into = new byte[Math.max(length, into.length * 2)];
        if (into.length <= KEPT_BYTES) {
          bytes = into;
        }
      }
      return CoderBytes.readFully(in, into, length, what);
    }
  }
}
