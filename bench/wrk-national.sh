#!/usr/bin/env bash
# Latency with a national data set (8,300 agencies) under wrk, on SQLite and on PostgreSQL: the oversight page across
# every agency, one agency's dashboard and its score analysis. For each database it generates the data with
# `./prongsai demo` (timed), starts `./prongsai serve` on 127.0.0.1, signs in as an oversight viewer (cookie),
# runs `wrk -t2 -cCONNECTIONS -dDURATION --latency` per page, reads the server's peak RSS (VmHWM), and writes
# bench/results/national.md. PostgreSQL is a throw-away server started here, like the tests' (scripts/test-postgres.sh).
#   bench/wrk-national.sh [DURATION] [AGENCIES] [BACKENDS]     defaults 30s 8300 "sqlite postgres"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-30s}"
agencies="${2:-8300}"
read -r -a backends <<<"${3:-sqlite postgres}"
threads=2
connections=16
results="$root/bench/results/national.md"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 3; }
email="bench@oversight.example"
password="Bench-password-42"
agency="demo-00001"
paths=("/oversight" "/a/$agency/dashboard" "/a/$agency/analysis")

work="$(mktemp -d)"
server=""
pg_started=""
cleanup() {
  [ -n "$server" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  [ -n "$pg_started" ] && stop_test_postgres
  rm -rf "$work"
}
trap cleanup EXIT

free_tcp_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

declare -A p50 p95 p99 rps rss gen
run_backend() {
  local backend="$1" data="$work/$1" db_args=()
  mkdir -p "$data"
  if [ "$backend" = postgres ]; then
    # shellcheck source=../scripts/test-postgres.sh
    source "$root/scripts/test-postgres.sh"
    PG_DIR="${TMPDIR:-/tmp}/prongsai-bench-pg-$$"   # our own server folder (readable by the postgres user), apart from a test run
    start_test_postgres >&2
    pg_started=1
    db_args=(--db "${PRONGSAI_TEST_PG/Database=postgres/Database=prongsai_bench}")
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres prongsai_bench
  fi

  local started ended
  started=$(date +%s.%N)
  "$root/prongsai" demo --agencies "$agencies" --data "$data" "${db_args[@]}" | tail -n 1 >&2
  ended=$(date +%s.%N)
  gen[$backend]=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.0f", b - a }')
  "$root/prongsai" user add --email "$email" --role oversight --password "$password" --data "$data" "${db_args[@]}" >/dev/null

  local port base log
  port="$(free_tcp_port)"
  base="http://127.0.0.1:$port"
  log="$work/serve-$backend.log"
  "$root/prongsai" serve --data "$data" "${db_args[@]}" --urls "$base" >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 1
  done

  local jar="$work/cookies-$backend" token cookie
  token="$(curl -fsS -c "$jar" -b "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=$email" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
  cookie="$(awk '$6 == "prongsai" { print "prongsai=" $7 }' "$jar")"
  [ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }

  for path in "${paths[@]}"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")" = 200 ] || { echo "$path is not 200" >&2; exit 1; }
    wrk -t"$threads" -c"$connections" -d5s -H "Cookie: $cookie" "$base$path" >/dev/null
    local out
    out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$root/bench/p95.lua" -H "Cookie: $cookie" "$base$path")"
    echo "$backend $path" >&2
    echo "$out" >&2
    rps[$backend$path]="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50[$backend$path]="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99[$backend$path]="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    p95[$backend$path]="$(awk '$1 == "p95:" {print $2}' <<<"$out")"
  done
  rss[$backend]="$(awk '/^VmHWM:/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status")"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

for backend in "${backends[@]}"; do
  run_backend "$backend"
done

{
  echo "# National data set under wrk"
  echo
  echo "\`bench/wrk-national.sh $duration $agencies\`: \`./prongsai demo --agencies $agencies\` (deterministic seed), then"
  echo "\`./prongsai serve\` (Release) on 127.0.0.1 signed in as an oversight viewer; each page warmed 5 s, then"
  echo "\`wrk -t$threads -c$connections -d$duration --latency -s bench/p95.lua -H 'Cookie: …' URL\`. wrk, the server (and PostgreSQL) share"
  echo "the machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d). The oversight page aggregates every agency"
  echo "once per 30 s per instance (OversightCache) and filters, sorts and pages in memory."
  echo
  echo "| database | page | requests/s | p50 | p95 | p99 |"
  echo "|---|---|---:|---:|---:|---:|"
  for backend in "${backends[@]}"; do
    for path in "${paths[@]}"; do
      echo "| $backend | \`$path\` | ${rps[$backend$path]} | ${p50[$backend$path]} | ${p95[$backend$path]} | ${p99[$backend$path]} |"
    done
  done
  echo
  echo "| database | generating $agencies agencies (s) | server peak RSS (VmHWM) |"
  echo "|---|---:|---:|"
  for backend in "${backends[@]}"; do
    echo "| $backend | ${gen[$backend]} | ${rss[$backend]} |"
  done
} >"$results"
cat "$results"
