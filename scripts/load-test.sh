#!/usr/bin/env bash
# A bounded load run against the real server on 127.0.0.1 (SQLite): anonymous readers of the public pages and
# files, API editors, progress updates with evidence and imports through the pages. Checks zero server errors and
# that every acknowledged write is in the database; samples the server's RSS every second and fails when, after
# warming up, it grows by more than a fifth.
#   scripts/load-test.sh [SECONDS=300]      results in bench/results/load.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PRONGSAI_LOAD_SECONDS="${1:-300}"
export PRONGSAI_TEST_OUTPUT="$root/test-output"
mkdir -p "$PRONGSAI_TEST_OUTPUT"
rm -f "$PRONGSAI_TEST_OUTPUT/load.txt"
set +e
dotnet test "$root/tests/Prongsai.Tests" -c Release --nologo \
  --filter "FullyQualifiedName~LoadTests" >"$PRONGSAI_TEST_OUTPUT/load.log" 2>&1
status=$?
set -e
{
  echo "# Load: public reads, API edits, progress updates with evidence, imports"
  echo
  echo "\`scripts/load-test.sh $PRONGSAI_LOAD_SECONDS\` on $(date -u +%Y-%m-%d), $(nproc) cores shared ($(uptime | sed 's/.*load average/load average/')),"
  echo "6 public readers, 2 API editors (each its own measure, If-Match), 2 progress recorders (200 KB PDF each; twelve updates to a measure, then a new measure), 1 importer (page upload + confirm)."
  echo "Rate limits raised for the run (one client address). Test result: $([ "$status" -eq 0 ] && echo passed || echo FAILED)."
  echo
  echo '```'
  cat "$PRONGSAI_TEST_OUTPUT/load.txt" 2>/dev/null || tail -30 "$PRONGSAI_TEST_OUTPUT/load.log"
  echo '```'
} >"$root/bench/results/load.md"
cat "$root/bench/results/load.md"
exit "$status"
