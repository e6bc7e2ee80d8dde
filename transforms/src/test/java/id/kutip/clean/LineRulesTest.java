package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineRulesTest {
  @TempDir Path tmp;
  private final LineRules bundled = LineRules.load(List.of());

  @Test
  void datelinesGiveTheirPlaceAndOutlet() {
    assertEquals(new LineRules.Dateline("NEW DELHI", "KOMPAS.com"), bundled.dateline("NEW DELHI, KOMPAS.com – Menteri itu datang."));
    assertEquals(new LineRules.Dateline("Jakarta", "TEMPO.CO"), bundled.dateline("TEMPO.CO,Jakarta- Kementerian Keuangan menyatakan."));
    assertEquals(new LineRules.Dateline("Mataram, NTB", "ANTARA News"),
        bundled.dateline("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan."));
    assertEquals(new LineRules.Dateline("Jakarta", "Liputan6.com"), bundled.dateline("Liputan6.com, JakartaKita semua mengalami."));
    assertNull(bundled.dateline("Kompas.com - 02/03/2023, 22:01 WIB"), "a date line is not a dateline");
    assertNull(bundled.dateline("Menteri itu datang ke Jakarta pada Kamis."));
  }

  @Test
  void bylinesGiveTheirRoleAndName() {
    assertEquals(new LineRules.Byline(LineRules.Kind.AUTHOR, "Tino Aditia"), bundled.byline("Penulis : Tino Aditia"));
    assertEquals(new LineRules.Byline(LineRules.Kind.EDITOR, "Rahmad"), bundled.byline("EDITOR : Rahmad"));
    assertEquals(new LineRules.Byline(LineRules.Kind.EDITOR, null), bundled.byline("Editor"));
    assertEquals(new LineRules.Byline(LineRules.Kind.AUTHOR, "Yulianus Magai"),
        bundled.byline("Laporan Wartawan Tribun-Papua.com, Yulianus Magai"));
    assertNull(bundled.byline("Wartawan senior itu meninggal dunia pada Selasa."));
  }

  @Test
  void siteNamesLeaveTitles() {
    assertEquals("Polres Lhokseumawe Serahkan Anggota", bundled.stripTitleAffixes("Polres Lhokseumawe Serahkan Anggota - Kompas.com Regional"));
    assertEquals("Ini 7 Alasan", bundled.stripTitleAffixes("Ini 7 Alasan  | Tempo Gaya"));
    assertEquals("Brandon Salim Makin Dekat", bundled.stripTitleAffixes("KapanLagi.com: Brandon Salim Makin Dekat"));
    assertEquals("Pengamat: Polisi Tak Cukup Diperiksa Etik", bundled.stripTitleAffixes("Pengamat: Polisi Tak Cukup Diperiksa Etik"));
  }

  @Test
  void paragraphsJoinedByCommasAreCutAfterAFullStopOnly() {
    assertEquals(List.of("Kalimat pertama.", "Kalimat kedua."),
        stripped(bundled.split("Kalimat pertama.,Kalimat kedua.")));
    assertEquals(List.of("Ia datang.\u201d", "\u201cKami siap,\u201d katanya."),
        stripped(bundled.split("Ia datang.\u201d ,\u201cKami siap,\u201d katanya.")));
    assertEquals(List.of("Naik 10 persen!", "Harga turun."), stripped(bundled.split("Naik 10 persen! ,Harga turun.")));
    for (String kept : List.of("Budi Santoso SH.,MH. hadir.", "Nilainya 10.000,5 juta.", "Ia datang, lalu pergi.",
        "Ia datang.,lalu pergi.", "Ia datang.  ,Lalu pergi.")) {
      assertEquals(List.of(kept), bundled.split(kept), kept);
    }
    // Tried at commas only: each bundled split rule opens with a class OpeningClass reads, not a search at every char.
    for (java.util.regex.Pattern rule : bundled.patterns().get(LineRules.Kind.SPLIT)) {
      java.util.BitSet starts = id.kutip.common.OpeningClass.of(rule);
      assertTrue(starts != null && starts.get(',') && !starts.get(' ') && !starts.get('a'), rule.pattern());
    }
  }

  /**
   * The bundled rule opens at the comma, with the space before it in its lookbehind, so that it is tried at commas
   * only; it cuts every line where the rule that opened at any space or comma did, and the pieces are the same once
   * trimmed (the cleaner trims them). Checked on the bundled idnews articles and on random joins of the pieces that
   * matter.
   */
  @Test
  void theRuleCutsWhereTheRuleThatOpenedAtSpacesDid() throws Exception {
    java.util.regex.Pattern before =
        java.util.regex.Pattern.compile("(?<=[\\p{Ll}\\p{N})][.!?][\"\u201d]?)\\s?,(?=[\\p{Lu}\"\u201c])");
    List<String> lines = new java.util.ArrayList<>();
    id.kutip.ingest.JsonLinesParser parser = new id.kutip.ingest.JsonLinesParser(id.kutip.ingest.JsonFields.DEFAULT);
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(Files.newInputStream(Path.of("../src/samples/idnews/articles.jsonl.gz"))),
        java.nio.charset.StandardCharsets.UTF_8))) {
      int number = 0;
      for (String json = in.readLine(); json != null; json = in.readLine()) {
        lines.addAll(List.of(parser.parse(json, "file:///a.jsonl", ++number).getText().split("\n")));
      }
    }
    int articleLines = lines.size();
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    String[] parts = {"kata", "Kata", "10", ")", ".", "!", "?", "\"", "\u201d", "\u201c", " ", "  ", ",", "SH", "\t",
        "kata.", ".,", " ,", ", ", "\u201d ,"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder line = new StringBuilder();
      for (int n = random.nextInt(1, 12); n > 0; n--) {
        line.append(parts[random.nextInt(parts.length)]);
      }
      lines.add(line.toString());
    }
    int[] cut = new int[2];
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = before.matcher(line);
      int from = 0;
      while (m.find()) {
        expected.add(line.substring(from, m.start()));
        from = m.end();
      }
      expected.add(line.substring(from));
      cut[i < articleLines ? 0 : 1] += expected.size() > 1 ? 1 : 0;
      assertEquals(stripped(expected), stripped(bundled.split(line)), line);
    }
    // Not a vacuous comparison: both sets have lines the rule cuts.
    assertTrue(cut[0] > 0 && cut[1] > 0, cut[0] + " article lines and " + cut[1] + " random lines cut");
  }

  /** The pieces as the cleaner keeps them: trimmed, blank ones dropped. */
  private static List<String> stripped(List<String> pieces) {
    return pieces.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  @Test
  void aUsersFileAddsRulesWithoutRebuilding() throws Exception {
    Path mine = Files.writeString(tmp.resolve("mine.tsv"), "kind\tpattern\tnote\n"
        + "# my outlet's footer\n"
        + "end\tterima kasih telah membaca.*\tfooter of my outlet\n"
        + "drop\tdukung jurnalisme kami.*\tdonation banner\n");
    String text = "Paragraf pertama berita ini cukup panjang untuk menjadi isi.\nDukung jurnalisme kami di sini!\n"
        + "Paragraf kedua juga bagian dari berita ini.\nTerima kasih telah membaca artikel di situs kami.\n"
        + "Penutup yang tak boleh masuk.";
    RawDocument raw = RawDocument.newBuilder().setDocId("x").setSourceUri("file:///x").setFormat("text").setText(text).build();
    assertEquals("Paragraf pertama berita ini cukup panjang untuk menjadi isi.\n\nDukung jurnalisme kami di sini!\n\n"
        + "Paragraf kedua juga bagian dari berita ini.\n\nTerima kasih telah membaca artikel di situs kami.\n\n"
        + "Penutup yang tak boleh masuk.",
        new DocumentCleaner(bundled).clean(raw).getText(), "the bundled rules alone keep them");
    assertEquals("Paragraf pertama berita ini cukup panjang untuk menjadi isi.\n\nParagraf kedua juga bagian dari berita ini.",
        new DocumentCleaner(LineRules.load(List.of(mine.toString()))).clean(raw).getText());
  }

  @Test
  void aBadUserFileNamesItsLine() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.tsv"), "kind\tpattern\tnote\ndrop\tok\t\nsometimes\tx\t\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LineRules.load(List.of(bad.toString())));
    assertTrue(e.getMessage().contains("bad.tsv:3") && e.getMessage().contains("sometimes"), e.getMessage());
    Path broken = Files.writeString(tmp.resolve("broken.tsv"), "drop\t(unclosed\t\n");
    e = assertThrows(IllegalArgumentException.class, () -> LineRules.load(List.of(broken.toString())));
    assertTrue(e.getMessage().contains("broken.tsv:1: bad pattern"), e.getMessage());
  }

  @Test
  void aPhotoCreditOfThousandsOfPartsIsDroppedWithoutOverflowingTheStack() {
    assertTrue(bundled.drops("FREEPIK/PIKISUPERSTAR Ilustrasi warga di pasar."));
    assertTrue(bundled.drops("FOTO" + "/AB".repeat(50_000) + " Ilustrasi warga di pasar."));
  }
}
