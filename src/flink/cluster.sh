#!/usr/bin/env bash
# A standalone Flink 1.19 session cluster on 127.0.0.1 -- one JobManager and two TaskManagers -- started from jars
# that Maven resolves from Maven Central (src/flink/pom.xml). No Flink distribution is needed.
#
#   src/flink/cluster.sh start          resolve the jars (first time only), start, wait until every TaskManager
#                                       has registered (REST /overview), print the REST address
#   src/flink/cluster.sh status         the processes and the REST overview; exit 0 only if all are up
#   src/flink/cluster.sh stop           stop the TaskManagers, then the JobManager, by the pids recorded at start
#   src/flink/cluster.sh pid NAME       the pid of one process: jm, tm-1, tm-2, ...
#
# Jobs go to it with: java -jar pipeline/target/kutip.jar --runner=FlinkRunner --flinkMaster=127.0.0.1:8081 \
#   --filesToStage=pipeline/target/kutip.jar ...     The dashboard is at http://127.0.0.1:8081/.
#
# Settings (environment variables):
#   KUTIP_FLINK_DIR          state folder: conf/, log/, tmp/, *.pid, classpath   (default: target/flink-cluster
#                            under the repository root)
#   KUTIP_FLINK_REST_PORT    REST API and dashboard (8081)     KUTIP_FLINK_RPC_PORT   JobManager RPC (6123)
#   KUTIP_FLINK_TASKMANAGERS how many TaskManagers (2)         KUTIP_FLINK_SLOTS      slots per TaskManager (2)
#   KUTIP_FLINK_TM_MEMORY    process memory of a TaskManager (1536m)   KUTIP_FLINK_JM_MEMORY  of the JobManager (1024m)
#   KUTIP_FLINK_TM_JAVA_OPTS JVM flags of a TaskManager (-XX:-DontCompileHugeMethods: HotSpot then compiles
#                            CoreNLP's lexer, a method over its default size limit; see docs/PERFORMANCE.md)
#   KUTIP_FLINK_CONF         extra lines (key: value) appended to the generated config.yaml
#   KUTIP_FLINK_OWNER_PID    if set, a watchdog stops the cluster when that process ends (used by the tests, so a
#                            killed test run leaves nothing behind)
#   KUTIP_FLINK_START_TIMEOUT seconds to wait for the TaskManagers to register (120)
#   MVN                      the Maven command (mvn); MVN_ARGS extra arguments for it (for example -o)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dir="${KUTIP_FLINK_DIR:-$repo/target/flink-cluster}"
rest_port="${KUTIP_FLINK_REST_PORT:-8081}"
rpc_port="${KUTIP_FLINK_RPC_PORT:-6123}"
taskmanagers="${KUTIP_FLINK_TASKMANAGERS:-2}"
slots="${KUTIP_FLINK_SLOTS:-2}"
tm_memory="${KUTIP_FLINK_TM_MEMORY:-1536m}"
tm_java_opts="${KUTIP_FLINK_TM_JAVA_OPTS:--XX:-DontCompileHugeMethods}"
jm_memory="${KUTIP_FLINK_JM_MEMORY:-1024m}"
start_timeout="${KUTIP_FLINK_START_TIMEOUT:-120}"
host=127.0.0.1

# What Flink's own scripts pass to a Java 17 JVM (flink-dist config.yaml, env.java.opts.all): Kryo and the
# RPC layer reflect into these packages.
java_opens=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)
logging=(
  -Dorg.slf4j.simpleLogger.defaultLogLevel=info
  -Dorg.slf4j.simpleLogger.showDateTime=true
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS
  -Dorg.slf4j.simpleLogger.logFile=System.out
)

say() { echo "flink-cluster: $*" >&2; }
die() { say "error: $*"; exit 1; }

names() {
  echo jm
  local i
  for ((i = 1; i <= taskmanagers; i++)); do echo "tm-$i"; done
}

# The pid recorded for a process, if that process is still ours (its command line names our conf folder).
live_pid() {
  local file="$dir/$1.pid" pid
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$dir/conf" || return 1
  fi
  echo "$pid"
}

http_get() { # path -> body on stdout; fails if the REST endpoint does not answer
  local url="http://$host:$rest_port$1"
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 5 "$url"
  elif command -v wget >/dev/null 2>&1; then
    wget -qO- --timeout=5 "$url"
  else
    exec 3<>"/dev/tcp/$host/$rest_port" || return 1
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n' "$1" "$host" >&3
    timeout 5 cat <&3 | sed '1,/^\r\{0,1\}$/d'
    exec 3>&-
  fi
}

registered_taskmanagers() {
  http_get /overview 2>/dev/null | sed -n 's/.*"taskmanagers":\([0-9]*\).*/\1/p'
}

classpath_complete() { # every jar of the cached classpath is still in the local Maven repository
  local jar
  [[ -s "$1" ]] || return 1
  while IFS= read -r -d ':' jar || [[ -n "$jar" ]]; do
    [[ -f "$jar" ]] || return 1
  done < <(tr -d '\n' <"$1")
}

classpath() {
  local cp_file="$dir/classpath"
  if ! classpath_complete "$cp_file" || [[ "$here/pom.xml" -nt "$cp_file" ]]; then
    say "resolving the Flink jars from Maven Central (first time only)"
    # shellcheck disable=SC2086
    "${MVN:-mvn}" -B -q ${MVN_ARGS:-} -f "$here/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$cp_file" >"$dir/log/maven.log" 2>&1 \
      || { cat "$dir/log/maven.log" >&2; die "could not resolve the Flink jars"; }
  fi
  cat "$cp_file"
}

write_conf() {
  mkdir -p "$dir/conf" "$dir/tmp" "$dir/plugins"
  cat >"$dir/conf/config.yaml" <<EOF
# Generated by src/flink/cluster.sh: a local session cluster bound to $host only.
jobmanager.rpc.address: $host
jobmanager.rpc.port: $rpc_port
jobmanager.bind-host: $host
jobmanager.memory.process.size: $jm_memory
rest.address: $host
rest.bind-address: $host
rest.port: $rest_port
taskmanager.host: $host
taskmanager.bind-host: $host
taskmanager.memory.process.size: $tm_memory
taskmanager.numberOfTaskSlots: $slots
# Batch jobs (Beam's DataSet translation especially) need more network buffers than the default 10%.
taskmanager.memory.network.min: 256m
taskmanager.memory.network.max: 256m
# Spread a job's subtasks over the TaskManagers, where the scheduler lets it.
taskmanager.load-balance.mode: SLOTS
parallelism.default: 2
# Flink's batch scheduler would pick each stage's parallelism from its data volume (16 MiB per subtask): NLP
# stages are CPU-bound on little data, so run every stage at the job's parallelism instead.
execution.batch.adaptive.auto-parallelism.enabled: false
io.tmp.dirs: $dir/tmp
web.tmpdir: $dir/tmp
blob.storage.directory: $dir/tmp
# A lost TaskManager is noticed within seconds (defaults: 10 s heartbeats, 50 s timeout).
heartbeat.interval: 1000
heartbeat.timeout: 6000
# No restart strategy here: a job brings its own (see the README: --numberOfExecutionRetries).
EOF
  if [[ -n "${KUTIP_FLINK_CONF:-}" ]]; then
    printf '%s\n' "$KUTIP_FLINK_CONF" >>"$dir/conf/config.yaml"
  fi
}

# Flink's scripts compute the memory flags of a process with BashJavaUtils: line 1 JVM flags, line 2 -D options.
resource_params() { # GET_JM_RESOURCE_PARAMS|GET_TM_RESOURCE_PARAMS -> two lines
  java -cp "$cp" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$dir/conf" 2>"$dir/log/bash-java-utils.log" \
    | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p' | tail -n 2
}

launch() { # name main-class jvm-flags dynamic-properties [extra args...]
  local name="$1" main="$2" jvm="$3" dyn="$4"
  shift 4
  # shellcheck disable=SC2086
  FLINK_PLUGINS_DIR="$dir/plugins" nohup java $jvm "${java_opens[@]}" "${logging[@]}" -Dlog.file="$dir/log/$name.log" -cp "$cp" \
    "$main" --configDir "$dir/conf" $dyn "$@" >"$dir/log/$name.log" 2>&1 </dev/null &
  echo $! >"$dir/$name.pid"
}

start_watchdog() {
  local owner="$1"
  (
    trap '' HUP
    while kill -0 "$owner" 2>/dev/null && [[ -f "$dir/watchdog.pid" ]]; do sleep 2; done
    if [[ -f "$dir/watchdog.pid" ]]; then
      stop >>"$dir/log/watchdog.log" 2>&1 || true
    fi
  ) </dev/null >/dev/null 2>&1 &
  echo $! >"$dir/watchdog.pid"
}

start() {
  command -v java >/dev/null 2>&1 || die "java is not on the PATH"
  mkdir -p "$dir/log"
  local n any=0
  for n in $(names); do
    if live_pid "$n" >/dev/null; then any=1; fi
  done
  if ((any)); then
    say "processes of an earlier cluster in $dir are still running: stopping them first"
    stop
  fi
  if http_get /overview >/dev/null 2>&1; then
    die "something already answers on $host:$rest_port: set KUTIP_FLINK_REST_PORT to a free port"
  fi
  cp="$(classpath)"
  write_conf
  rm -f "$dir"/log/jm.log "$dir"/log/tm-*.log

  local params i
  mapfile -t params < <(resource_params GET_JM_RESOURCE_PARAMS)
  [[ ${#params[@]} -eq 2 ]] || { cat "$dir/log/bash-java-utils.log" >&2; die "could not compute JobManager memory"; }
  launch jm org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint "${params[0]}" "${params[1]}"

  mapfile -t params < <(resource_params GET_TM_RESOURCE_PARAMS)
  [[ ${#params[@]} -eq 2 ]] || { cat "$dir/log/bash-java-utils.log" >&2; die "could not compute TaskManager memory"; }
  for ((i = 1; i <= taskmanagers; i++)); do
    launch "tm-$i" org.apache.flink.runtime.taskexecutor.TaskManagerRunner "${params[0]} $tm_java_opts" "${params[1]}" \
      -D "taskmanager.resource-id=tm-$i"
  done
  if [[ -n "${KUTIP_FLINK_OWNER_PID:-}" ]]; then
    start_watchdog "$KUTIP_FLINK_OWNER_PID"
  fi

  local waited=0
  while :; do
    for n in $(names); do
      if ! live_pid "$n" >/dev/null; then
        tail -n 30 "$dir/log/$n.log" >&2 || true
        stop >/dev/null 2>&1 || true
        die "$n exited while starting (log: $dir/log/$n.log)"
      fi
    done
    n="$(registered_taskmanagers || true)"
    if [[ "$n" == "$taskmanagers" ]]; then
      break
    fi
    if ((waited >= start_timeout * 2)); then
      stop >/dev/null 2>&1 || true
      die "$taskmanagers TaskManagers did not register within ${start_timeout}s (logs: $dir/log/)"
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  say "ready: JobManager and $taskmanagers TaskManagers; REST and dashboard on http://$host:$rest_port/"
  echo "$host:$rest_port"
}

stop() {
  rm -f "$dir/watchdog.pid"
  local n pid pids=() deadline
  # TaskManagers first, so the JobManager does not try to reschedule onto them.
  for n in $(names | sort -r); do
    if pid="$(live_pid "$n")"; then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
  done
  deadline=$((SECONDS + 20))
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  for n in $(names); do rm -f "$dir/$n.pid"; done
  say "stopped (${#pids[@]} processes)"
}

status() {
  local n pid up=0 total=0
  for n in $(names); do
    total=$((total + 1))
    if pid="$(live_pid "$n")"; then
      echo "$n running (pid $pid)"
      up=$((up + 1))
    else
      echo "$n not running"
    fi
  done
  echo "REST http://$host:$rest_port/overview: $(http_get /overview 2>/dev/null || echo 'no answer')"
  ((up == total))
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  pid) live_pid "${2:?name: jm, tm-1, tm-2, ...}" || die "${2} is not running" ;;
  *)
    echo "usage: $0 start|stop|status|pid NAME   (see the comments at the top of this file)" >&2
    exit 2
    ;;
esac
