package id.kutip.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kutip.schema.Sentence;
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
}
