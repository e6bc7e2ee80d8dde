package id.kutip.ingest;

import id.kutip.common.RejectedInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a dump into text. UTF-8 is expected; a byte-order mark selects UTF-8 or UTF-16; text that is
 * not valid UTF-8 but has no binary bytes is read as Windows-1252 (what old Indonesian sites and Excel exports
 * use). Binary content (images, PDFs, random bytes) is rejected rather than guessed at.
 */
public final class PayloadDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Reasons recorded in dead letters. */
  public static final String BINARY = "binary-content";
  public static final String EMPTY = "empty";

  private PayloadDecoder() {}

  public static String decode(byte[] bytes, int length) {
    if (length == 0) {
      throw new RejectedInputException(EMPTY, "The input is empty (0 bytes).");
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(StandardCharsets.UTF_16BE, bytes, 2, length - 2);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(StandardCharsets.UTF_16LE, bytes, 2, length - 2);
    }
    int offset = 0;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    rejectBinary(bytes, offset, length);
    try {
      return newStrictDecoder(StandardCharsets.UTF_8)
          .decode(ByteBuffer.wrap(bytes, offset, length - offset))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      // No NUL and few control bytes, yet not UTF-8: a single-byte legacy encoding.
      return new String(bytes, offset, length - offset, WINDOWS_1252);
    }
  }

  private static String strict(Charset charset, byte[] bytes, int offset, int length) {
    try {
      return newStrictDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      throw new RejectedInputException(
          "invalid-encoding", "The input starts with a " + charset + " byte-order mark but is not valid " + charset + ".");
    }
  }

  /**
   * Binary data has NUL bytes or many C0 control bytes; text has neither. Looks at the first 64 KiB, which is
   * where file signatures (PNG, PDF, ZIP) and binary noise show.
   */
  private static void rejectBinary(byte[] bytes, int offset, int length) {
    int end = Math.min(length, offset + 65536);
    int controls = 0;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new RejectedInputException(BINARY, "The input has NUL bytes: binary content, not text.");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    int scanned = Math.max(1, end - offset);
    if (controls > 8 && controls * 100 > scanned) {
      throw new RejectedInputException(
          BINARY, "The input has " + controls + " control bytes in its first " + scanned + ": binary content, not text.");
    }
  }

  private static CharsetDecoder newStrictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Decodes for display only (dead-letter excerpts): never fails, replaces what it cannot read. */
  public static String lenient(byte[] bytes, int length) {
    int shown = Math.min(length, 4 * id.kutip.common.DeadLetters.EXCERPT_CHARS);
    return new String(bytes, 0, shown, StandardCharsets.UTF_8);
  }
}
