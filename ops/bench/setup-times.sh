#!/usr/bin/env bash
# Times the README's two commands, cold and warm, several runs each, and prints medians.
#   cold: a fresh clone, empty Maven repository, empty Maven wrapper home, empty service cache
#         (everything is downloaded from Maven Central; Keycloak augments itself once);
#   warm: the same clone again, everything cached.
# The run command is timed from its start until it prints the store's URL; each run then checks
# what a user would (home page, readiness UP, /admin redirects to Keycloak) and stops the store.
#
# Usage: ops/bench/setup-times.sh [runs=3] [workdir=/tmp/cc-setup-times]
# Results: a Markdown table on stdout; raw numbers in <workdir>/results.tsv.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-3}
WORK=${2:-/tmp/cc-setup-times}
PORT=18080 OS_PORT=19200 KC_PORT=18180
rm -rf "$WORK" && mkdir -p "$WORK"
RESULTS="$WORK/results.tsv"

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc; }

fresh_env() { # $1: folder; prints nothing, sets the cold caches up
  rm -rf "$1" && mkdir -p "$1"
  git clone -q "$REPO" "$1/clone"
  mkdir -p "$1/m2" "$1/mvnhome" "$1/cache"
}

with_env() { # $1: folder, rest: command run inside the clone with that folder's caches
  local dir=$1; shift
  (cd "$dir/clone" && MAVEN_USER_HOME="$dir/mvnhome" CC_CACHE_DIR="$dir/cache" \
    MAVEN_ARGS="-Dmaven.repo.local=$dir/m2" "$@")
}

time_tests() { # $1: folder, $2: label
  local start log="$1/test-$2.log"
  start=$(now)
  if ! with_env "$1" ./ops/test >"$log" 2>&1; then
    echo "test command failed, see $log" >&2; exit 1
  fi
  printf 'test\t%s\t%.1f\n' "$2" "$(elapsed "$start")" >>"$RESULTS"
}

time_store() { # $1: folder, $2: label
  local start log="$1/store-$2.log" pid seconds=""
  start=$(now)
  # exec setsid: the store becomes the leader of its own process group, which is then stopped as a whole
  (cd "$1/clone" && export MAVEN_USER_HOME="$1/mvnhome" CC_CACHE_DIR="$1/cache" MAVEN_ARGS="-Dmaven.repo.local=$1/m2" \
    && exec setsid ./ops/store --port $PORT --opensearch-port $OS_PORT --keycloak-port $KC_PORT) >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do
    if grep -q "Concierge Commerce is running at" "$log"; then seconds=$(elapsed "$start"); break; fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.2
  done
  [ -n "$seconds" ] || { echo "the store did not start, see $log" >&2; kill -TERM -- -$pid 2>/dev/null || true; exit 1; }
  curl -sf "http://localhost:$PORT/" | grep -q "What are you looking for?" || { echo "home page missing" >&2; exit 1; }
  curl -sf "http://localhost:$PORT/q/health/ready" | grep -q '"status": "UP"' || { echo "not ready" >&2; exit 1; }
  curl -s -o /dev/null -w '%{redirect_url}' "http://localhost:$PORT/admin" | grep -q "localhost:$KC_PORT/realms/concierge/protocol/openid-connect/auth" \
    || { echo "/admin does not redirect to Keycloak" >&2; exit 1; }
  local stop_start; stop_start=$(now)
  kill -TERM -- -$pid
  wait $pid 2>/dev/null || true
  printf 'store\t%s\t%.1f\n' "$2" "$seconds" >>"$RESULTS"
  printf 'stop\t%s\t%.1f\n' "$2" "$(elapsed "$stop_start")" >>"$RESULTS"
  if pgrep -f "$1/clone" >/dev/null; then echo "processes left behind after stop" >&2; pgrep -af "$1/clone" >&2; exit 1; fi
}

for i in $(seq 1 "$RUNS"); do
  fresh_env "$WORK/test-$i"; time_tests "$WORK/test-$i" cold; time_tests "$WORK/test-$i" warm
  fresh_env "$WORK/store-$i"; time_store "$WORK/store-$i" cold; time_store "$WORK/store-$i" warm
  rm -rf "$WORK/test-$i/m2" "$WORK/store-$i/m2" # keep the logs, not 1 GB of jars per run
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
row() { awk -F'\t' -v c="$1" -v l="$2" '$1==c && $2==l {print $3}' "$RESULTS"; }
echo "| command | state | runs (s) | median (s) |"
echo "|---|---|---|---|"
for c in test store stop; do for l in cold warm; do
  runs=$(row $c $l | tr '\n' ' ')
  echo "| $c | $l | $runs| $(row $c $l | median) |"
done; done
echo
source "$REPO/ops/jdk.sh"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
