#!/usr/bin/env bash
# Measurement intake benchmark on PostgreSQL (docs/performance.md). Builds the store for PostgreSQL;
# per run: a fresh database on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust), the
# demo store, the store on its own ports, and ops/bench/EventLoad.java: EVENTS events of yesterday
# (UTC) posted as JSON Lines to POST /api/ops/events in requests of CHUNK events from CLIENTS clients,
# then that day's KPIs and intent analytics recomputed. Prints events/s and recompute seconds per run
# and their medians. The default H2 build is restored at the end.
# Usage: ops/bench/measurement.sh [RUNS=3] [EVENTS=1000000] [CHUNK=20000] [CLIENTS=2]
# BENCH_JFR=FILE records the store's JVM during the load with Java Flight Recorder (FILE gets the run number).
# BENCH_PG_CONF=FILE runs against a private PostgreSQL cluster (port 5439, under $WORK) with FILE's settings
# added to PostgreSQL's defaults, e.g. ops/bench/postgresql-tuned.conf, instead of the machine's;
# BENCH_PG_PORT=PORT uses a PostgreSQL already running on 127.0.0.1:PORT (user postgres, trust).
# BENCH_PG_STATEMENTS=1 (with BENCH_PG_CONF) also loads pg_stat_statements there and prints, per run, the
# statements that took the most time during the load and the recompute.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/jdk.sh
source ops/bench/common.sh
RUNS=${1:-3}
EVENTS=${2:-1000000}
CHUNK=${3:-20000}
CLIENTS=${4:-2}
OS_PORT=9294
KC_PORT=8194
STORE_PORT=8098
DB=ccbenchm
WORK=$(mktemp -d /tmp/cc-bench-measurement.XXXXXX)
LAUNCHER=(ops/launcher/target/cc-launcher.jar)
PG_PORT=${BENCH_PG_PORT:-5432}
PG_SETTINGS="the settings of the PostgreSQL on port $PG_PORT"
if [ -n "${BENCH_PG_CONF:-}" ]; then
  PG_PORT=5439
  PG_SETTINGS="PostgreSQL's defaults and $BENCH_PG_CONF"
  conf="$BENCH_PG_CONF"
  if [ -n "${BENCH_PG_STATEMENTS:-}" ]; then
    conf="$WORK/postgresql-statements.conf"
    (cat "$BENCH_PG_CONF"; echo "shared_preload_libraries = 'pg_stat_statements'") > "$conf"
  fi
  bench_postgres_private "$WORK/pg" $PG_PORT "$conf"
  if [ -n "${BENCH_PG_STATEMENTS:-}" ]; then
    psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -c "CREATE EXTENSION pg_stat_statements"
  fi
  trap 'bench_restore_h2; bench_postgres_private_stop "$WORK/pg"' EXIT
else
  trap bench_restore_h2 EXIT
fi
bench_build_postgres
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB?reWriteBatchedInserts=true" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=
DAY=$(date -u -d yesterday +%F)
results="$WORK/results.txt"
: > "$results"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/state"
  psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  echo "== run $run: demo store on PostgreSQL, $EVENTS events of $DAY"
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog demo --state "$WORK/state" --opensearch-port $OS_PORT | grep -v "^  " | tail -1
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" store --state "$WORK/state" --port $STORE_PORT --opensearch-port $OS_PORT \
    --keycloak-port $KC_PORT --demo false > "$WORK/store$run.log" 2>&1 &
  bench_wait_ready
  bench_wait_outbox
  if [ -n "${BENCH_JFR:-}" ]; then
    "$JAVA_HOME/bin/jcmd" "$(pgrep -f "quarkus.http.port=$STORE_PORT" | head -1)" JFR.start name=bench settings=profile >/dev/null
  fi
  if [ -n "${BENCH_PG_STATEMENTS:-}" ]; then
    psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -Atc "SELECT pg_stat_statements_reset()" >/dev/null
  fi
  "$JAVA_HOME/bin/java" -Xmx4g ops/bench/EventLoad.java "http://localhost:$STORE_PORT" "http://localhost:$KC_PORT/realms/concierge" \
    "$EVENTS" "$CHUNK" "$CLIENTS" "$DAY" | tee "$WORK/run$run.txt"
  if [ -n "${BENCH_JFR:-}" ]; then
    "$JAVA_HOME/bin/jcmd" "$(pgrep -f "quarkus.http.port=$STORE_PORT" | head -1)" JFR.dump name=bench filename="${BENCH_JFR%.jfr}-$run.jfr" >/dev/null
  fi
  if [ -n "${BENCH_PG_STATEMENTS:-}" ]; then
    echo "statements by time during run $run (load and recompute): seconds | calls | rows | statement"
    psql -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -Atc "SELECT round(total_exec_time::numeric / 1000, 1), calls, rows,
      left(regexp_replace(query, '\s+', ' ', 'g'), 100) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 8"
  fi
  grep '^result' "$WORK/run$run.txt" | sed "s/^result/run $run:/" >> "$results"
  stop_store
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), $(psql -V), $PG_SETTINGS"
cat "$results"
python3 - "$results" <<'PY'
import re, statistics, sys
rows = [dict(re.findall(r"(\w+)=([0-9.]+)", line)) for line in open(sys.argv[1])]
if rows:
    print("median: %.0f events/s ingest, KPI recompute %.2f s (%d runs)" % (
        statistics.median(float(r["ingest_events_per_s"]) for r in rows), statistics.median(float(r["recompute_s"]) for r in rows), len(rows)))
PY
