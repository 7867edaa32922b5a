#!/usr/bin/env python3
"""Load generator for one member's duty file served by the REST API (GET /api/v1/members/{id}/duty-file).

Against the app running with the demo data (see the README's first command), it signs in as dutyfile.demo, picks
members of the city committee, and has N concurrent clients request their duty files of last year for a number of
seconds after a warm-up. It prints throughput and latency percentiles. Standard library only.

Usage: jakarta-app/src/test/scripts/load-duty-file.py [base-url] [clients] [seconds]
       (defaults: http://localhost:8080 4 30)
"""
import json
import statistics
import sys
import threading
import time
import urllib.request
from datetime import date

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
WARM_UP = 10.0


def call(path, token=None, body=None):
    request = urllib.request.Request(BASE + path, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def main():
    token = call("/api/v1/tokens", body={"username": "dutyfile.demo", "password": "Demo#2026"})["access_token"]
    city = next(c for c in call("/api/v1/committees", token)["items"] if c["level"] == "CITY")["id"]
    members = [m["id"] for m in call(f"/api/v1/committees/{city}/members?size=100&current=true&sort=code", token)["items"]]
    year = date.today().year - 1
    latencies = []
    errors = [0]
    lock = threading.Lock()
    measure_from = time.monotonic() + WARM_UP
    stop = measure_from + SECONDS

    def client(offset):
        i = offset
        while True:
            now = time.monotonic()
            if now >= stop:
                return
            path = f"/api/v1/members/{members[i % len(members)]}/duty-file?year={year}"
            started = time.monotonic()
            try:
                call(path, token)
                elapsed = time.monotonic() - started
                if started >= measure_from:
                    with lock:
                        latencies.append(elapsed)
            except Exception:  # counted, not fatal: the report says how many failed
                with lock:
                    errors[0] += 1
            i += CLIENTS

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    print(f"{len(latencies)} requests in {SECONDS:.0f} s with {CLIENTS} clients ({len(latencies) / SECONDS:.0f}/s), {errors[0]} errors")
    print(f"p50 {q[49] * 1000:.1f} ms, p90 {q[89] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
