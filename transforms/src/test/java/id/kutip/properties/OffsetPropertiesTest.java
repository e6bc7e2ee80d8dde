package id.kutip.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kutip.clean.DocumentCleaner;
import id.kutip.clean.LineRules;
import id.kutip.common.RejectedInputException;
import id.kutip.entities.EntityTagger;
import id.kutip.quotes.QuoteAttributor;
import id.kutip.schema.Document;
import id.kutip.schema.Entity;
import id.kutip.schema.Quote;
import id.kutip.schema.RawDocument;
import id.kutip.schema.Sentence;
import id.kutip.sentences.SentenceSplitter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any text, every offset of every record points inside {@code Document.text}, and the quoted text, the
 * entities and the speaker mentions equal the slices they point to. Texts are drawn from news words, names, cue
 * words, quote marks of every kind, punctuation, paragraph breaks and awkward Unicode.
 */
class OffsetPropertiesTest {
  private static final DocumentCleaner CLEANER = new DocumentCleaner(LineRules.load(List.of()));
  private static final EntityTagger TAGGER = EntityTagger.load(List.of());
  private static final QuoteAttributor ATTRIBUTOR = new QuoteAttributor();

  private static final List<String> PIECES = List.of(
      "Blinken", "Antony Blinken", "Sergei Lavrov", "Menlu AS", "Menteri Luar Negeri", "Rusia", "Jakarta",
      "kata", "katanya", "ujar", "mengatakan", "menegaskan", "bahwa", "Menurut", "Menurutnya", "dia", "pejabat itu",
      "seorang pejabat senior", "Hal itu dikatakan", "tidak", "dan", "yang", "kepada", "Reuters", "dikutip dari BBC",
      "\"", "“", "”", ",", ".", ":", "(", ")", "-", "?", "!", "...", " ", " ", " ", " ", "\n", "\n\n",
      "Rp 10.000,00", "2/3/2023", "22.01 WIB", "78,1 persen", "negara-negara", "perang.Pertemuan", "Jl.", "dll.",
      "😀", "e\u0301", "\u200B", "\u05D0\u05D1", "Ketua", ",", "Abdul Muhid", "psikolog", "ini", "itu");

  @Provide
  Arbitrary<String> newsLikeText() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(120)
        .map(parts -> String.join(" ", parts));
  }

  // A fixed seed: a build must pass or fail on its code, not on the draw. A random draw found the Menurut speaker
  // that ran past its sentence (a CI run failed on it); other seeds are explored by changing this one, not in CI.
  @Property(tries = 2000, seed = "20261204")
  void everyOffsetSlicesTheText(@ForAll("newsLikeText") String raw) {
    Document doc;
    try {
      doc = CLEANER.clean(RawDocument.newBuilder().setDocId("p").setSourceUri("file:///p.txt").setFormat("text")
          .setText(raw).build());
    } catch (RejectedInputException e) {
      return; // nothing left to annotate: a dead letter, not a record
    }
    String text = doc.getText();
    List<Sentence> sentences = SentenceSplitter.shared().split(text);
    for (Sentence s : sentences) {
      assertTrue(0 <= s.getStart() && s.getStart() < s.getEnd() && s.getEnd() <= text.length(), s.toString());
    }
    List<Entity> entities = TAGGER.tag(text);
    for (Entity e : entities) {
      assertEquals(e.getText(), text.substring(e.getStart(), e.getEnd()));
    }
    doc = Document.newBuilder(doc).setSentences(sentences).setEntities(entities).build();
    for (Quote q : ATTRIBUTOR.attribute(doc)) {
      assertTrue(0 <= q.getStart() && q.getStart() < q.getEnd() && q.getEnd() <= text.length(), q.toString());
      assertEquals(q.getText(), text.substring(q.getStart(), q.getEnd()));
      assertTrue(q.getSentenceIndex() >= 0 && (sentences.isEmpty() || q.getSentenceIndex() < sentences.size()));
      if (q.getSpeaker().getMentionStart() != null) {
        assertEquals(q.getSpeaker().getMention(),
            text.substring(q.getSpeaker().getMentionStart(), q.getSpeaker().getMentionEnd()));
      }
    }
  }
}
