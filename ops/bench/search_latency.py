#!/usr/bin/env python3
"""Search latency over a running store: category + two filters + facets, varied per request.

Prints "p50=..ms p95=..ms p99=..ms n=.." over the measured requests (after a warm-up), timed on
the client over one keep-alive connection, so it includes HTTP and JSON but not connection setup.
"""
import http.client
import json
import random
import statistics
import sys
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1])
warmup, measured = 500, 1000
random.seed(7)
queries = [
    ("blenders", {"attr.noise.max": lambda: f"{random.randint(60, 90)} dB", "price.max": lambda: str(random.randint(60, 300))}),
    ("vacuums", {"attr.weight.max": lambda: f"{random.randint(5, 15)} lb", "attr.power_source": lambda: random.choice(["battery", "corded"])}),
    ("headphones", {"attr.noise_cancelling": lambda: "yes", "price.max": lambda: str(random.randint(80, 300))}),
    ("air-fryers", {"attr.capacity.min": lambda: f"{random.randint(2, 6)} qt", "in_stock": lambda: "true"}),
    ("luggage", {"attr.type": lambda: random.choice(["carry-on", "backpack"]), "attr.weight.max": lambda: f"{random.randint(4, 10)} lb"}),
]
conn = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
times = []
for i in range(warmup + measured):
    category, filters = random.choice(queries)
    params = {"category": category, "size": "20"}
    params.update({k: f() for k, f in filters.items()})
    path = "/api/products?" + urllib.parse.urlencode(params)
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status != 200:
        sys.exit(f"{path}: HTTP {response.status} {body[:200]!r}")
    if i == 0 and not json.loads(body)["facets"]:
        sys.exit("no facets in the answer")
    if i >= warmup:
        times.append(elapsed)
times.sort()
q = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]
print(f"p50={statistics.median(times):.1f}ms p95={q(95):.1f}ms p99={q(99):.1f}ms n={len(times)}")
