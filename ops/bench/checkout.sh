#!/usr/bin/env bash
# Order placement benchmark on PostgreSQL (docs/performance.md). Builds the store for PostgreSQL,
# then per run: a fresh database on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust),
# the demo store plus generated products with plenty of stock, the store on its own ports, and
# ops/bench/OrderLoad.java: guest carts prepared first, then orders placed by CONCURRENCY clients for
# SECONDS (orders/s, p50/p95/p99); the first run also races 500 buyers for 50 units RACE_ROUNDS times
# and fails when any race oversells, undersells or answers anything but 201/409 out-of-stock.
# The default H2 build is restored at the end.
# Usage: ops/bench/checkout.sh [RUNS=3] [SECONDS=60] [CONCURRENCY=16] [RACE_ROUNDS=100]
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/jdk.sh
source ops/bench/common.sh
RUNS=${1:-3}
SECONDS_EACH=${2:-60}
CONCURRENCY=${3:-16}
RACE_ROUNDS=${4:-100}
OS_PORT=9293
KC_PORT=8193
STORE_PORT=8097
DB=ccbench
WORK=$(mktemp -d /tmp/cc-bench-checkout.XXXXXX)
LAUNCHER=(ops/launcher/target/cc-launcher.jar)
trap bench_restore_h2 EXIT
bench_build_postgres
"$JAVA_HOME/bin/java" -cp "web/target/quarkus-app/lib/main/*" com.concierge.catalog.internal.demo.GenerateCatalog 400 "$WORK/generated.csv"
# Rows 1-250: a million units each (sustained load); the next RACE_ROUNDS variants: exactly 50 units.
python3 - "$WORK" "$RACE_ROUNDS" <<'PY'
import csv, sys
work, races = sys.argv[1], int(sys.argv[2])
rows = list(csv.DictReader(open(f"{work}/generated.csv", newline="")))
plenty, race = rows[:250], rows[250:250 + races]
for r in plenty: r["stock"] = "1000000"
for r in race: r["stock"] = "50"
with open(f"{work}/catalog.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=rows[0].keys()); w.writeheader(); w.writerows(plenty + race)
open(f"{work}/skus.txt", "w").write("".join(f"{r['product']},{r['sku']}\n" for r in plenty))
open(f"{work}/race.txt", "w").write("".join(f"{r['product']},{r['sku']}\n" for r in race))
PY
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
export QUARKUS_LOG_CATEGORY__IO_QUARKUS_MAILER__LEVEL=WARN

results="$WORK/results.txt"
: > "$results"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/state"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  echo "== run $run: demo store and $(($(wc -l < "$WORK/catalog.csv") - 1)) generated variants on PostgreSQL"
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog demo --state "$WORK/state" --opensearch-port $OS_PORT | grep -v "^  " | tail -1
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog import "$WORK/catalog.csv" --state "$WORK/state" --opensearch-port $OS_PORT \
    | grep -E "rows read" || true
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" store --state "$WORK/state" --port $STORE_PORT --opensearch-port $OS_PORT \
    --keycloak-port $KC_PORT --demo false > "$WORK/store$run.log" 2>&1 &
  bench_wait_ready
  rounds=0
  [ "$run" = 1 ] && rounds=$RACE_ROUNDS
  "$JAVA_HOME/bin/java" ops/bench/OrderLoad.java "http://localhost:$STORE_PORT" "$WORK/skus.txt" "$WORK/race.txt" \
    "$SECONDS_EACH" "$CONCURRENCY" "$rounds" | tee "$WORK/run$run.txt" | grep -v "^race .*[0-9]\{3\} " || true
  grep -q FAILED "$WORK/run$run.txt" && { echo "a race failed: see $WORK/run$run.txt" >&2; exit 1; }
  [ "$rounds" != 0 ] && echo "races: $(grep -c '^race' "$WORK/run$run.txt") of $rounds passed (50 sold, 0 left, only 201/409)"
  grep '^sustained' "$WORK/run$run.txt" | sed "s/^/run $run: /" >> "$results"
  stop_store
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), $(psql -V)"
cat "$results"
python3 - "$results" <<'PY'
import re, statistics, sys
rows = [l for l in open(sys.argv[1]) if "sustained" in l]
col = lambda p: [float(re.search(p, l).group(1)) for l in rows]
print("median of runs: %.0f orders/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms" % (
    statistics.median(col(r"= ([0-9.]+) orders/s")), statistics.median(col(r"p50=([0-9.]+)ms")),
    statistics.median(col(r"p95=([0-9.]+)ms")), statistics.median(col(r"p99=([0-9.]+)ms"))))
PY
