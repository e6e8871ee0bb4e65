#!/usr/bin/env bash
# Console page-timing benchmark (docs/performance.md, "Console pages"): every page of the merchandiser
# console, signed in through Keycloak's own login as the demo merchandiser, against the demo store
# (408 products, embedded H2). Per run, each page is fetched WARM times unmeasured, then TIMES times
# one after another on one keep-alive connection; the run's figure for the page is the median of
# those times (time to the last byte on loopback, which is the server's time plus well under a
# millisecond). Prints each run and the median of the runs' medians, page by page, against the
# issue's 100 ms.
# Usage: ops/bench/console.sh [RUNS=3] [TIMES=20] [WARM=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/jdk.sh
source ops/bench/common.sh
RUNS=${1:-3}
TIMES=${2:-20}
WARM=${3:-5}
OS_PORT=9296
KC_PORT=8196
STORE_PORT=8080 # the realm's redirect URIs name 8080 and 8081 (the tests'): the login must come back here
if curl -s -o /dev/null "http://localhost:$STORE_PORT/"; then
  echo "port $STORE_PORT is taken (a store running? stop it with ./ops/store stop): the sign-in needs it" >&2
  exit 1
fi
WORK=$(mktemp -d /tmp/cc-bench-console.XXXXXX)
trap 'stop_store; "$JAVA_HOME/bin/java" -jar ops/launcher/target/cc-launcher.jar stop --state "$WORK" >/dev/null 2>&1 || true' EXIT

echo "Building (JDK: $JAVA_HOME) ..."
./mvnw -B -q -DskipTests package
"$JAVA_HOME/bin/java" -jar ops/launcher/target/cc-launcher.jar store --state "$WORK" --port $STORE_PORT --opensearch-port $OS_PORT \
  --keycloak-port $KC_PORT --demo true > "$WORK/store.log" 2>&1 &
bench_wait_ready
bench_wait_outbox # the demo load's events, so they are not measured with the pages

python3 - "http://localhost:$STORE_PORT" "$RUNS" "$TIMES" "$WARM" <<'PY'
import html, http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request
base, runs, times, warm = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
class Loopback(http.cookiejar.DefaultCookiePolicy):
    def return_ok_secure(self, cookie, request):  # Keycloak's cookies are Secure; loopback counts as secure, as in browsers
        return True
jar = http.cookiejar.CookieJar(policy=Loopback())
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def get(path):
    with browser.open(base + path) as answer:
        return answer.status, answer.read().decode()

# Keycloak's own login page, as a browser fills it in
status, login = get("/admin")
action = html.unescape(re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', login).group(1))
form = urllib.parse.urlencode({"username": "merchandiser", "password": "merchandiser-demo-2026", "credentialId": ""}).encode()
with browser.open(action, data=form) as answer:
    assert "Merchandiser console" in answer.read().decode(), "not signed in"

handle = re.search(r'href="/admin/products/([a-z0-9-]+)"', get("/admin/products?category=blenders")[1]).group(1)
audits = get("/admin/audits")[1]
pages = ["/admin", "/admin/products", "/admin/products?category=blenders&sort=price_asc", "/admin/products?readiness=90", "/admin/products/" + handle,
         "/admin/categories", "/admin/categories/blenders", "/admin/synonyms", "/admin/policies", "/admin/do-not-generate",
         "/admin/placements", "/admin/audits", "/admin/quality", "/admin/quality?category=vacuums", "/admin/imports",
         "/admin/operations", "/admin/changes", "/admin/kpis"]
medians = {p: [] for p in pages}
for run in range(1, runs + 1):
    for page in pages:
        for _ in range(warm):
            get(page)
        took = []
        for _ in range(times):
            start = time.perf_counter()
            status, body = get(page)
            took.append((time.perf_counter() - start) * 1000)
            assert status == 200, (page, status)
        medians[page].append(statistics.median(took))
    print("run %d: " % run + " | ".join("%s %.1f ms" % (p, medians[p][-1]) for p in pages), flush=True)
print()
print("%-52s %10s %s" % ("page", "median ms", "(run medians)"))
for page in pages:
    m = statistics.median(medians[page])
    print("%-52s %10.1f %s%s" % (page, m, ", ".join("%.1f" % x for x in medians[page]), "" if m <= 100 else "  OVER 100 ms"))
PY
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
