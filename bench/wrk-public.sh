#!/usr/bin/env bash
# Throughput of the public pages under wrk: the latest progress report's HTML and PDF beside /healthz (the ceiling
# of this server on this machine). Starts `./prongsai serve` on a temporary data folder and a free 127.0.0.1 port,
# runs the three wrk runs, writes bench/results/public-pages.md and stops the server.
#   bench/wrk-public.sh [DURATION]      default 30s
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-30s}"
threads=2
connections=64
results="$root/bench/results/public-pages.md"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 3; }

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"
log="$data/serve.log"

"$root/prongsai" serve --data "$data" --urls "$base" >"$log" 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT

for _ in $(seq 1 120); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$base/healthz" >/dev/null

declare -A rps p99
paths=("/healthz" "/p/banchang/2566/progress" "/p/banchang/2566/progress.pdf")
for path in "${paths[@]}"; do
  curl -fsS -o /dev/null "$base$path"   # warm: the first request loads the snapshot into memory
  wrk -t"$threads" -c"$connections" -d5s "$base$path" >/dev/null
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path")"
  echo "$out" >&2
  rps[$path]="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p99[$path]="$(awk '$1 == "99%" {print $2}' <<<"$out")"
done

html_bytes="$(curl -fsS "$base/p/banchang/2566/progress" | wc -c)"
pdf_bytes="$(curl -fsS "$base/p/banchang/2566/progress.pdf" | wc -c)"
ratio="$(awk -v a="${rps[/p/banchang/2566/progress]}" -v b="${rps[/healthz]}" 'BEGIN { printf "%.2f", a / b }')"
{
  echo "# Public pages under wrk"
  echo
  echo "\`bench/wrk-public.sh\`: \`./prongsai serve\` (SQLite, demo agency, Release build) on 127.0.0.1; each run"
  echo "\`wrk -t$threads -c$connections -d$duration --latency URL\` after a 5 s warm-up; wrk and the server share the machine"
  echo "($(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d))."
  echo
  echo "| URL | bytes | requests/s | p99 latency |"
  echo "|---|---:|---:|---:|"
  echo "| \`/healthz\` (ceiling) | 4 | ${rps[/healthz]} | ${p99[/healthz]} |"
  echo "| \`/p/banchang/2566/progress\` | $html_bytes | ${rps[/p/banchang/2566/progress]} | ${p99[/p/banchang/2566/progress]} |"
  echo "| \`/p/banchang/2566/progress.pdf\` | $pdf_bytes | ${rps[/p/banchang/2566/progress.pdf]} | ${p99[/p/banchang/2566/progress.pdf]} |"
  echo
  echo "The HTML page runs at **$ratio×** the /healthz rate (aim: at least 0.5×). Published snapshots are served from"
  echo "memory (the latest version's bytes cached for 30 s, numbered versions until evicted); the PDF is the bytes"
  echo "printed once at approval, never rendered per request."
} >"$results"
cat "$results"
