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
