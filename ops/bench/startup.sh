#!/usr/bin/env bash
# Start-up benchmark (docs/performance.md, "Start-up"): how long the demo store takes from its JVM's
# start to its first 200 on /q/health/ready, and Quarkus' own "started in", over RUNS starts of the
# store alone with OpenSearch and Keycloak already up and settled (as when a pod restarts beside
# running services). A first start through the launcher, not counted, loads the demo and records the
# ahead-of-time cache on JDK 25+; each measured start then runs the very command the launcher ran
# (read from /proc), using that cache. The JVM's start is the process's own start time (/proc);
# readiness is polled every 100 ms with curl. Prints each run and the medians, and the store's resident
# size (RSS, with its anonymous and file-backed parts from /proc) 2 s after its embedding models loaded.
# Usage: ops/bench/startup.sh [RUNS=3] [SETTLE_SECONDS=30] [STORE_JAVA_OPTIONS...]
#   (extra options go at the end of the store's command, e.g. -Dcc.assistant.embeddings=false)
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/jdk.sh
RUNS=${1:-3}
SETTLE=${2:-30}
shift 2 || shift $# || true
OS_PORT=9296
KC_PORT=8196
STORE_PORT=8098
WORK=$(mktemp -d /tmp/cc-bench-startup.XXXXXX)
LAUNCHER=(ops/launcher/target/cc-launcher.jar)
STORE_PATTERN="-Dquarkus.http.port=$STORE_PORT .*quarkus-run.jar"
bg_pid=""
store_pid=""
stop_bg() {
  if [[ -n "$bg_pid" ]] && kill -0 "$bg_pid" 2>/dev/null; then
    kill -TERM "$bg_pid" 2>/dev/null || true # a launcher's shutdown hook stops what it started
    wait "$bg_pid" 2>/dev/null || true
  fi
  bg_pid=""
  for _ in $(seq 1 600); do # the next start must not meet this store still writing its cache or closing its database
    pgrep -f -- "$STORE_PATTERN" >/dev/null || break
    sleep 0.1
  done
}
trap 'stop_bg; "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" stop --state "$WORK/state" >/dev/null 2>&1 || true' EXIT

echo "Building (JDK: $JAVA_HOME) ..."
./mvnw -B -q -DskipTests package
ticks=$(getconf CLK_TCK)
boot=$(awk '/^btime/ {print $2}' /proc/stat)

# await_ready LOG: the store's newest JVM, then sets READY_MS (JVM start to first 200 on readiness) and STARTED_S
await_ready() {
  local log=$1 pid="" started
  for _ in $(seq 1 3000); do
    pid=$(pgrep -n -f -- "$STORE_PATTERN" || true)
    [[ -n "$pid" ]] && break
    sleep 0.1
  done
  [[ -n "$pid" ]] || { echo "the store's JVM did not start (see $log)" >&2; exit 1; }
  store_pid=$pid
  started=$(awk -v t="$ticks" -v b="$boot" '{printf "%d", (b + $22 / t) * 1000}' "/proc/$pid/stat")
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "http://localhost:$STORE_PORT/q/health/ready"; then
      READY_MS=$(( $(date +%s%3N) - started ))
      STARTED_S=$(grep -ao 'started in [0-9.]*s' "$log" | tail -1 | grep -o '[0-9.]*' || echo "?")
      # stopped only once the background warm-up is done: ONNX Runtime may crash a JVM that ends while it loads
      for _ in $(seq 1 600); do
        grep -aq "WordNet nouns read\|did not load" "$log" && break
        sleep 0.1
      done
      sleep 2
      RSS=$(awk '/^VmRSS/ {v=$2} /^RssAnon/ {a=$2} /^RssFile/ {f=$2} END {printf "%d %d %d", v/1024, a/1024, f/1024}' "/proc/$pid/status")
      return 0
    fi
    sleep 0.1
  done
  echo "the store did not become ready (see $log)" >&2
  exit 1
}

echo "== first start through the launcher (loads the demo, records the ahead-of-time cache; not counted)"
"$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" store --state "$WORK/state" --port $STORE_PORT --opensearch-port $OS_PORT \
  --keycloak-port $KC_PORT >"$WORK/first.log" 2>&1 &
bg_pid=$!
await_ready "$WORK/first.log"
mapfile -d '' command < "/proc/$store_pid/cmdline"
stop_bg
# the recorded cache is now written; later starts use it instead of recording
for k in "${!command[@]}"; do
  command[$k]=${command[$k]/-XX:AOTCacheOutput=/-XX:AOTCache=}
done
for _ in $(seq 1 1200); do # the JVM writes the cache in a process of its own after the store ends
  ls "$WORK"/state/aot/*.aot >/dev/null 2>&1 && ! pgrep -f -- "-XX:AOTCache.*$STORE_PORT|AOTConfiguration" >/dev/null && break
  sleep 0.1
done
aot=$(ls "$WORK"/state/aot/*.aot 2>/dev/null | head -1 || true)
echo "ahead-of-time cache: ${aot:-none}"

echo "== OpenSearch and Keycloak, left ${SETTLE} s to settle"
"$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" services --state "$WORK/state" --opensearch-port $OS_PORT --keycloak-port $KC_PORT \
  >"$WORK/services.log" 2>&1 &
bg_pid=$!
for _ in $(seq 1 1800); do
  grep -q "Point the store at them" "$WORK/services.log" && break
  sleep 0.1
done
sleep "$SETTLE"
secret=$(sed -n 's/^app-client-secret=//p' "$WORK/state/keycloak.secrets")

# the launcher's command with the options given here before its -jar
n=${#command[@]}
run_command=("${command[@]:0:n-2}" "$@" "${command[@]:n-2}")
readies=()
starteds=()
rsses=()
for run in $(seq 1 "$RUNS"); do
  CC_OIDC_CLIENT_SECRET="$secret" CC_OIDC_STATE_SECRET="$(openssl rand -hex 24)" "${run_command[@]}" >"$WORK/run-$run.log" 2>&1 &
  await_ready "$WORK/run-$run.log"
  read -r rss anon file <<< "$RSS"
  echo "run $run: JVM start to ready ${READY_MS} ms, Quarkus started in ${STARTED_S} s; resident ${rss} MiB (anonymous ${anon}, file ${file})"
  rsses+=("$rss")
  readies+=("$READY_MS")
  starteds+=("$STARTED_S")
  kill -TERM "$store_pid"
  while kill -0 "$store_pid" 2>/dev/null; do sleep 0.1; done
  sleep "$SETTLE"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
echo "median: JVM start to ready $(median "${readies[@]}") ms, Quarkus started in $(median "${starteds[@]}") s," \
  "resident $(median "${rsses[@]}") MiB" \
  "($RUNS starts, $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"
