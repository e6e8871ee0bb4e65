#!/usr/bin/env bash
# Assistant turn benchmark (docs/performance.md): the demo store plus generated products up to
# about PRODUCTS in the catalog, then whole conversations against the store with the embedding model
# loaded (ops/bench/assistant_latency.py: warm-up conversations first, then every turn timed by the
# server's Server-Timing header and by the client). Each run starts from an empty state directory
# on its own ports, so a running store is not disturbed.
# Usage: ops/bench/assistant.sh [RUNS=3] [PRODUCTS=10000] [CONVERSATIONS=150]
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/jdk.sh
source ops/bench/common.sh
RUNS=${1:-3}
PRODUCTS=${2:-10000}
CONVERSATIONS=${3:-150}
OS_PORT=9292
KC_PORT=8192
STORE_PORT=8098
WORK=$(mktemp -d /tmp/cc-bench-assistant.XXXXXX)
trap 'bench_stop_all >/dev/null 2>&1 || true' EXIT

bench_build "$PRODUCTS" "$WORK/catalog.csv"
LAUNCHER=(ops/launcher/target/cc-launcher.jar)

results="$WORK/results.txt"
: > "$results"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/state"
  echo "== run $run: demo store, import of $PRODUCTS generated products"
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog demo --state "$WORK/state" --opensearch-port $OS_PORT | grep -v "^  " | tail -1
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog import "$WORK/catalog.csv" --state "$WORK/state" --opensearch-port $OS_PORT \
    | grep -E "rows read" || true
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog reindex --state "$WORK/state" --opensearch-port $OS_PORT | grep -E "indexed in" || true
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" store --state "$WORK/state" --port $STORE_PORT --opensearch-port $OS_PORT \
    --keycloak-port $KC_PORT --demo false > "$WORK/store.log" 2>&1 &
  bench_wait_ready
  # The import's events wait in the outbox; measure once the store has delivered them.
  bench_wait_outbox
  products=$(curl -fs "http://localhost:$STORE_PORT/api/products?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  echo "== run $run: $products products searchable; conversations"
  python3 ops/bench/assistant_latency.py "http://localhost:$STORE_PORT" 30 "$CONVERSATIONS" > "$WORK/run$run.txt"
  cat "$WORK/run$run.txt"
  line=$(head -1 "$WORK/run$run.txt")
  bench_stop_all
  echo "run $run: products $products, $line" >> "$results"
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
cat "$results"
python3 - "$results" <<'PY'
import re, statistics, sys
rows = [l for l in open(sys.argv[1]) if l.startswith("run")]
col = lambda p: [float(re.search(p, l).group(1)) for l in rows]
print("median of runs: server p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; client p95 %.1f ms" % (
    statistics.median(col(r"server p50=([0-9.]+)ms")), statistics.median(col(r"p95=([0-9.]+)ms")),
    statistics.median(col(r"p99=([0-9.]+)ms")), statistics.median(col(r"client p50=[0-9.]+ms p95=([0-9.]+)ms"))))
PY
