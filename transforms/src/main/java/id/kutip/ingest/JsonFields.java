package id.kutip.ingest;

import java.io.Serializable;

/** Which JSON Lines fields hold a document's id, text and metadata. Scrapers name them differently. */
public record JsonFields(String id, String text, String title, String url, String outlet, String date)
    implements Serializable {
  public static final JsonFields DEFAULT = new JsonFields("id", "text", "title", "url", "outlet", "date");
}
