#!/usr/bin/env bash
# Bounded load runs against the real server on 127.0.0.1, first on SQLite, then on PostgreSQL (a throw-away cluster of
# the test's own, stopped and started again RESTARTS times during the run): anonymous readers of the public pages and
# files, API editors, progress updates with evidence and imports through the pages. Fails on a server error (on
# PostgreSQL: anything but a 503 while it is down, or a failure 3 s after it is back), on any acknowledged write not
# found afterwards, and when the server's memory grows by more than a fifth after warming up.
#   scripts/load-test.sh [SECONDS=300] [RESTARTS=4]      results in bench/results/load.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PRONGSAI_LOAD_SECONDS="${1:-300}"
export PRONGSAI_LOAD_RESTARTS="${2:-4}"
export PRONGSAI_TEST_OUTPUT="$root/test-output"
mkdir -p "$PRONGSAI_TEST_OUTPUT"
rm -f "$PRONGSAI_TEST_OUTPUT"/load-*.txt
"$root/scripts/install-test-deps.sh"

# The PostgreSQL run makes a cluster of its own with the server's programs.
PRONGSAI_TEST_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
export PRONGSAI_TEST_PG_BIN

dotnet build "$root/tests/Prongsai.Tests" -c Release --nologo -v q >"$PRONGSAI_TEST_OUTPUT/load-build.log" 2>&1

status=0
results=""
for provider in SQLite PostgreSQL; do
  started=$(date +%s)
  set +e
  dotnet test "$root/tests/Prongsai.Tests" -c Release --nologo --no-build \
    --filter "FullyQualifiedName~LoadTests.On_$provider" >"$PRONGSAI_TEST_OUTPUT/load-$provider.log" 2>&1
  result=$?
  set -e
  [ "$result" -ne 0 ] && status=$result
  summary="$PRONGSAI_TEST_OUTPUT/load-$(echo "$provider" | tr '[:upper:]' '[:lower:]').txt"
  results+="
## $provider

Test result: $([ "$result" -eq 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - started )) s.

\`\`\`
$(cat "$summary" 2>/dev/null || tail -30 "$PRONGSAI_TEST_OUTPUT/load-$provider.log")
\`\`\`
"
done

{
  echo "# Load: public reads, API edits, progress updates with evidence, imports"
  echo
  echo "\`scripts/load-test.sh $PRONGSAI_LOAD_SECONDS $PRONGSAI_LOAD_RESTARTS\` on $(date -u +%Y-%m-%d), $(nproc) cores shared ($(uptime | sed 's/.*load average/load average/'))."
  echo "6 public readers, 2 API editors (each its own measure, If-Match), 2 progress recorders (200 KB PDF each; twelve updates"
  echo "to a measure, then a new measure), 1 importer (sign-in, page upload, confirm; next year's document)."
  echo "Rate limits raised for the run (one client address). On PostgreSQL the database server is stopped (immediate) for"
  echo "2 s and started again $PRONGSAI_LOAD_RESTARTS times, evenly through the run."
  echo "$results"
} >"$root/bench/results/load.md"
cat "$root/bench/results/load.md"
exit "$status"
