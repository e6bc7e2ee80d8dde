package id.kutip.entities;

import id.kutip.common.DocumentFn;
import id.kutip.common.DocumentStage;
import id.kutip.common.DocumentStageFn;
import id.kutip.common.KutipCoders;
import id.kutip.common.StageResult;
import id.kutip.common.Stages;
import id.kutip.schema.DeadLetter;
import id.kutip.schema.Document;
import id.kutip.schema.Entity;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/** Adds entities to each document ({@link EntityTagger}). */
public final class TagEntities extends PTransform<PCollection<Document>, StageResult<Document>>
    implements DocumentStage {
  private static final TupleTag<Document> TAGGED = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};
  /** One tagger per JVM and list set: the gazetteer trie is the heaviest object of the job. */
  private static final ConcurrentHashMap<List<String>, EntityTagger> TAGGERS = new ConcurrentHashMap<>();

  private final List<String> gazetteerFiles;

  private TagEntities(List<String> gazetteerFiles) {
    this.gazetteerFiles = List.copyOf(gazetteerFiles);
  }

  public static TagEntities create() {
    return new TagEntities(List.of());
  }

  /** Adds the user's own gazetteer lists (TSV: canonical, type, aliases, id) to the bundled ones. */
  public TagEntities withGazetteerFiles(List<String> files) {
    return new TagEntities(files);
  }

  /** The tagger for these user lists, built once per JVM. */
  public static EntityTagger sharedTagger(List<String> gazetteerFiles) {
    return TAGGERS.computeIfAbsent(List.copyOf(gazetteerFiles), EntityTagger::load);
  }

  @Override
  public StageResult<Document> expand(PCollection<Document> input) {
    return DocumentStageFn.applyTo(input, "Tag", fn(), TAGGED, FAILURES, KutipCoders.document());
  }

  @Override
  public DocumentFn fn() {
    sharedTagger(gazetteerFiles); // a bad user list fails at submission, with its line number
    return new TagFn(gazetteerFiles);
  }

  static final class TagFn extends DocumentFn {
    private final List<String> gazetteerFiles;
    private final Counter entities = Metrics.counter(Stages.ENTITIES, "entities");
    private transient EntityTagger tagger;

    TagFn(List<String> gazetteerFiles) {
      super(Stages.ENTITIES, TAGGED, FAILURES);
      this.gazetteerFiles = gazetteerFiles;
    }

    @Override
    protected void setUp() {
      tagger = sharedTagger(gazetteerFiles);
    }

    @Override
    protected Document apply(Document document) {
      List<Entity> found = tagger.tag(document.getText());
      entities.inc(found.size());
      return Document.newBuilder(document).setEntities(found).build();
    }
  }
}
