package id.kutip.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.entities.EntityTagger;
import id.kutip.schema.Document;
import id.kutip.schema.Quote;
import id.kutip.sentences.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {
  private static EntityTagger tagger;
  private static final QuoteAttributor attributor = new QuoteAttributor();

  @BeforeAll
  static void load() {
    tagger = EntityTagger.load(List.of());
  }

  /** A document as the stages before attribution leave it: sentences and entities found. */
  static Document document(String text) {
    return Document.newBuilder()
        .setDocId("t").setSourceUri("file:///t.txt").setText(text)
        .setSentences(SentenceSplitter.shared().split(text))
        .setEntities(tagger.tag(text))
        .build();
  }

  static List<Quote> quotes(String text) {
    Document doc = document(text);
    List<Quote> quotes = attributor.attribute(doc);
    for (Quote q : quotes) {
      assertEquals(q.getText(), text.substring(q.getStart(), q.getEnd()), "offsets slice the text");
    }
    return quotes;
  }

  private static String brief(Quote q) {
    return q.getType() + "|" + q.getText() + "|" + q.getSpeaker().getName() + "|" + q.getCue();
  }

  private static List<String> briefs(String text) {
    return quotes(text).stream().map(QuoteAttributorTest::brief).toList();
  }

  @Test
  void aStatementOverTheLengthLimitIsSetAsideBySpanAndTheRestIsUnchanged() {
    String text = "Presiden Joko Widodo mengatakan harga beras akan turun pada bulan depan di seluruh provinsi. "
        + "\"Kami siap,\" kata Jokowi.";
    Document doc = document(text);
    List<Quote> unlimited = new QuoteAttributor(Integer.MAX_VALUE).attribute(doc);
    Quote indirect = unlimited.stream().filter(q -> q.getType().name().equals("INDIRECT")).findFirst().orElseThrow();
    int limit = indirect.getText().length() - 1;

    QuoteAttributor.Attribution limited = new QuoteAttributor(limit).read(doc);

    assertEquals(unlimited.stream().filter(q -> q != indirect).toList(), limited.quotes(),
        "the quotes within the limit are the same, speakers included");
    assertEquals(List.of(new QuoteAttributor.TooLong(indirect.getStart(), indirect.getEnd(), indirect.getType(),
        indirect.getText())), limited.tooLong());
  }

  @Test
  void aStatementOverTheLimitKeepsOnlyItsHead() {
    String content = "harga beras akan turun " + "di desa dan kota ".repeat(200);
    String text = "Presiden Joko Widodo mengatakan " + content + "tahun ini.";
    Document doc = document(text);

    QuoteAttributor.Attribution limited = new QuoteAttributor(100).read(doc);

    assertEquals(List.of(), limited.quotes());
    assertEquals(1, limited.tooLong().size());
    QuoteAttributor.TooLong statement = limited.tooLong().get(0);
    assertEquals(text.indexOf("harga"), statement.start());
    assertTrue(statement.length() > QuoteAttributor.HEAD_CHARS, "the statement is longer than its head");
    assertEquals(text.substring(statement.start(), statement.start() + QuoteAttributor.HEAD_CHARS), statement.head());
  }

  @Test
  void aMenurutSpeakerEndsWithItsSentence() {
    // Found by OffsetPropertiesTest: the description `pejabat ?WIB` ran past the sentence's `?`, and the statement
    // after it started beyond the sentence's end (start > end).
    String text = "Menurut pejabat ?WIB . Menteri Luar Negeri katanya itu negara-negara Blinken Sergei Lavrov "
        + "negara-negara ? ! Antony Blinken dia \u201c kepada";
    for (Quote q : quotes(text)) {
      assertTrue(!q.getCue().equalsIgnoreCase("menurut"), q.toString());
    }
  }

  @Test
  void cueAfterWithASurnameResolvesToTheFullName() {
    assertEquals(List.of("DIRECT|Kami siap berdialog|Antony Blinken|kata"),
        briefs("Menlu AS Antony Blinken tiba di New Delhi.\n\n\"Kami siap berdialog,\" kata Blinken."));
  }

  @Test
  void roleAndAffiliationAreSplitOut() {
    Quote q = quotes("\"Sayangnya, satu anggota G20 menghalangi,\" kata Menteri Luar Negeri Jerman Annalena Baerbock.").get(0);
    assertEquals("Annalena Baerbock", q.getSpeaker().getName());
    assertEquals("Menteri Luar Negeri", q.getSpeaker().getRole());
    assertEquals("Jerman", q.getSpeaker().getAffiliation());
    assertEquals("PERSON", q.getSpeaker().getKind().name());
  }

  @Test
  void pronounCueRefersToTheLastSpeaker() {
    List<String> found = briefs("\"Kami siap,\" kata Blinken kepada wartawan Antony Blinken.\n\n"
        + "\"Mereka bicara sambil jalan,\" katanya.");
    assertEquals("DIRECT|Mereka bicara sambil jalan|Antony Blinken|katanya", found.get(found.size() - 1));
  }

  @Test
  void cueBeforeAndColon() {
    assertEquals(List.of("DIRECT|Saya memberi tahu menlu.|Antony Blinken|mengatakan"),
        briefs("Sementara itu, Menlu Antony Blinken mengatakan, \"Saya memberi tahu menlu.\""));
    assertEquals("Sergei Lavrov", quotes("Sergei Lavrov: \"Barat melanjutkan upayanya.\"").get(0).getSpeaker().getName());
  }

  @Test
  void aQuoteSplitByItsCueIsTwoRecordsOfOneSpeaker() {
    List<Quote> found = quotes("\"Kami sudah jelas,\" kata Sergei Lavrov, \"ini invasi baru.\"");
    assertEquals(2, found.size());
    assertEquals("Sergei Lavrov", found.get(1).getSpeaker().getName());
    assertEquals("direct-cue-middle", found.get(1).getRule());
  }

  @Test
  void aQuoteParagraphWithoutACueContinuesTheLastSpeaker() {
    List<Quote> found = quotes("\"Pertama,\" kata Antony Blinken.\n\n\"Kedua, kami menunggu jawaban Rusia.\"");
    assertEquals("Antony Blinken", found.get(1).getSpeaker().getName());
    assertEquals("direct-continuation", found.get(1).getRule());
  }

  @Test
  void aQuoteRunningOverParagraphsTakesTheSpeakerOfItsLastPart() {
    List<Quote> found = quotes("“Paragraf pertama dari kutipan panjang ini.\n\n“Paragraf kedua,” ujar Sergei Lavrov.");
    assertEquals(2, found.size());
    assertTrue(found.stream().allMatch(q -> q.getSpeaker().getName().equals("Sergei Lavrov")));
  }

  @Test
  void indirectSpeechWithBahwaAndTrailingRelayCut() {
    assertEquals(List.of("INDIRECT|dia telah memberi tahu Lavrov untuk terlibat dalam diplomasi|Antony Blinken|mengatakan"),
        briefs("Antony Blinken kemudian mengatakan pada konferensi pers bahwa dia telah memberi tahu Lavrov untuk "
            + "terlibat dalam diplomasi."));
    List<String> relay = briefs("Kementerian Luar Negeri Rusia mengatakan Lavrov dan Blinken berbicara \"sambil jalan\" "
        + "kurang dari 10 menit, lapor kantor berita Rusia.");
    assertEquals(List.of("MIXED|Lavrov dan Blinken berbicara \"sambil jalan\" kurang dari 10 menit|"
        + "Kementerian Luar Negeri Rusia|mengatakan"), relay);
  }

  @Test
  void unnamedSourcesAreAnonymousWithTheirDescription() {
    Quote q = quotes("Seorang pejabat senior Kementerian Luar Negeri AS yang enggan disebutkan identitasnya mengatakan, "
        + "Blinken dan Lavrov sempat berbincang selama 10 menit.").get(0);
    assertEquals("ANONYMOUS", q.getSpeaker().getKind().name());
    assertEquals("pejabat senior Kementerian Luar Negeri AS", q.getSpeaker().getName());
  }

  @Test
  void menurutAndNegatedVerbs() {
    assertEquals(List.of("INDIRECT|dirinya juga mendesak Rusia untuk berpartisipasi kembali|Antony Blinken|Menurut"),
        briefs("Menurut Antony Blinken, dirinya juga mendesak Rusia untuk berpartisipasi kembali."));
    List<Quote> relayed = quotes("Seorang pejabat senior AS mengatakan, Blinken dan Lavrov sempat berbincang selama 10 menit."
        + "\n\nPejabat itu menuturkan, Antony Blinken menegaskan bahwa Washington siap mendukung Ukraina.");
    assertEquals(List.of("pejabat senior AS", "pejabat senior AS", "Antony Blinken"),
        relayed.stream().map(q -> q.getSpeaker().getName()).toList(), "a relayed statement is a record for each speaker");
    assertTrue(quotes("Lavrov tidak menyebutkan pertemuannya dengan Blinken dalam konferensi pers.").isEmpty());
  }

  @Test
  void scareQuotesWithoutACueAreNotQuotes() {
    assertTrue(quotes("Kedua pihak belum berhasil menemukan \"terobosan\" sebagai hasil dari diskusi.").isEmpty());
  }

  @Test
  void aDateBeforeTheSpeakerIsNotPartOfTheSpeaker() {
    assertEquals(List.of("INDIRECT|dia siap berdialog dengan Rusia|Antony Blinken|mengatakan"),
        briefs("Pada Kamis (2/3/2023) Antony Blinken mengatakan bahwa dia siap berdialog dengan Rusia."));
  }

  @Test
  void aSpeakerThenAVerbAfterTheQuote() {
    assertEquals(List.of("DIRECT|Kami siap|Antony Blinken|menambahkan"),
        briefs("\"Kami siap,\" Antony Blinken menambahkan."));
  }

  @Test
  void cuesWithoutQuoteMarksAreIndirectSpeech() {
    List<String> parenthetical = briefs("Sergei Lavrov tiba di Jenewa.\n\nBimbel ini, lanjut Lavrov, telah berdiri sejak tahun 2015.");
    assertEquals(List.of("INDIRECT|telah berdiri sejak tahun 2015|Sergei Lavrov|lanjut"), parenthetical);
    List<String> trailing = briefs("Blinken mendesak Moskow membatalkan penangguhan perjanjian, kata seorang pejabat senior AS.");
    assertTrue(trailing.contains("INDIRECT|Blinken mendesak Moskow membatalkan penangguhan perjanjian|pejabat senior AS|kata"),
        trailing.toString());
  }

  @Test
  void menurutnyaRefersToTheLastPersonAndTakesTheRestOfTheSentence() {
    List<String> found = briefs("Wakil Gubernur Jakarta Rano Karno menawarkan kerja sama.\n\n"
        + "Menurutnya, MRT Jakarta sudah memiliki pengalaman membangun sistem MRT.");
    assertEquals(List.of("INDIRECT|MRT Jakarta sudah memiliki pengalaman membangun sistem MRT|Rano Karno|Menurutnya"), found);
  }

  @Test
  void aPassiveVerbPointsAtTheSentenceBefore() {
    List<String> found = briefs("Amerika Serikat minta Rusia segera mengakhiri perang. Hal itu dikatakan Menteri Luar Negeri AS "
        + "Antony Blinken di India.");
    assertEquals(List.of("INDIRECT|Amerika Serikat minta Rusia segera mengakhiri perang|Antony Blinken|dikatakan"), found);
  }

  @Test
  void coordinatedVerbsAreOneRecordEachAndARelativeClauseKeepsTheSubject() {
    List<Quote> found = quotes("Rusia, yang menyebut tindakannya sebagai \"operasi militer khusus\", membalas, menuduh Barat "
        + "mengubah agenda G20 menjadi \"lelucon\" dan mengatakan delegasi Barat ingin mengalihkan tanggung jawab.");
    assertEquals(List.of("menyebut", "menuduh", "mengatakan"), found.stream().map(Quote::getCue).toList());
    assertTrue(found.stream().allMatch(q -> q.getSpeaker().getName().equals("Rusia")), found.toString());
    assertEquals(List.of("MIXED", "MIXED", "INDIRECT"), found.stream().map(q -> q.getType().name()).toList());
  }

  @Test
  void aNameBetweenCommasAfterARoleIsTheSpeaker() {
    Quote q = quotes("\"Jam operasional harus segera ditetapkan,\" ujar Ketua Forum HRD Serang Barat, Abdul Muhid, di gedung DPRD.")
        .get(0);
    assertEquals("Abdul Muhid", q.getSpeaker().getName());
    assertEquals("Ketua", q.getSpeaker().getRole());
    Quote verb = quotes("Kepala Dishub Manado, Jeffry Worang, menegaskan bahwa langkah ini bertujuan mencegah pungutan liar.")
        .get(0);
    assertEquals("Jeffry Worang", verb.getSpeaker().getName());
  }

  @Test
  void aDescriptionThenANameBetweenCommas() {
    Quote q = quotes("\"Bisa saja seseorang kewalahan,\" jelas psikolog hubungan, Niloo Dardashti, PhD.").get(0);
    assertEquals("Niloo Dardashti", q.getSpeaker().getName());
    assertEquals("psikolog hubungan", q.getSpeaker().getRole());
  }

  @Test
  void aRelayIsViaNotTheSpeaker() {
    Quote q = quotes("Sergei Lavrov tiba.\n\n\"Mereka bicara sambil jalan,\" katanya seperti dikutip dari BBC, Jumat (3/3).").get(0);
    assertEquals("Sergei Lavrov", q.getSpeaker().getName());
    assertEquals("BBC", q.getVia());
  }

  @Test
  void pointersAndRepeatsAreNotStatements() {
    assertTrue(quotes("Antony Blinken menyampaikan hal itu dalam rapat di Jakarta pada Senin.").isEmpty());
    String para = "\"Kami akan terus mendukung Ukraina,\" kata Antony Blinken.";
    assertEquals(1, quotes(para + "\n\n" + para).size(), "a dump repeating a paragraph repeats no statement");
  }

  @Test
  void idsAreDeterministic() {
    String text = "\"Kami siap,\" kata Antony Blinken.";
    assertEquals(quotes(text).get(0).getQuoteId(), quotes(text).get(0).getQuoteId());
    assertEquals(32, quotes(text).get(0).getQuoteId().length());
  }

  @Test
  void everyQuoteOfAParagraphOfHundredsIsAttributed() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("\"Harga beras nomor ").append(i).append(" naik,\" kata Jokowi. ");
    }
    List<Quote> quotes = quotes(text.toString());
    assertEquals(200, quotes.size());
    assertTrue(quotes.stream().allMatch(q -> q.getSpeaker().getName().equals("Joko Widodo")
        && q.getRule().equals("direct-cue-after")));
  }

  @Test
  void speakersBeforeColonsInASentenceThatNeverEnds() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append("Jokowi: \"Pernyataan nomor ").append(i).append("\" ");
    }
    List<Quote> quotes = quotes(text.toString());
    assertEquals(100, quotes.size());
    assertTrue(quotes.stream().allMatch(q -> q.getSpeaker().getName().equals("Joko Widodo")
        && q.getRule().equals("direct-colon")));
  }

  @Test
  void aRelayNextToItsQuoteIsFoundInALongSentence() {
    String tail = "dalam kunjungan kerja ke pabrik pupuk di Gresik yang dihadiri ratusan pekerja, pejabat daerah, dan "
        + "wartawan dari berbagai media yang sudah menunggu sejak pagi hari di halaman depan pabrik ";
    Quote q = quotes("\"Pupuk harus sampai ke petani tepat waktu,\" kata Jokowi seperti dikutip dari BBC, "
        + tail.repeat(3) + "kemarin.").get(0);
    assertEquals("BBC", q.getVia());
    assertEquals("Joko Widodo", q.getSpeaker().getName());
  }

  @Test
  void aSubjectIsFoundBeforeALongRelativeClause() {
    Quote q = quotes("Jokowi yang " + "sangat ".repeat(100) + "senang itu mengatakan bahwa harga beras akan turun "
        + "bulan depan.").get(0);
    assertEquals("INDIRECT|harga beras akan turun bulan depan|Joko Widodo|mengatakan", brief(q));
  }
}
