package id.kutip.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic record ids: the same document, span and type give the same id on every run and runner. */
public final class QuoteIds {
  private QuoteIds() {}

  public static String of(String docId, int start, int end, String type) {
    return sha256Hex(docId + '\u0000' + start + '\u0000' + end + '\u0000' + type).substring(0, 32);
  }

  static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
