package id.kutip.common;

import id.kutip.schema.Document;
import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.beam.sdk.metrics.MetricsContainer;
import org.apache.beam.sdk.metrics.MetricsEnvironment;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Instant;

/**
 * Several per-document stages in one step: each document goes through the stages in order, and a stage that fails
 * on it makes it a dead letter of that stage, exactly as if the stages ran one after the other. Each stage keeps its
 * own counters (their namespace is the stage).
 *
 * <p>The step has one output, each document's {@link DocumentOutcome}: the document, or the dead letter of the stage
 * that failed on it. On Flink's batch translation a step with two outputs (documents and dead letters) writes every
 * document into a stream that each output's reader, a task of its own, decodes whole, and its branches meeting again
 * (in the dead-letter sink, in the file accounts) make it a blocking exchange in Flink's default batch execution mode
 * (docs/PERFORMANCE.md, eighth pass).
 *
 * <p>{@link #withHandOff} runs the stages after the first on a thread of the step's own, a few documents behind the
 * first: Flink runs a step in the thread of the step before it, so without it the split and the tagging share one
 * thread, the job's longest path, while the worker's other core waits (docs/PERFORMANCE.md, twelfth pass). The
 * outcomes leave in the order the documents came, and are the same either way.
 */
public final class ChainedStages extends PTransform<PCollection<Document>, PCollection<DocumentOutcome>> {
  private final List<DocumentStage> stages;
  private final boolean handOff;

  private ChainedStages(List<DocumentStage> stages, boolean handOff) {
    this.stages = List.copyOf(stages);
    this.handOff = handOff;
  }

  public static ChainedStages of(DocumentStage... stages) {
    return new ChainedStages(List.of(stages), false);
  }

  /** Whether the stages after the first run on a thread of their own (off unless set). */
  public ChainedStages withHandOff(boolean handOff) {
    return new ChainedStages(stages, handOff);
  }

  @Override
  public PCollection<DocumentOutcome> expand(PCollection<Document> input) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("ChainedStages needs at least one stage");
    }
    List<DocumentFn> fns = new ArrayList<>();
    for (DocumentStage stage : stages) {
      fns.add(stage.fn());
    }
    // A document handed off leaves in a later call than its own, in that call's window; so only in the one window.
    boolean handsOff = handOff && fns.size() > 1 && input.getWindowingStrategy().getWindowFn() instanceof GlobalWindows;
    return input.apply("Run", ParDo.of(handsOff ? new HandOffChainFn(fns) : new ChainFn(fns)))
        .setCoder(DocumentOutcome.coder());
  }

  /** The stages' DoFns run in turn on each document, within one DoFn. */
  static final class ChainFn extends DoFn<Document, DocumentOutcome> {
    private final List<DocumentFn> stages;

    ChainFn(List<DocumentFn> stages) {
      this.stages = stages;
    }

    @Setup
    public void setup() {
      for (DocumentFn stage : stages) {
        stage.setUp();
      }
    }

    @ProcessElement
    public void process(@Element Document input, OutputReceiver<DocumentOutcome> out) {
      for (DocumentOutcome outcome : runFrom(stages, 0, input)) {
        out.output(outcome);
      }
    }
  }

  /** The outcomes of a document through the stages from {@code first} on: at most one dead letter, or the document. */
  static List<DocumentOutcome> runFrom(List<DocumentFn> stages, int first, Document input) {
    List<DocumentOutcome> outcomes = new ArrayList<>(1);
    Document document = input;
    for (int i = first; i < stages.size() && document != null; i++) {
      document = stages.get(i).applyOrFail(document, deadLetter -> outcomes.add(DocumentOutcome.failed(deadLetter)));
    }
    if (document != null) {
      outcomes.add(DocumentOutcome.of(document));
    }
    return outcomes;
  }

  /**
   * The first stage in the calling thread, the others on a thread of this DoFn's own. At most {@link #IN_FLIGHT}
   * documents, and at most {@link #CHARS_IN_FLIGHT} chars of their texts, wait for the later stages; whatever has
   * finished leaves with the next call, the rest when the bundle ends. The later stages count into the calling
   * step's counters, as they would in its thread.
   */
  static final class HandOffChainFn extends DoFn<Document, DocumentOutcome> {
    static final int IN_FLIGHT = 64;
    /** So that a run of documents near the size limit (10 MB each) does not hold a heap's worth between threads. */
    static final long CHARS_IN_FLIGHT = 4L << 20;
    private final List<DocumentFn> stages;
    private transient ExecutorService later;
    private transient ArrayDeque<Pending> pending;
    private transient long pendingChars;

    private record Pending(Future<List<DocumentOutcome>> outcomes, Instant timestamp, BoundedWindow window,
        int chars) {}

    /** Whether the first of the waiting documents must be waited for before the step goes on. */
    static boolean full(int documents, long chars) {
      return documents > IN_FLIGHT || chars > CHARS_IN_FLIGHT;
    }

    HandOffChainFn(List<DocumentFn> stages) {
      this.stages = stages;
    }

    @Setup
    public void setup() {
      for (DocumentFn stage : stages) {
        stage.setUp();
      }
      later = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kutip-later-stages");
        thread.setDaemon(true);
        return thread;
      });
    }

    @StartBundle
    public void startBundle() {
      pending = new ArrayDeque<>();
      pendingChars = 0;
    }

    @ProcessElement
    public void process(@Element Document input, @Timestamp Instant timestamp, BoundedWindow window,
        OutputReceiver<DocumentOutcome> out) {
      List<DocumentOutcome> first = new ArrayList<>(1);
      Document document = stages.get(0).applyOrFail(input, deadLetter -> first.add(DocumentOutcome.failed(deadLetter)));
      Future<List<DocumentOutcome>> outcomes;
      if (document == null) {
        outcomes = CompletableFuture.completedFuture(first);
      } else {
        // Beam keeps the step's counters per thread; lending them is Beam's internal API, so a Beam upgrade that
        // changes it shows in ChainedStagesTest's counts of the handed-off stages.
        MetricsContainer metrics = MetricsEnvironment.getCurrentContainer();
        outcomes = later.submit(() -> {
          try (Closeable counting = MetricsEnvironment.scopedMetricsContainer(metrics)) {
            return runFrom(stages, 1, document);
          }
        });
      }
      int chars = input.getText() == null ? 0 : input.getText().length();
      pending.add(new Pending(outcomes, timestamp, window, chars));
      pendingChars += chars;
      while (!pending.isEmpty() && (full(pending.size(), pendingChars) || pending.peek().outcomes().isDone())) {
        for (DocumentOutcome outcome : awaitFirst().outcomes) {
          out.output(outcome);
        }
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      while (!pending.isEmpty()) {
        Finished next = awaitFirst();
        for (DocumentOutcome outcome : next.outcomes) {
          context.output(outcome, next.pending.timestamp(), next.pending.window());
        }
      }
    }

    private record Finished(Pending pending, List<DocumentOutcome> outcomes) {}

    /** Takes the first of the waiting documents off the queue, once its later stages are done. */
    private Finished awaitFirst() {
      Pending first = pending.poll();
      pendingChars -= first.chars();
      return new Finished(first, Futures.await(first.outcomes(), "the later stages"));
    }

    @Teardown
    public void teardown() {
      if (later != null) {
        later.shutdownNow();
      }
    }
  }
}
