package id.kutip.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private final LanguageIdentifier languages = LanguageIdentifier.bundled();

  @Test
  void indonesianNewsIsIndonesian() throws Exception {
    for (SeedBodies.Gold gold : SeedBodies.load().values()) {
      assertEquals("id", languages.identify(String.join("\n\n", gold.body())), gold.doc());
    }
  }

  @Test
  void englishIsToldApart() {
    assertEquals("en", languages.identify("Indonesia's central bank held its benchmark rate on Wednesday, saying "
        + "that inflation was within its target range and that the rupiah had been stable since the start of the year."));
  }

  @Test
  void malayIsToldApartFromIndonesian() {
    String malay = "Polis berkata mangsa dibawa ke hospital selepas kemalangan itu kerana kecederaan parah. "
        + "Jurucakap syarikat itu berkata bahawa semua pekerja telah dipindahkan, iaitu seramai 40 orang, "
        + "dan kerajaan negeri akan memberi bantuan wang kepada keluarga mangsa.";
    String indonesian = "Polisi mengatakan korban dibawa ke rumah sakit setelah kecelakaan itu karena luka parah. "
        + "Juru bicara perusahaan itu mengatakan bahwa semua pekerja telah dipindahkan, yaitu sebanyak 40 orang, "
        + "dan pemerintah provinsi akan memberi bantuan uang kepada keluarga korban.";
    assertEquals("ms", languages.identify(malay));
    assertEquals("id", languages.identify(indonesian));
  }

  @Test
  void namesAndNumbersAloneAreUndetermined() {
    assertNull(languages.identify("Persib Bandung 2 - 1 Arema Cronus, Samsul Arif 34', Purwaka Yudi 78'"));
  }
}
