#!/usr/bin/env bash
# Measures the reference app: seconds from `java -jar` to the first successful /health, and resident memory
# once it is up (and after a minute of idling). Usage, after building the microbundle:
#   jakarta-app/src/test/scripts/measure-startup.sh [runs] [extra JVM options...]
# Each run starts on an empty database folder (first start: schema migration and demo data load).
set -euo pipefail
runs=${1:-3}; shift || true
jar="$(realpath "$(dirname "$0")/../../../target/xieshang-microbundle.jar")"
port=18080
for run in $(seq 1 "$runs"); do
    work=$(mktemp -d)
    start=$(date +%s.%N)
    (cd "$work" && exec java "$@" -Dmp.config.profile=demo -jar "$jar" --port "$port" --nocluster >"$work/log" 2>&1) &
    for _ in $(seq 1 600); do
        if curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
        sleep 0.1
    done
    up=$(echo "$(date +%s.%N) - $start" | bc)
    pid=$(pgrep -f "xieshang-microbundle.jar --port $port" | head -n 1)
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
    printf 'run %d: /health after %.1f s, RSS %d MB\n' "$run" "$up" "$rss"
    kill "$pid"; wait 2>/dev/null || true
    rm -rf "$work"
done
