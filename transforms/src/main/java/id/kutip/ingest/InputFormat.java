package id.kutip.ingest;

import java.util.Locale;
import java.util.Set;

/** How a dump file is read, decided by its name once any compression extension is taken off. */
public enum InputFormat {
  /** One document per file; also anything not otherwise known. */
  TEXT("text"),
  /** One JSON object per line. */
  JSONL("jsonl"),
  /** One HTML page per file ({@code .html}, {@code .htm}); its block text is taken when it is cleaned. */
  HTML("html"),
  /** Web archive ({@code .warc}, Common Crawl's layout): each response record with an HTML payload is a page. */
  WARC("warc");

  private static final Set<String> COMPRESSION_EXTENSIONS =
      Set.of("gz", "gzip", "bz2", "zip", "zst", "zstd", "deflate", "z");

  private final String label;

  InputFormat(String label) {
    this.label = label;
  }

  /** The name recorded in {@code RawDocument.format}. */
  public String label() {
    return label;
  }

  public static InputFormat fromFileName(String fileName) {
    String name = withoutCompressionExtension(fileName.toLowerCase(Locale.ROOT));
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".warc")) {
      return WARC;
    }
    return TEXT;
  }

  /** The file name without directories and without every extension: the id of a one-document file. */
  public static String stem(String uriOrName) {
    String name = uriOrName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (slash >= 0) {
      name = name.substring(slash + 1);
    }
    int dot = name.indexOf('.', 1);
    return dot > 0 ? name.substring(0, dot) : name;
  }

  static String withoutCompressionExtension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot > 0 && COMPRESSION_EXTENSIONS.contains(name.substring(dot + 1))) {
      return name.substring(0, dot);
    }
    return name;
  }
}
