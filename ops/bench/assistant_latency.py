#!/usr/bin/env python3
"""Assistant turn latency over a running store: whole conversations, every turn timed.

Usage: assistant_latency.py BASE_URL [WARMUP_CONVERSATIONS=30] [CONVERSATIONS=150]

Each conversation is one of the scripts below with its numbers varied (price caps, decibels,
quarts), so the searches differ from run to run of the same script. Every turn is a POST of one
message; the server's own time comes from the Server-Timing header (turn;dur=...), the client's is
measured around the request on one keep-alive connection. Prints p50/p95/p99 for both, overall
and per intent, after the warm-up conversations (which load the embedding model and fill caches),
and the median of each phase the header names (load, read, search, rank, check, receipts, store,
commit, ...) over all turns and over the slowest tenth.
"""
import http.client
import json
import random
import re
import statistics
import sys
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1])
warmup = int(sys.argv[2]) if len(sys.argv) > 2 else 30
measured = int(sys.argv[3]) if len(sys.argv) > 3 else 150
random.seed(11)
r = random.randint

SCRIPTS = [
    lambda: [f"a quiet blender for smoothies, easy to clean, under ${r(90, 250)}", "cheaper", "only black",
             "is the first one dishwasher safe?", "help me decide"],
    lambda: [f"blender under {r(55, 75)} dB with a glass jar", "compare the first and the second", "what is the return policy?"],
    lambda: [f"an air fryer between {r(2, 4)} and {r(5, 8)} quarts", "quieter", f"under ${r(60, 200)}", "help me decide"],
    lambda: [f"wireless headphones with noise cancelling under ${r(80, 400)}", "lighter", "how long does the battery last?",
             "add the first one to my cart"],
    lambda: [f"a lightweight cordless vacuum for pet hair under ${r(150, 500)}", "forget the price limit", "quieter",
             "help me decide"],
    lambda: [f"running shoes for overpronation under ${r(90, 180)}", "trail", "compare the first and the second"],
    lambda: [f"a wedding gift for my son who is {r(4, 12)}", "no batteries", "help me decide"],
    lambda: [f"a carry-on suitcase under {r(6, 10)} pounds", "hardside", f"under ${r(100, 400)}"],
    lambda: [f"a chef knife under ${r(40, 200)}", "dishwasher safe", "what is it made of?"],
    lambda: ["a smart plug that works with Apple Home", "no subscription", "help me decide"],
    lambda: [f"espresso machine with a grinder under ${r(200, 900)}", "cheaper", "does the first one have a programmable start?"],
    lambda: [f"a blender under ${r(20, 45)} with a glass jar under 50 dB"],
]

conn = http.client.HTTPConnection(base.hostname, base.port, timeout=60)


def post(path, body=None, token=None):
    data = json.dumps(body) if body is not None else ""
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Conversation-Token"] = token  # a guest's conversation answers only to its token
    start = time.perf_counter()
    conn.request("POST", path, body=data, headers=headers)
    response = conn.getresponse()
    payload = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status not in (200, 201):
        sys.exit(f"{path}: HTTP {response.status} {payload[:300]!r}")
    return response, json.loads(payload), elapsed


server, client, by_intent, shown, phases = [], [], {}, 0, []
for n in range(warmup + measured):
    _, started, _ = post("/api/assistant/conversations")
    for text in random.choice(SCRIPTS)():
        response, turn, elapsed = post(f"/api/assistant/conversations/{started['id']}/messages", {"text": text}, started.get("token"))
        timing = re.search(r"dur=([0-9.]+)", response.getheader("Server-Timing") or "")
        if not timing:
            sys.exit("no Server-Timing header on the turn")
        if n >= warmup:
            header = response.getheader("Server-Timing")
            phase = {m.group(1): float(m.group(2)) for m in re.finditer(r"([a-z]+);dur=([0-9.]+)", header)}
            searches = re.search(r'searches;desc="([0-9]+)"', header)
            phase["searches"] = int(searches.group(1)) if searches else 0
            phase["intent"] = turn["intent"] + (" (nothing fit)" if turn.get("relaxations") else "")
            phases.append(phase)
            server.append(float(timing.group(1)))
            client.append(elapsed)
            by_intent.setdefault(turn["intent"], []).append(float(timing.group(1)))
            shown += len(turn["recommendations"])


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))]


print(f"server p50={statistics.median(server):.1f}ms p95={pct(server, 95):.1f}ms p99={pct(server, 99):.1f}ms "
      f"client p50={statistics.median(client):.1f}ms p95={pct(client, 95):.1f}ms n={len(server)} recommendations={shown}")
for intent, values in sorted(by_intent.items()):
    print(f"  {intent:8s} n={len(values):4d} p50={statistics.median(values):.1f}ms p95={pct(values, 95):.1f}ms")
# where the time went: each phase's median over all turns, and over the slowest tenth of turns
names = [k for k in dict.fromkeys(k for p in phases for k in p) if k not in ("turn", "searches", "intent")]
slow = sorted(phases, key=lambda p: p["turn"])[int(0.9 * len(phases)):]
print("  phases, median ms (all turns / slowest tenth): " + ", ".join(
    f"{k} {statistics.median([p.get(k, 0.0) for p in phases]):.1f}/{statistics.median([p.get(k, 0.0) for p in slow]):.1f}" for k in names))
print(f"  searches per turn, median (all / slowest tenth): {statistics.median(p['searches'] for p in phases)}"
      f" / {statistics.median(p['searches'] for p in slow)}; slowest tenth by kind: "
      + ", ".join(f"{k} {v}" for k, v in sorted(__import__('collections').Counter(p['intent'] for p in slow).items(), key=lambda kv: -kv[1])))
