package id.kutip.pipeline;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.JobListener;

/**
 * Hands the client of a job submitted to the embedded Flink cluster ({@code --flinkMaster=[local]}) to the job's
 * progress logging. Beam runs such a job attached: {@code run()} returns only when it is done and keeps the client to
 * itself. Flink creates this listener from the {@code execution.job-listeners} setting that {@link RunnerDefaults}
 * writes for the embedded cluster, and calls it as the job is submitted, in the same JVM.
 *
 * <p>One slot for the whole JVM: the job's {@link Main} runs one pipeline at a time.
 */
public final class EmbeddedFlinkJobs implements JobListener {
  private static final AtomicReference<JobClient> SUBMITTED = new AtomicReference<>();

  /** Flink instantiates listeners by their no-argument constructor. */
  public EmbeddedFlinkJobs() {}

  @Override
  public void onJobSubmitted(JobClient jobClient, Throwable throwable) {
    if (jobClient != null) {
      SUBMITTED.set(jobClient);
    }
  }

  @Override
  public void onJobExecuted(JobExecutionResult jobExecutionResult, Throwable throwable) {}

  /** Forgets the last job, before a new one is submitted. */
  static void clear() {
    SUBMITTED.set(null);
  }

  /** The job submitted since the last {@link #clear()}, once Flink has accepted it. */
  static Optional<JobClient> submitted() {
    return Optional.ofNullable(SUBMITTED.get());
  }
}
