package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutletsTest {
  private final Outlets outlets = Outlets.bundled();

  @Test
  void datelineTokensAreNamedAsRecordsCarryThem() {
    assertEquals("Tempo.co", outlets.fromToken("TEMPO.CO"));
    assertEquals("Kompas.com", outlets.fromToken("KOMPAS.com"));
    assertEquals("Antaranews.com", outlets.fromToken("ANTARA News"));
    assertEquals("Bangkapos.com", outlets.fromToken("BANGKAPOS.COM"), "an unlisted domain: lower case, capital first");
    assertEquals("Tribun-Medan.com", outlets.fromToken("TRIBUN-MEDAN.com"));
  }

  @Test
  void urlsAreNamedAfterTheirRegistrableDomain() {
    assertEquals("Tempo.co", outlets.fromUrl("https://bisnis.tempo.co/read/2019178/x"));
    assertEquals("Republika.co.id", outlets.fromUrl("https://esgnow.republika.co.id/berita/x"));
    assertEquals("Tribunnews.com", outlets.fromUrl("https://bangka.tribunnews.com/2025/06/10/x"));
    assertEquals("Posmetro.co.id", outlets.fromUrl("https://posmetro.co.id/x/"));
    assertNull(outlets.fromUrl("not a url"));
  }

  @Test
  void outletsAndCompaniesAreNotPeople() {
    assertTrue(outlets.isOutlet("Tempo.co"));
    assertTrue(outlets.isOutlet("Kompas Cyber Media"));
    assertTrue(outlets.isOutlet("PT. VIVA MEDIA BARU - VIVA.co.id"));
    assertFalse(outlets.isOutlet("Yudono Yanuar"));
  }

  @Test
  void aDomainIsFoundInANameAsThePatternFindsIt() {
    assertTrue(outlets.isOutlet("Redaksi detik.com"));
    assertTrue(outlets.isOutlet("tim tribun-medan.com"));
    assertTrue(outlets.isOutlet("Budi (kompas.co.id)"));
    assertFalse(outlets.isOutlet("Budi\nkompas.com"), "the pattern's `.` does not cross a line end");
    assertFalse(outlets.isOutlet("-.com"), "no word before the dot");
    // A name of thousands of hyphenated parts is read through once (it took seconds), and still answered.
    assertTrue(outlets.isOutlet("a-".repeat(100_000) + "a.com"));
    assertFalse(outlets.isOutlet("a-".repeat(100_000)));
  }
}
