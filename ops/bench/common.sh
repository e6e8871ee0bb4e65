# Shared by the benchmarks (sourced): building the store and a generated catalog file, and waiting
# for a store started on $STORE_PORT to be ready and to have delivered its outbox.

# bench_build PRODUCTS FILE: packages the store and writes PRODUCTS generated products to FILE.
bench_build() {
  echo "Building (JDK: $JAVA_HOME) ..."
  ./mvnw -B -q -DskipTests package
  "$JAVA_HOME/bin/java" -cp "web/target/quarkus-app/lib/main/*" com.concierge.catalog.internal.demo.GenerateCatalog "$1" "$2"
}

# bench_wait_ready: until the store answers its readiness check (at most 3 minutes).
bench_wait_ready() {
  for _ in $(seq 1 180); do
    curl -fs "http://localhost:$STORE_PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the store on port $STORE_PORT did not become ready" >&2
  return 1
}

# bench_metrics_token: a token of the realm's concierge-metrics client, as Prometheus scrapes /q/metrics
# (the ops role; docs/security.md#metrics-and-health). Keycloak on ${KC_PORT:-8180}.
bench_metrics_token() {
  curl -fs -d grant_type=client_credentials -d client_id=concierge-metrics -d client_secret=concierge-metrics-dev-secret-change-me \
    "http://localhost:${KC_PORT:-8180}/realms/concierge/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# bench_wait_outbox: until the store has delivered every pending event (at most 15 minutes).
bench_wait_outbox() {
  local pending token
  for i in $(seq 1 900); do
    if (( i % 60 == 1 )); then token=$(bench_metrics_token); fi # tokens last 5 minutes
    pending=$(curl -fs -H "Authorization: Bearer $token" "http://localhost:$STORE_PORT/q/metrics" | awk '/^cc_outbox_pending_events / {print int($2)}')
    [ "$pending" = "0" ] && return 0
    sleep 1
  done
  echo "the store on port $STORE_PORT still has events to deliver" >&2
  return 1
}

# The PostgreSQL benchmarks (checkout, measurement) run the launcher's store with --state $WORK and
# LAUNCHER set; these build it for PostgreSQL, stop it, and put the default H2 build back at exit.
bench_build_postgres() {
  echo "Building the store for PostgreSQL (JDK: $JAVA_HOME) ..."
  ./mvnw -B -q -DskipTests package -Dquarkus.datasource.db-kind=postgresql
}

# stop_store: SIGTERM to the store's launcher, then wait until it has exited: its shutdown stops the
# services its pid files name, so a next run's services started before it is gone would be stopped too.
stop_store() {
  pkill -TERM -f "cc-launcher.jar store --state $WORK" 2>/dev/null || true
  for _ in $(seq 1 90); do
    pgrep -f "cc-launcher.jar store --state $WORK" >/dev/null || return 0
    sleep 1
  done
  echo "the store launcher did not stop in 90 s; killing it" >&2
  pkill -KILL -f "cc-launcher.jar store --state $WORK" 2>/dev/null || true
}

# bench_stop_all: stops the store and every service its launcher started (by their pid files), then
# waits until the store's, OpenSearch's and Keycloak's ports are free, so that the next run's
# `catalog demo` starts its own OpenSearch instead of finding the old node going down on the port.
bench_stop_all() {
  stop_store
  "$JAVA_HOME/bin/java" -jar ops/launcher/target/cc-launcher.jar stop --state "$WORK/state" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do
    local busy=false
    for port in "$STORE_PORT" "${OS_PORT:-}" "${KC_PORT:-}"; do
      [[ -n "$port" ]] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && busy=true
    done
    $busy || return 0
    sleep 1
  done
  echo "ports $STORE_PORT ${OS_PORT:-} ${KC_PORT:-} still answer after the stop" >&2
  return 1
}

bench_restore_h2() {
  stop_store
  "$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" stop --state "$WORK/state" >/dev/null 2>&1 || true
  echo "Restoring the default (H2) build ..."
  ./mvnw -B -q -DskipTests package
}

# bench_postgres_private DIR PORT CONF: a PostgreSQL cluster of the machine's PostgreSQL binaries in DIR
# on PORT with the settings in CONF added, run as the postgres account (PostgreSQL refuses root),
# trust auth on 127.0.0.1; stopped by bench_postgres_private_stop DIR. For measuring a configuration
# other than the machine's (docs/performance.md) without touching the machine's cluster.
bench_postgres_private() {
  local dir=$1 port=$2 conf=$3 bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  mkdir -p "$dir"
  chmod o+x "$(dirname "$dir")"
  chown postgres "$dir"
  su postgres -c "$bin/initdb -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1
  cat "$conf" >> "$dir/data/postgresql.conf"
  su postgres -c "$bin/pg_ctl -D '$dir/data' -o '-p $port -k /tmp' -l '$dir/postgres.log' -w start" >/dev/null
  echo "private PostgreSQL on port $port with $conf: $(psql -h 127.0.0.1 -p "$port" -U postgres -Atc "SHOW shared_buffers") shared buffers"
}

bench_postgres_private_stop() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  su postgres -c "$bin/pg_ctl -D '$1/data' -m fast -w stop" >/dev/null 2>&1 || true
}

# bench_need_wrk: wrk from Debian when it is missing.
bench_need_wrk() {
  if ! command -v wrk >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
}

# wrk_run URL [LUA_SCRIPT]: "requests/s p50_ms p99_ms non-2xx/3xx" of CONNECTIONS connections for
# SECONDS_EACH seconds.
wrk_run() {
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency ${2:+-s "$2"} "$1" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s+%s\s+([0-9.]+)(us|ms|s)\s*$" % label, out, re.M)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print("%.0f %.1f %.1f %s" % (rps, ms("50%"), ms("99%"), errors.group(1) if errors else 0))'
}
