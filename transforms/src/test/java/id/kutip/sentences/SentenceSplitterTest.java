package id.kutip.sentences;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.schema.Sentence;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static SentenceSplitter splitter;

  @BeforeAll
  static void build() {
    splitter = SentenceSplitter.shared();
  }

  private static List<String> texts(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
  }

  @Test
  void offsetsPointIntoTheTextAndParagraphsAreHardBoundaries() {
    String text = "Blinken tiba di New Delhi. Dia bertemu Lavrov\n\nPertemuan itu singkat.";
    List<Sentence> sentences = splitter.split(text);
    assertEquals(List.of("Blinken tiba di New Delhi.", "Dia bertemu Lavrov", "Pertemuan itu singkat."), texts(text));
    assertEquals(List.of(0, 0, 1), sentences.stream().map(Sentence::getParagraph).toList());
  }

  @Test
  void numbersTimesAndReduplicationStayInsideASentence() {
    String text = "Pada pukul 22.01 WIB, 4.073 orang dari negara-negara G20 membayar Rp10.000,00 atau 2,5 persen. Selesai.";
    assertEquals(2, texts(text).size());
  }

  @Test
  void aQuoteClosingAfterTheFullStopBelongsToItsSentence() {
    String text = "\"Kami siap.\" Dia lalu pergi.";
    assertEquals(List.of("\"Kami siap.\"", "Dia lalu pergi."), texts(text));
  }

  @Test
  void abbreviationsFromTheListDoNotEndASentence() {
    assertEquals(List.of("Ia tinggal di Jl. Sudirman No. 5, Kab. Bogor, Kec. Cibinong, Kel. Pasar.", "Rumahnya besar."),
        texts("Ia tinggal di Jl. Sudirman No. 5, Kab. Bogor, Kec. Cibinong, Kel. Pasar. Rumahnya besar."));
    assertEquals(List.of("Dr. Budi, Drs. Ahmad, Ir. Joko, H. Mahmud, Hj. Siti dan Prof. Anu hadir di Jln. Merdeka."),
        texts("Dr. Budi, Drs. Ahmad, Ir. Joko, H. Mahmud, Hj. Siti dan Prof. Anu hadir di Jln. Merdeka."));
    assertEquals(List.of("Harganya Rp. 10.000 per kilo."), texts("Harganya Rp. 10.000 per kilo."));
  }

  @Test
  void suffixAbbreviationsEndASentenceOnlyBeforeACapital() {
    assertEquals(List.of("Ahmad, S.H., M.Si. mengatakan itu."), texts("Ahmad, S.H., M.Si. mengatakan itu."));
    assertEquals(List.of("PT Bank Central Asia Tbk. (BBCA) naik."), texts("PT Bank Central Asia Tbk. (BBCA) naik."));
    assertEquals(List.of("Ada buah, sayur, dll.", "Harga naik."), texts("Ada buah, sayur, dll. Harga naik."));
    assertEquals(List.of("Buah, sayur, dsb. dijual, dst. habis."), texts("Buah, sayur, dsb. dijual, dst. habis."));
  }

  @Test
  void initialsStayInsideTheName() {
    assertEquals(List.of("Joko S. Widodo datang.", "A. Rahman juga.", "Wakil Ketua MPR H.M. Hidayat Nur Wahid hadir."),
        texts("Joko S. Widodo datang. A. Rahman juga. Wakil Ketua MPR H.M. Hidayat Nur Wahid hadir."));
  }

  @Test
  void gluedSentencesAreSplitWithoutChangingTheText() {
    String text = "Ini soal perang.Pertemuan itu gagal. Ada inflasi\".Pertemuan berikutnya (10/6/2025).\"Nggak saya tagih.";
    assertEquals(List.of("Ini soal perang.", "Pertemuan itu gagal.", "Ada inflasi\".",
        "Pertemuan berikutnya (10/6/2025).", "\"Nggak saya tagih."), texts(text));
    assertEquals(List.of("Situs Liputan6.com dan Kompas.com memuatnya."), texts("Situs Liputan6.com dan Kompas.com memuatnya."));
  }

  @Test
  void aLowerCaseWordAfterAQuoteContinuesTheSentence() {
    assertEquals(List.of("“Kami menang!” katanya.", "“Sudah?” tanya dia."), texts("“Kami menang!” katanya. “Sudah?” tanya dia."));
  }

  @Test
  void anEllipsisEndsASentenceOnlyBeforeACapital() {
    assertEquals(List.of("Dia menunggu... lalu pergi.", "Dia berkata...", "Kemudian hening.", "Lalu…", "Baru."),
        texts("Dia menunggu... lalu pergi. Dia berkata... Kemudian hening. Lalu… Baru."));
  }

  @Test
  void everyOffsetSlicesTheOriginalText() {
    String text = "Satu.Dua tiga.\"Empat lima.\" Enam.\n\nTujuh perang.Delapan.";
    int previous = 0;
    for (Sentence s : splitter.split(text)) {
      assertEquals(text.substring(s.getStart(), s.getEnd()).strip(), text.substring(s.getStart(), s.getEnd()));
      assertTrue(s.getStart() >= previous);
      previous = s.getEnd();
    }
    assertEquals(List.of("Satu.", "Dua tiga.", "\"Empat lima.\"", "Enam.", "Tujuh perang.", "Delapan."), texts(text));
  }

  @Test
  void aLongRunWithoutWhitespaceGetsSpacesForCoreNlpOnlyAtMarksAndNeverInsideAWordOrACharacter() {
    assertEquals(0, SentenceSplitter.insertions("Baca kompas.com/read/2024/03/12/bendungan untuk berita lengkap.").length,
        "a word or a short URL is no run worth breaking");
    String url = "https://www.cnnindonesia.com/nasional/20240312082311-20-1234567/bendungan.bogor.selesai-dibangun.html";
    int[] inUrl = SentenceSplitter.insertions(url);
    assertTrue(Arrays.stream(inUrl).allMatch(i -> url.charAt(i) != '.' && url.charAt(i - 1) != '.'), "not at a dot");
    assertEquals(List.of("Baca " + url + " untuk berita lengkap."), texts("Baca " + url + " untuk berita lengkap."));
    assertArrayEquals(new int[] {64, 128, 192}, SentenceSplitter.insertions("\"".repeat(200)));
    // A long word is cut only past twice the run, where no mark offers a better place.
    assertArrayEquals(new int[] {128, 256}, SentenceSplitter.insertions("a".repeat(300)));
    // Past 64 chars the first mark is taken: `"a"a` breaks before a quote, not between two letters.
    int[] quoted = SentenceSplitter.insertions("\"a".repeat(100));
    assertTrue(quoted.length > 0 && Arrays.stream(quoted).allMatch(i -> i % 2 == 0), Arrays.toString(quoted));
    String emoji = "\ud83d\ude00".repeat(200);
    for (int at : SentenceSplitter.insertions(emoji)) {
      assertTrue(Character.isHighSurrogate(emoji.charAt(at)), "no space between the halves of an emoji: " + at);
    }
  }

  @Test
  void aParagraphOfQuotationMarksIsSplitWithOffsetsIntoTheText() {
    String text = "Kata Jokowi: " + "\"".repeat(20_000) + " selesai. Dia pergi.\n\n" + "&".repeat(5_000)
        + " Kami pulang. Mereka tinggal.";
    List<Sentence> sentences = splitter.split(text);
    int previous = 0;
    for (Sentence s : sentences) {
      assertTrue(s.getStart() >= previous && s.getStart() < s.getEnd() && s.getEnd() <= text.length(), s.toString());
      previous = s.getEnd();
    }
    List<String> texts = texts(text);
    assertEquals("Dia pergi.", texts.get(texts.size() - 3));
    assertEquals("&".repeat(5_000) + " Kami pulang.", texts.get(texts.size() - 2));
    assertEquals("Mereka tinggal.", texts.get(texts.size() - 1));
  }

  @Test
  void aBadAbbreviationLineNamesItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Abbreviations.parse("abbreviation\tkind\tnote\nJl.\tprefix\t\n", "mine.tsv"));
    assertTrue(e.getMessage().startsWith("mine.tsv:2:"), e.getMessage());
  }
}
