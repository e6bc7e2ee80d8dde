package id.kutip.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The standalone Flink session cluster of {@code src/flink/cluster.sh}, started for a test on free ports with its
 * state under {@code target/}, and its REST API. The cluster is stopped by {@link #stop()}, by a JVM shutdown hook,
 * and, should this JVM be killed, by the script's watchdog (it watches this JVM's pid).
 */
final class LocalFlinkCluster implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path script;
  private final Path dir;
  private final int restPort;
  private final int rpcPort;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Thread shutdownHook = new Thread(this::stopQuietly, "stop-flink-cluster");
  private boolean started;

  LocalFlinkCluster(Path repo, Path dir) throws IOException {
    this.script = repo.resolve("src/flink/cluster.sh");
    this.dir = dir;
    this.restPort = freePort();
    this.rpcPort = freePort();
  }

  String master() {
    return "127.0.0.1:" + restPort;
  }

  Path dir() {
    return dir;
  }

  void start() throws IOException, InterruptedException {
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    started = true;
    Result result = script("start", Duration.ofMinutes(5));
    if (result.exitCode != 0) {
      throw new IllegalStateException("the Flink cluster did not start (" + result.exitCode + "):\n" + result.output);
    }
  }

  void stop() throws IOException, InterruptedException {
    if (!started) {
      return;
    }
    Result result = script("stop", Duration.ofMinutes(1));
    started = false;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // Already shutting down.
    }
    if (result.exitCode != 0) {
      throw new IllegalStateException("the Flink cluster did not stop:\n" + result.output);
    }
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (Exception e) {
      // Best effort; the watchdog stops it otherwise.
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    stop();
  }

  /** The pid of one of the cluster's processes ({@code jm}, {@code tm-1}, ...), if it runs. */
  Optional<ProcessHandle> process(String name) {
    Path file = dir.resolve(name + ".pid");
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(Files.readString(file).strip())).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  List<String> processNames() {
    return List.of("jm", "tm-1", "tm-2");
  }

  JsonNode get(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + master() + path))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Ids of the jobs the cluster knows, whatever their state. */
  List<String> jobIds() {
    List<String> ids = new ArrayList<>();
    get("/jobs/overview").path("jobs").forEach(job -> ids.add(job.path("jid").asText()));
    return ids;
  }

  private record Result(int exitCode, String output) {}

  private Result script(String command, Duration timeout) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path log = dir.resolve("cluster-" + command + ".out");
    ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("KUTIP_FLINK_DIR", dir.toString());
    env.put("KUTIP_FLINK_REST_PORT", Integer.toString(restPort));
    env.put("KUTIP_FLINK_RPC_PORT", Integer.toString(rpcPort));
    env.put("KUTIP_FLINK_OWNER_PID", Long.toString(ProcessHandle.current().pid()));
    String mavenHome = System.getProperty("kutip.mavenHome", "");
    if (!mavenHome.isBlank() && Files.isExecutable(Path.of(mavenHome, "bin", "mvn"))) {
      env.put("MVN", Path.of(mavenHome, "bin", "mvn").toString());
    }
    String mavenArgs = "";
    if (!System.getProperty("kutip.mavenRepoLocal", "").isBlank()) {
      mavenArgs += " -Dmaven.repo.local=" + System.getProperty("kutip.mavenRepoLocal");
    }
    if (System.getProperty("kutip.mavenOffline", "").equals("offline=true")) {
      mavenArgs += " -o";
    }
    env.put("MVN_ARGS", mavenArgs.strip());
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("cluster.sh " + command + " did not finish within " + timeout);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
