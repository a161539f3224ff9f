#!/usr/bin/env bash
# Start-up and memory of the Latchkey app (the packaged app-release build) against WebKitGTK's MiniBrowser, and
# the size of the .deb: prints the README's table. Run by `./dev bench` after `./dev package`.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
T=${CARGO_TARGET_DIR:-/var/cache/latchkey/target}
APP=${LATCHKEY_BENCH_APP:-$T/app-release/latchkey}
SERVER=$T/release/latchkey-server
[ -x "$SERVER" ] || SERVER=$T/debug/latchkey-server
[ -x "$APP" ] || { echo "no packaged app at $APP: run ./dev package first" >&2; exit 1; }

work=$(mktemp -d /tmp/latchkey-bench-app.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$work/server.toml" <<TOML
[[tenant]]
slug = "contoso"
name = "Contoso Pharma"
[tenant.branding]
primary_color = "#7a1fa2"
background_color = "#fbf7ff"
text_color = "#1b1b1b"
TOML
"$SERVER" --data-dir "$work/data" --config "$work/server.toml" serve --listen "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
printf 'tenant_url = "http://127.0.0.1:%s"\ntenant = "contoso"\n' "$port" >"$work/policy.toml"

deb=$(ls -t "$T"/app-release/bundle/deb/*.deb 2>/dev/null | head -1 || true)
if [ -n "$deb" ]; then
  size=$(stat -c %s "$deb")
  installed=$(dpkg-deb -f "$deb" Installed-Size)
  echo
  echo "| package | size | goal | ratio |"
  echo "|---|---|---|---|"
  # Goal in decimal megabytes (10,000,000 bytes); Installed-Size is in KiB.
  awk -v n="$(basename "$deb")" -v s="$size" 'BEGIN{printf "| %s | %.2f MiB (%d bytes) | <= 10 MB | %.2fx |\n", n, s/1048576, s, s/1e7}'
  awk -v k="$installed" 'BEGIN{printf "| installed (Installed-Size) | %d KiB (%.2f MB) | <= 10 MB | %.2fx |\n", k, k*1024/1e6, k*1024/1e7}'
fi

xvfb-run -a -s "-screen 0 1280x800x24" python3 "$ROOT/scripts/bench-app.py" \
  --app "$APP" --policy "$work/policy.toml" --cache-dir "$work/cache" --runs "${RUNS:-10}"
