#!/usr/bin/env bash
# kill -9 the real server many times while it imports, records progress with evidence and publishes, then checks
# the SQLite file after each kill (integrity_check, nothing half-written, every acknowledged write present).
#   scripts/kill-test.sh [KILLS=200] [SEED]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PRONGSAI_KILLS="${1:-200}"
if [ -n "${2:-}" ]; then export PRONGSAI_KILL_SEED="$2"; fi
export PRONGSAI_TEST_OUTPUT="$root/test-output"
mkdir -p "$PRONGSAI_TEST_OUTPUT"
set +e
dotnet test "$root/tests/Prongsai.Tests" -c Release --nologo \
  --filter "FullyQualifiedName~KillDuringWrites" >"$PRONGSAI_TEST_OUTPUT/kill-test.log" 2>&1
status=$?
set -e
cat "$PRONGSAI_TEST_OUTPUT/kill-test.txt" 2>/dev/null || tail -30 "$PRONGSAI_TEST_OUTPUT/kill-test.log"
exit "$status"
