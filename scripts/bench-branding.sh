#!/usr/bin/env bash
# Branding GET throughput and p99 latency with 64 connections (wrk), on the 200 and the 304 path,
# against the release server's demo tenant; then release binary sizes. Called by ./dev bench.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CARGO_TARGET_DIR:?}"
cargo build --release --quiet -p latchkey-server -p latchkey
REL="$CARGO_TARGET_DIR/release"
dir=$(mktemp -d /tmp/latchkey-bench.XXXXXX)
LATCHKEY_LOG=error "$REL/latchkey-server" --data-dir "$dir/data" demo --listen 127.0.0.1:0 >"$dir/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do grep -q 'listening on' "$dir/log" && break; sleep 0.1; done
port=$(grep -o 'listening on http://[0-9.]*:[0-9]*' "$dir/log" | head -1 | sed 's/.*://')
url="http://127.0.0.1:$port/api/v1/tenants/contoso/branding"
etag=$(curl -si "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
run() { wrk -t2 -c64 -d10s --latency "$@" "$url"; }
parse() { awk '/Requests\/sec/{rps=$2} /^ +99%/{p99=$2} END{print rps" "p99}'; }
read -r rps200 p99_200 < <(run | parse)
read -r rps304 p99_304 < <(run -H "If-None-Match: $etag" | parse)
echo
echo "| branding GET (64 connections, 10 s) | requests/s | p99 |"
echo "|---|---|---|"
echo "| 200 (full body) | $rps200 | $p99_200 |"
echo "| 304 (If-None-Match) | $rps304 | $p99_304 |"
awk -v r="$rps304" 'BEGIN{printf "304 path vs target 5000 req/s: %.2fx\n", r/5000}'
echo
echo "| release binary | size |"
echo "|---|---|"
for b in latchkey latchkey-server; do echo "| $b | $(du -h "$REL/$b" | cut -f1) ($(stat -c %s "$REL/$b") bytes) |"; done
