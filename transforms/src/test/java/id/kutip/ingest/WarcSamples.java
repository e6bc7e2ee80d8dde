package id.kutip.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small WARC file laid out as Common Crawl's are (one gzip member per record): a request, its HTML response, a
 * JPEG response, and a second HTML page declared in windows-1252.
 */
final class WarcSamples {
  static final UUID PAGE_ID = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  static final UUID LEGACY_ID = UUID.fromString("00000000-0000-0000-0000-00000000a002");
  static final String PAGE_URL = "https://news.example.co.id/read/1/berita";
  static final String PAGE =
      "<html><head><title>Judul Berita - Example News</title></head><body><nav><a href=/>Beranda</a></nav>"
          + "<p>JAKARTA, KOMPAS.com - Pemerintah mengumumkan kebijakan baru untuk pelabuhan.</p>"
          + "<p>\"Kami siap,\" kata menteri itu.</p></body></html>";
  /** "Kafé" and a right single quotation mark, as windows-1252 bytes (0xE9, 0x92). */
  static final byte[] LEGACY = concat("<html><body><p>Kaf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
      " itu buka lagi, kata pemiliknya".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x92},
      ".</p></body></html>".getBytes(StandardCharsets.US_ASCII));

  private WarcSamples() {}

  static byte[] gzippedWarc() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Instant date = Instant.parse("2025-06-10T03:00:00Z");
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
      writer.write(new WarcRequest.Builder(URI.create(PAGE_URL)).date(date)
          .recordId(UUID.fromString("00000000-0000-0000-0000-00000000f001"))
          .body(new HttpRequest.Builder("GET", "/read/1/berita").build()).build());
      writer.write(response(PAGE_URL, PAGE_ID, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), date));
      writer.write(response("https://news.example.co.id/foto.jpg", UUID.fromString("00000000-0000-0000-0000-00000000f002"),
          "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}, date));
      writer.write(response("https://lama.example.co.id/kafe", LEGACY_ID, "text/html; charset=windows-1252", LEGACY, date));
    }
    return bytes.toByteArray();
  }

  private static WarcResponse response(String url, UUID id, String type, byte[] body, Instant date) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(date).recordId(id).body(http).build();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
