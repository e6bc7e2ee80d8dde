package id.kutip.pipeline;

import id.kutip.common.Futures;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.beam.runners.core.metrics.MetricsContainerStepMap;
import org.apache.beam.runners.flink.metrics.FlinkMetricContainer;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.flink.core.execution.JobClient;
import org.joda.time.Duration;

/**
 * A job on the embedded Flink cluster, seen while it runs. Beam runs it attached, so {@code run()} blocks until the
 * job is done and only then gives its counters; here it runs on a thread of its own, and until it is done the
 * counters are read from the job's accumulators through the client that {@link EmbeddedFlinkJobs} was handed. Once
 * it is done, state and counters are those of Beam's own result.
 *
 * <p>Detached submission is no way out on the embedded cluster: Flink shuts it down as the job ends, and Beam's
 * detached result then fails to read the job's final state.
 */
final class EmbeddedFlinkRun implements PipelineResult {
  private final CompletableFuture<PipelineResult> run;
  /** The last counters read while the job ran, for the moments the cluster does not answer. */
  private volatile MetricsContainerStepMap lastSeen = new MetricsContainerStepMap();

  private EmbeddedFlinkRun(CompletableFuture<PipelineResult> run) {
    this.run = run;
  }

  /** Starts {@code runPipeline} (which blocks until the job is done) on its own thread. */
  static EmbeddedFlinkRun start(Supplier<PipelineResult> runPipeline) {
    EmbeddedFlinkJobs.clear();
    CompletableFuture<PipelineResult> run = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        run.complete(runPipeline.get());
      } catch (Throwable e) {
        run.completeExceptionally(e);
      }
    }, "kutip-embedded-flink-job");
    // The caller waits for the job; a daemon thread does not keep a JVM alive that has given up on it.
    thread.setDaemon(true);
    thread.start();
    return new EmbeddedFlinkRun(run);
  }

  @Override
  public State getState() {
    return run.isDone() ? finished().getState() : State.RUNNING;
  }

  @Override
  public State waitUntilFinish(Duration duration) {
    try {
      return run.get(duration.getMillis(), TimeUnit.MILLISECONDS).waitUntilFinish();
    } catch (TimeoutException e) {
      return null; // as Beam's results say "not done within the duration"
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      throw Futures.rethrown(e);
    }
  }

  @Override
  public State waitUntilFinish() {
    return finished().waitUntilFinish();
  }

  @Override
  public State cancel() {
    if (run.isDone()) {
      return getState();
    }
    EmbeddedFlinkJobs.submitted().ifPresent(client -> client.cancel().join());
    return State.CANCELLED;
  }

  @Override
  public MetricResults metrics() {
    if (run.isDone()) {
      return finished().metrics();
    }
    return MetricsContainerStepMap.asAttemptedOnlyMetricResults(runningCounters());
  }

  /** The Beam counters of the running job, as its tasks last reported them to the cluster. */
  private MetricsContainerStepMap runningCounters() {
    JobClient client = EmbeddedFlinkJobs.submitted().orElse(null);
    if (client == null) {
      return lastSeen;
    }
    try {
      Map<String, Object> accumulators = client.getAccumulators().get(10, TimeUnit.SECONDS);
      Object counters = accumulators.get(FlinkMetricContainer.ACCUMULATOR_NAME);
      if (counters instanceof MetricsContainerStepMap map) {
        lastSeen = map;
      }
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      // The job is finishing and its cluster going down: the counters of the last poll stand.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return lastSeen;
  }

  private PipelineResult finished() {
    return Futures.await(run, "the job");
  }
}
