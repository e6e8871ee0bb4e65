#!/usr/bin/env bash
# Catalog benchmarks (docs/performance.md): import of N generated products, mass indexing of
# them, delivery of the import's events by the store, and search with two filters + facets. Each run starts from an empty state
# directory (fresh H2 database and OpenSearch data) on its own ports, so a running store is not
# disturbed. Usage: ops/bench/catalog.sh [RUNS=3] [PRODUCTS=100000]
# DATABASE=postgresql runs it on the machine's PostgreSQL (127.0.0.1:5432, a fresh database
# ccbench_catalog per run, dropped at the end) with the store built for it; the H2 build is put back.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/jdk.sh
source ops/bench/common.sh
RUNS=${1:-3}
PRODUCTS=${2:-100000}
OS_PORT=9291
KC_PORT=8191
STORE_PORT=8099
WORK=$(mktemp -d /tmp/cc-bench.XXXXXX)
trap 'bench_stop_all >/dev/null 2>&1 || true' EXIT

DATABASE=${DATABASE:-h2}
LAUNCHER=(ops/launcher/target/cc-launcher.jar)
bench_build "$PRODUCTS" "$WORK/catalog.csv"
DB=ccbench_catalog
if [[ "$DATABASE" == postgresql ]]; then
  trap 'bench_stop_all >/dev/null 2>&1 || true; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" || true; bench_restore_h2' EXIT
  bench_build_postgres
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
elif [[ "$DATABASE" != h2 ]]; then
  echo "DATABASE=$DATABASE: h2 (the default) or postgresql" >&2
  exit 2
fi
echo "file: $(du -h "$WORK/catalog.csv" | cut -f1), $(($(wc -l < "$WORK/catalog.csv") - 1)) rows"

results="$WORK/results.txt"
: > "$results"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/state"
  if [[ "$DATABASE" == postgresql ]]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  fi
  echo "== run $run: demo categories, import, reindex ($DATABASE)"
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog demo --state "$WORK/state" --opensearch-port $OS_PORT | grep -v "^  " | tail -2
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog import "$WORK/catalog.csv" --state "$WORK/state" --opensearch-port $OS_PORT \
    | tee "$WORK/import.log" | grep -E "rows read" || true
  import_s=$(grep -oE "rows read in [0-9.]+ s" "$WORK/import.log" | grep -oE "[0-9.]+ s" | cut -d' ' -f1)
  grep -oE "stored in .*" "$WORK/import.log" | sed "s/^/run $run split: /" >> "$WORK/splits.txt" || true
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog reindex --state "$WORK/state" --opensearch-port $OS_PORT \
    | tee "$WORK/reindex.log" | grep -E "indexed in" || true
  reindex_s=$(grep -oE "indexed in [0-9.]+ s" "$WORK/reindex.log" | grep -oE "[0-9.]+ s" | cut -d' ' -f1)

  echo "== run $run: search latency"
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" store --state "$WORK/state" --port $STORE_PORT --opensearch-port $OS_PORT \
    --keycloak-port $KC_PORT --demo false > "$WORK/store.log" 2>&1 &
  bench_wait_ready
  # The import's events (one per product) wait in the outbox for the store; measure how long the
  # store takes to deliver them, then search once it is done, so the two are not measured together.
  drain_start=$(date +%s.%N)
  bench_wait_outbox
  drain_s=$(python3 -c "import time; print('%.0f' % (time.time() - $drain_start))")
  search=$(python3 ops/bench/search_latency.py "http://localhost:$STORE_PORT")
  bench_stop_all
  echo "run $run: import ${import_s}s, reindex ${reindex_s}s, outbox drained ${drain_s}s, search $search" | tee -a "$results"
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
cat "$results"
cat "$WORK/splits.txt" 2>/dev/null || true
python3 - "$results" <<'PY'
import re, statistics, sys
rows = [l for l in open(sys.argv[1]) if l.startswith("run")]
def col(pattern):
    return [float(re.search(pattern, l).group(1)) for l in rows]
print("median import %.1f s, reindex %.1f s, outbox drained %.0f s, search p50 %.1f ms, p95 %.1f ms" % (
    statistics.median(col(r"import ([0-9.]+)s")), statistics.median(col(r"reindex ([0-9.]+)s")), statistics.median(col(r"drained ([0-9.]+)s")),
    statistics.median(col(r"p50=([0-9.]+)ms")), statistics.median(col(r"p95=([0-9.]+)ms"))))
PY
