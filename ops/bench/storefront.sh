#!/usr/bin/env bash
# Storefront benchmark (docs/performance.md): the product page and the app's own trivial endpoint
# (/q/health/live) under 64 keep-alive connections from wrk on loopback, in the same run. Starts the
# store with the demo catalog on its own ports and an empty state directory (embedded H2), warms
# both up, then measures each for SECONDS per run. wrk comes from Debian (installed when missing).
# Usage: ops/bench/storefront.sh [RUNS=3] [SECONDS=30] [CONNECTIONS=64] [PRODUCT=vortex-classic-1050-6]
# BENCH_JFR=FILE records the store's JVM over the measured runs with Java Flight Recorder.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/jdk.sh
source ops/bench/common.sh
RUNS=${1:-3}
SECONDS_EACH=${2:-30}
CONNECTIONS=${3:-64}
PRODUCT=${4:-vortex-classic-1050-6}
OS_PORT=9294
KC_PORT=8194
STORE_PORT=8096
WORK=$(mktemp -d /tmp/cc-bench-storefront.XXXXXX)
trap 'stop_store; "$JAVA_HOME/bin/java" -jar ops/launcher/target/cc-launcher.jar stop --state "$WORK" >/dev/null 2>&1 || true' EXIT

bench_need_wrk
echo "Building (JDK: $JAVA_HOME) ..."
./mvnw -B -q -DskipTests package
"$JAVA_HOME/bin/java" -jar ops/launcher/target/cc-launcher.jar store --state "$WORK" --port $STORE_PORT --opensearch-port $OS_PORT \
  --keycloak-port $KC_PORT --demo true > "$WORK/store.log" 2>&1 &
bench_wait_ready
page="http://localhost:$STORE_PORT/products/$PRODUCT"
trivial="http://localhost:$STORE_PORT/q/health/live"
curl -fs -o /dev/null "$page" || { echo "no product page at $page" >&2; exit 1; }

echo "== warm-up"
wrk -t2 -c"$CONNECTIONS" -d15s "$trivial" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d15s "$page" >/dev/null
results="$WORK/results.txt"
: > "$results"
store_pid() { pgrep -f "quarkus.http.port=$STORE_PORT" | head -1; }
if [ -n "${BENCH_JFR:-}" ]; then
  "$JAVA_HOME/bin/jcmd" "$(store_pid)" JFR.start name=bench settings=profile >/dev/null
fi
for run in $(seq 1 "$RUNS"); do
  read -r t_rps t_p50 t_p99 t_err <<<"$(wrk_run "$trivial")"
  read -r p_rps p_p50 p_p99 p_err <<<"$(wrk_run "$page")"
  echo "run $run: trivial $t_rps req/s p50 $t_p50 ms p99 $t_p99 ms errors $t_err | product $p_rps req/s p50 $p_p50 ms p99 $p_p99 ms errors $p_err" | tee -a "$results"
done
if [ -n "${BENCH_JFR:-}" ]; then
  "$JAVA_HOME/bin/jcmd" "$(store_pid)" JFR.dump name=bench filename="$BENCH_JFR" >/dev/null
fi
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); wrk -t2 -c$CONNECTIONS on loopback"
python3 - "$results" <<'PY'
import re, statistics, sys
rows = [l for l in open(sys.argv[1]) if l.startswith("run")]
def col(p):
    return statistics.median(float(re.search(p, l).group(1)) for l in rows)
t, p = col(r"trivial ([0-9.]+) req/s"), col(r"product ([0-9.]+) req/s")
print("median: trivial %.0f req/s (p99 %.1f ms); product page %.0f req/s, p50 %.1f ms, p99 %.1f ms; %.0f%% of trivial" % (
    t, col(r"trivial [0-9.]+ req/s p50 [0-9.]+ ms p99 ([0-9.]+)"), p, col(r"product [0-9.]+ req/s p50 ([0-9.]+)"),
    col(r"product [0-9.]+ req/s p50 [0-9.]+ ms p99 ([0-9.]+)"), 100 * p / t))
PY
