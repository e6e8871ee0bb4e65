#!/usr/bin/env bash
# Read-path benchmark (docs/performance.md, "Read path"): what agents and feeds repeat, against a store
# with a bounded heap (--heap, default 512m) and 100,136 products (the demo store plus PRODUCTS
# generated ones, as ops/bench/catalog.sh builds them). Under CONNECTIONS keep-alive connections
# from wrk on loopback, each for SECONDS per run, RUNS runs, in this order per run:
#   trivial   GET /q/health/live (the app's own cheapest answer, the yardstick of the HTML page)
#   page      GET /products/PRODUCT (the HTML product page)
#   json      GET /api/products/PRODUCT (the product API)
#   listing   GET /api/products?q=&size=20
#   search    GET /api/products?category=..&<two filters>&size=20 with facets, a Zipf-like mix of
#             1,000 distinct queries (rank r asked with weight 1/r: the top 10 are 39% of requests,
#             the top 100 are 69%, as popular searches repeat); the queries are in $WORK/queries.txt
#   unique    the same shape, every request a new query (no answer can be kept): the floor
# Prints each run, the medians, the store's start-up time (Quarkus' "started in"), its resident
# memory and heap after the runs. wrk comes from Debian (installed when missing).
# Usage: ops/bench/readpath.sh [RUNS=3] [SECONDS=20] [CONNECTIONS=64] [PRODUCTS=100000] [HEAP=512m]
# STORE_JAVA_OPTIONS="..." gives the store further JVM options (e.g. -Dcc.storefront.product-cache-for=0S
# to measure without kept answers); the store runs with native memory tracking, summarized at the end.
# DATABASE=postgresql runs it all on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust) in a
# fresh database ccbench_readpath, with the store built for PostgreSQL; the default H2 build is restored at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/jdk.sh
source ops/bench/common.sh
RUNS=${1:-3}
SECONDS_EACH=${2:-20}
CONNECTIONS=${3:-64}
PRODUCTS=${4:-100000}
HEAP=${5:-512m}
PRODUCT=vortex-classic-1050-6
OS_PORT=9295
KC_PORT=8195
STORE_PORT=8097
DATABASE=${DATABASE:-h2}
WORK=$(mktemp -d /tmp/cc-bench-readpath.XXXXXX)
LAUNCHER=(ops/launcher/target/cc-launcher.jar)
trap 'stop_store; "$JAVA_HOME/bin/java" -jar ops/launcher/target/cc-launcher.jar stop --state "$WORK/state" >/dev/null 2>&1 || true' EXIT

bench_need_wrk
bench_build "$PRODUCTS" "$WORK/catalog.csv"
if [[ "$DATABASE" == postgresql ]]; then
  trap bench_restore_h2 EXIT
  bench_build_postgres
  DB=ccbench_readpath
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
elif [[ "$DATABASE" != h2 ]]; then
  echo "DATABASE=$DATABASE: h2 (the default) or postgresql" >&2
  exit 2
fi
echo "== demo store, $PRODUCTS generated products, index rebuilt ($DATABASE)"
"$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog demo --state "$WORK/state" --opensearch-port $OS_PORT | grep -v "^  " | tail -1
"$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog import "$WORK/catalog.csv" --state "$WORK/state" --opensearch-port $OS_PORT | grep -E "rows read" || true
"$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" catalog reindex --state "$WORK/state" --opensearch-port $OS_PORT | grep -E "indexed in" || true

"$JAVA_HOME/bin/java" -jar "${LAUNCHER[@]}" store --state "$WORK/state" --port $STORE_PORT --opensearch-port $OS_PORT \
  --keycloak-port $KC_PORT --demo false --heap "$HEAP" \
  --java-options "-XX:NativeMemoryTracking=summary ${STORE_JAVA_OPTIONS:-}" > "$WORK/store.log" 2>&1 &
bench_wait_ready
bench_wait_outbox # the import's events, so they are not measured with the reads
base="http://localhost:$STORE_PORT"
curl -fs -o /dev/null "$base/products/$PRODUCT" || { echo "no product page for $PRODUCT" >&2; exit 1; }

python3 - "$WORK" <<'PY'
# The search mix: 1,000 distinct queries of ops/bench/search_latency.py's shape (a category, two
# filters, facets), a third of them with words; ranked in a fixed random order.
import random, sys, urllib.parse
random.seed(11)
shapes = [
    ("blenders", lambda: {"attr.noise.max": f"{random.randint(60, 90)} dB", "price.max": str(random.randint(60, 300))}, ["quiet", "glass", "smoothie"]),
    ("vacuums", lambda: {"attr.weight.max": f"{random.randint(5, 15)} lb", "attr.power_source": random.choice(["battery", "corded"])}, ["pet hair", "cordless", "hepa"]),
    ("headphones", lambda: {"attr.noise_cancelling": "yes", "price.max": str(random.randint(80, 300))}, ["wireless", "travel", "bass"]),
    ("air-fryers", lambda: {"attr.capacity.min": f"{random.randint(2, 6)} qt", "in_stock": "true"}, ["family", "basket", "digital"]),
    ("luggage", lambda: {"attr.type": random.choice(["carry-on", "backpack"]), "attr.weight.max": f"{random.randint(4, 10)} lb"}, ["spinner", "hard shell", "laptop"]),
]
seen = []
while len(seen) < 1000:
    category, filters, words = random.choice(shapes)
    params = {"category": category, "size": "20", **filters()}
    if random.random() < 1 / 3:
        params["q"] = random.choice(words)
    path = "/api/products?" + urllib.parse.urlencode(params)
    if path not in seen:
        seen.append(path)
open(sys.argv[1] + "/queries.txt", "w").write("\n".join(seen) + "\n")
PY
cat > "$WORK/zipf.lua" <<LUA
-- picks query r of queries.txt with weight 1/r
local paths, cumulative, total = {}, {}, 0
for line in io.lines("$WORK/queries.txt") do
  paths[#paths + 1] = line
  total = total + 1 / #paths
  cumulative[#paths] = total
end
request = function()
  local x, lo, hi = math.random() * total, 1, #paths
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < x then lo = mid + 1 else hi = mid end
  end
  return wrk.format("GET", paths[lo])
end
LUA
cat > "$WORK/unique.lua" <<'LUA'
-- every request a query no earlier request asked: the blenders under 80 dB between a price floor
-- and cap that walk through 10^11 cent pairs from a random start per thread
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", threads * 7919 + os.time())
end
function init(args)
  math.randomseed(seed)
  n = math.random(0, 2147483647)
end
function request()
  n = n + 1
  local floor, cap = n % 100000, 100000 + math.floor(n / 100000) % 1000000
  return wrk.format("GET", string.format("/api/products?category=blenders&attr.noise.max=80%%20dB&price.min=%d.%02d&price.max=%d.%02d&size=20",
    math.floor(floor / 100), floor % 100, math.floor(cap / 100), cap % 100))
end
LUA

declare -A URL=([trivial]="$base/q/health/live" [page]="$base/products/$PRODUCT" [json]="$base/api/products/$PRODUCT"
  [listing]="$base/api/products?q=&size=20" [search]="$base" [unique]="$base")
declare -A SCRIPT=([search]="$WORK/zipf.lua" [unique]="$WORK/unique.lua")
ORDER=(trivial page json listing search unique)
echo "== warm-up"
for name in "${ORDER[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d10s ${SCRIPT[$name]:+-s "${SCRIPT[$name]}"} "${URL[$name]}" >/dev/null
done
results="$WORK/results.txt"
: > "$results"
for run in $(seq 1 "$RUNS"); do
  line="run $run:"
  for name in "${ORDER[@]}"; do
    read -r rps p50 p99 errors <<<"$(wrk_run "${URL[$name]}" "${SCRIPT[$name]:-}")"
    line="$line | $name $rps req/s p50 $p50 ms p99 $p99 ms errors $errors"
  done
  echo "$line" | tee -a "$results"
done

pid=$(pgrep -f "quarkus.http.port=$STORE_PORT" | head -1)
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); wrk -t2 -c$CONNECTIONS on loopback"
echo "Store: $DATABASE, -Xmx$HEAP, $(grep -oE "started in [0-9.]+s" "$WORK/store.log" | head -1); after the runs resident $(($(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024)) MiB, peak $(($(awk '/VmHWM/ {print $2}' /proc/$pid/status) / 1024)) MiB"
"$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | sed -n '2,2p'
# where the resident memory goes, by the JVM's own count (the embedding model's native memory is in "Other"/malloc)
"$JAVA_HOME/bin/jcmd" "$pid" VM.native_memory summary | grep -E "^(Total|-)" | sed -E 's/ +/ /g' | head -30
python3 - "$results" <<'PY'
import re, statistics, sys
rows = [l for l in open(sys.argv[1]) if l.startswith("run")]
def col(name, what):
    return statistics.median(float(re.search(r"%s ([0-9.]+) req/s p50 ([0-9.]+) ms p99 ([0-9.]+) ms" % name, l).group(what)) for l in rows)
for name in ["trivial", "page", "json", "listing", "search", "unique"]:
    print("median %-8s %7.0f req/s  p50 %6.1f ms  p99 %6.1f ms" % (name, col(name, 1), col(name, 2), col(name, 3)))
print("HTML page: %.0f%% of trivial" % (100 * col("page", 1) / col("trivial", 1)))
PY
