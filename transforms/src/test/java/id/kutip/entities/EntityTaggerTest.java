package id.kutip.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.Entity;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityTaggerTest {
  private static EntityTagger tagger;

  @BeforeAll
  static void load() {
    tagger = EntityTagger.load(List.of());
  }

  private static String found(String text) {
    return String.join("; ", tagger.tag(text).stream()
        .map(e -> e.getType() + ":" + e.getText() + "=" + e.getCanonical()).toList());
  }

  @Test
  void aListOfNamesIsFoundWholeHoweverLong() {
    StringBuilder text = new StringBuilder("Yang hadir antara lain Presiden Joko Widodo");
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      names.add("Wiro" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "jo");
      text.append(", ").append(names.get(i));
    }
    text.append(" dan Suryadi.");
    List<String> listed = tagger.tag(text.toString()).stream()
        .filter(e -> e.getSource().equals("rule:name-list")).map(Entity::getText).toList();
    names.add("Suryadi");
    assertEquals(names, listed);
  }

  @Test
  void aRunOfTitlesEndsInTheNameAfterIt() {
    String tags = found("Menteri ".repeat(30) + "Budi Santoso mengatakan hal itu.");
    assertEquals(30, tags.split("ROLE:Menteri=", -1).length - 1, tags);
    assertTrue(tags.endsWith("PERSON:Budi Santoso=Budi Santoso"), tags);
  }

  @Test
  void gazetteerNamesAndAliasesGetTheirCanonicalName() {
    String text = "Menlu AS Antony Blinken bertemu Sergey Lavrov di Moskwa, lalu terbang ke Kiev.";
    String tags = found(text);
    assertTrue(tags.contains("PERSON:Antony Blinken=Antony Blinken"), tags);
    assertTrue(tags.contains("PERSON:Sergey Lavrov=Sergei Lavrov"), tags);
    assertTrue(tags.contains("LOCATION:AS=Amerika Serikat"), tags);
    assertTrue(tags.contains("ROLE:Menlu=Menteri Luar Negeri"), tags);
    assertTrue(tags.contains("=Kyiv"), tags);
  }

  @Test
  void laterShortFormsResolveToTheFullName() {
    String tags = found("Sergei Lavrov tiba. Kemudian Lavrov berbicara.");
    assertTrue(tags.endsWith("PERSON:Lavrov=Sergei Lavrov"), tags);
  }

  @Test
  void aNameAfterARoleIsAPersonEvenWhenNoListKnowsIt() {
    String tags = found("Juru bicara Murnilawati Sitorus mengatakan hal itu.");
    assertTrue(tags.contains("PERSON:Murnilawati Sitorus=Murnilawati Sitorus"), tags);
    String india = found("Menteri Luar Negeri India Subrahmanyam Jaishankar tiba.");
    assertTrue(india.contains("PERSON:Subrahmanyam Jaishankar"), india);
  }

  @Test
  void datesTimesMoneyAndPercentages() {
    String tags = found("Pada Kamis (2/3/2023) pukul 22.01 WIB, anggaran Rp 482,5 triliun naik 78,1 persen dan US$ 10 juta.");
    assertTrue(tags.contains("DATE:Kamis (2/3/2023)"), tags);
    assertTrue(tags.contains("TIME:pukul 22.01 WIB"), tags);
    assertTrue(tags.contains("MONEY:Rp 482,5 triliun"), tags);
    assertTrue(tags.contains("PERCENT:78,1 persen"), tags);
    assertTrue(tags.contains("MONEY:US$ 10 juta"), tags);
  }

  @Test
  void offsetsSliceTheTextAndDoNotOverlap() {
    String text = "Presiden Joko Widodo dan Menteri Keuangan Sri Mulyani Indrawati di Jakarta pada 2 Maret 2023.";
    List<Entity> entities = tagger.tag(text);
    int end = -1;
    for (Entity e : entities) {
      assertEquals(e.getText(), text.substring(e.getStart(), e.getEnd()));
      assertTrue(e.getStart() >= end, "overlap at " + e);
      end = e.getEnd();
    }
  }

  @Test
  void matchingIsIndependentOfTheNumberOfEntries() throws Exception {
    Gazetteer small = new Gazetteer();
    small.add("Antony Blinken", new GazetteerEntry("Antony Blinken", "PERSON", "t", null));
    assertEquals(1, small.match("kata Antony Blinken.", WordTokenizer.tokenize("kata Antony Blinken.")).size());
    assertTrue(tagger.gazetteer().entryCount() > 2000, "bundled lists: " + tagger.gazetteer().entryCount());
  }

  @Test
  void aBadListNamesItsLine() {
    Gazetteer g = new Gazetteer();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> g.read(new StringReader("canonical\ttype\taliases\tid\nBlinken\n"), "mine.tsv"));
    assertTrue(e.getMessage().startsWith("mine.tsv:2:"), e.getMessage());
  }

  @Test
  void namesNoListKnowsAreFoundByContext() {
    String tags = found("\"Kami siap,\" kata Mikdar. Menurut Yanto Sitorus, hal itu benar. Pak Harun juga datang.");
    assertTrue(tags.contains("PERSON:Mikdar=Mikdar"), tags);
    assertTrue(tags.contains("PERSON:Yanto Sitorus=Yanto Sitorus"), tags);
    assertTrue(tags.contains("PERSON:Harun=Harun"), tags);
    String apposition = found("Kepala Bidang Pelayanan Medis RSUD Bintan, Murnilawati, mengatakan pasien bertambah.");
    assertTrue(apposition.contains("ORGANIZATION:RSUD Bintan=RSUD Bintan"), apposition);
    assertTrue(apposition.contains("PERSON:Murnilawati=Murnilawati"), apposition);
    assertTrue(apposition.startsWith("ROLE:Kepala Bidang Pelayanan Medis"), apposition);
  }

  @Test
  void aDepartmentAfterARoleIsNotGluedIntoTheName() {
    String tags = found("Kepala Dinas Kesehatan Kabupaten Bintan Budi Santoso mengatakan hal itu.");
    assertTrue(tags.contains("ROLE:Kepala=Kepala"), tags);
    assertTrue(tags.contains("ORGANIZATION:Dinas Kesehatan Kabupaten Bintan"), tags);
    assertTrue(tags.contains("PERSON:Budi Santoso=Budi Santoso"), tags);
  }

  @Test
  void organisationsAndPlacesByTheirHeadWord() {
    String tags = found("Partai Gelora, Universitas Airlangga, PT Sinar Mas Agro Tbk dan Bank Jateng berkumpul di "
        + "Jalan Merdeka, Kota Bandung, Provinsi Jawa Barat.");
    assertTrue(tags.contains("ORGANIZATION:Partai Gelora"), tags);
    assertTrue(tags.contains("ORGANIZATION:Universitas Airlangga"), tags);
    assertTrue(tags.contains("ORGANIZATION:PT Sinar Mas Agro Tbk"), tags);
    assertTrue(tags.contains("ORGANIZATION:Bank Jateng"), tags);
    assertTrue(tags.contains("LOCATION:Jalan Merdeka"), tags);
    assertTrue(tags.contains("LOCATION:Kota Bandung"), tags);
    assertTrue(tags.contains("LOCATION:Provinsi Jawa Barat"), tags);
  }

  @Test
  void aNameWithItsAcronymIsOneEntityWithTheListsCanonical() {
    String tags = found("Putusan Mahkamah Konstitusi (MK) itu final.");
    assertTrue(tags.contains("ORGANIZATION:Mahkamah Konstitusi (MK)=Mahkamah Konstitusi"), tags);
  }

  @Test
  void locationsCarryASubtype() {
    List<Entity> entities = tagger.tag("Dari Jenewa ke Moskow, Rusia, lalu ke Jawa Barat dan Kabupaten Bogor.");
    String subtypes = String.join(" ", entities.stream().map(e -> e.getText() + "/" + e.getSubtype()).toList());
    assertEquals("Jenewa/city Moskow/city Rusia/country Jawa Barat/province Kabupaten Bogor/city", subtypes);
  }

  @Test
  void shortFormsFoundByARuleStillGetTheFullName() {
    String tags = found("Kepala Bappenas Rachmat Pambudy menjelaskan. \"Jadi begitu,\" kata Rachmat.");
    assertTrue(tags.endsWith("PERSON:Rachmat=Rachmat Pambudy"), tags);
  }

  @Test
  void lowerCasedTextIsMatchedAgainstTheListsOnly() {
    String tags = found("joko widodo tiba di jakarta dari india.");
    assertTrue(tags.contains("PERSON:joko widodo=Joko Widodo"), tags);
    assertTrue(tags.contains("LOCATION:india=India"), tags);
  }
}
