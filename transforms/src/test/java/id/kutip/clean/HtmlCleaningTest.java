package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.Document;
import id.kutip.schema.RawDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole saved pages (src/samples/html) through jsoup block text and the same cleaning as text dumps. */
class HtmlCleaningTest {
  private static final Path HTML = SeedBodies.REPO.resolve("src/samples/html");
  private final DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(List.of()));

  private Document clean(String file) throws Exception {
    String html = Files.readString(HTML.resolve(file), StandardCharsets.UTF_8);
    return cleaner.clean(RawDocument.newBuilder().setDocId(file).setSourceUri(HTML.resolve(file).toUri().toString())
        .setFormat("html").setText(html).build());
  }

  @Test
  void pagesGiveTheGoldBodiesOfTheirArticles() throws Exception {
    Map<String, GoldBody> gold = new HashMap<>();
    for (String set : List.of("dev", "heldout")) {
      for (GoldBody g : GoldBody.load(SeedBodies.REPO.resolve("src/gold/idnews-clean/" + set + "/body.jsonl"))) {
        gold.put(g.doc(), g);
      }
    }
    Map<String, String> pages = Map.of("antara-singlepage.html", "anpandu-0001", "antara-singlepage5.html",
        "anpandu-0004", "tempo-singlepage.html", "anpandu-0013", "kapanlagi-singlepage.html", "anpandu-0006");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Document cleaned = clean(page.getKey());
      GoldBody expected = gold.get(page.getValue());
      ParagraphScore score = ParagraphScore.of(ParagraphScore.paragraphs(cleaned.getText()), expected.body());
      // Measured 1.00 on each page; the floor leaves room for one stray paragraph in thirty.
      assertTrue(score.f1() >= 0.97, page.getKey() + ": F1 " + score.f1() + "\nmissing " + score.missing()
          + "\nextra " + score.extra());
      assertEquals(expected.title(), cleaned.getTitle(), page.getKey());
    }
  }

  @Test
  void metadataComesFromTheTimeNextToTheBylineAndTheUrl() throws Exception {
    Document detik = clean("detik-singlepage.html");
    // The page's meta tag says 10:08:58Z, but the page prints 10:08 WIB next to the byline: the printed time wins.
    assertEquals("2015-11-05T10:08:00+07:00",
        new PublicationDates.Published(detik.getPublishedAt(), detik.getPublishedOffset()).local());
    assertEquals(List.of("Fino Yurio Kristo"), detik.getAuthors());
    assertEquals("Jakarta", detik.getDateline(), "\"Jakarta -\" in a block of its own opens the next paragraph");
    assertTrue(detik.getText().startsWith("Jakarta - Galaxy S6 Edge, dengan material premium"), detik.getText());
    assertEquals("Detik.com", detik.getOutlet(), "the URL host, not the site name \"detikinet\"");
    assertFalse(detik.getText().contains("(fyk/ash)"));
  }

  @Test
  void aRelatedListAboveTheArticleDoesNotEndIt() throws Exception {
    Document kompas = clean("kompas-singlepage4.html");
    List<String> body = ParagraphScore.paragraphs(kompas.getText());
    assertTrue(body.get(0).startsWith("KUTA, KOMPAS.com — Penyerang anyar Persib Bandung"), body.get(0));
    assertEquals(6, body.size(), String.join("\n", body));
    assertEquals(List.of("Ferril Dennys"), kompas.getAuthors());
    assertEquals(List.of("Aloysius Gonsaga AE"), kompas.getEditors());
  }

  @Test
  void blockTextLeavesOutScriptsNavigationAndLinkLists() {
    String html = "<html><head><meta property='og:title' content='Judul Halaman'>"
        + "<meta property='article:published_time' content='2025-06-10T21:00:00+07:00'>"
        + "<link rel='canonical' href='https://www.example.com/read/1'></head><body>"
        + "<script>var iklan = 1;</script><nav><a href='/'>Beranda</a> <a href='/n'>Nasional</a></nav>"
        + "<div><p>Paragraf pertama berita ini.</p><p>Kedua, dengan <a href='/x'>tautan</a> di tengahnya.</p>"
        + "<ul><li><a href='/a'>Judul berita lain yang ditautkan</a></li></ul>Baris satu<br>Baris dua</div>"
        + "<footer>Hak cipta</footer></body></html>";
    HtmlExtractor.Page page = HtmlExtractor.extract(html, null);
    assertEquals("Paragraf pertama berita ini.\n\nKedua, dengan tautan di tengahnya.\n\nBaris satu\n\nBaris dua",
        page.text());
    assertEquals("Judul Halaman", page.title());
    assertEquals("2025-06-10T21:00:00+07:00", page.published());
    assertEquals("https://www.example.com/read/1", page.url());
  }
}
