#!/usr/bin/env bash
# kill -9 the real server many times while it imports, records progress with evidence and publishes, on SQLite and
# then on PostgreSQL (a throw-away server started as ./test.sh does), checking the database after each kill: whole
# (integrity_check / valid constraints and indexes), nothing half-written, every acknowledged write present.
#   scripts/kill-test.sh [KILLS=200] [SEED]      KILLS per database; results in bench/results/kill.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command_line="scripts/kill-test.sh${*:+ $*}"
export PRONGSAI_KILLS="${1:-200}"
if [ -n "${2:-}" ]; then export PRONGSAI_KILL_SEED="$2"; fi
export PRONGSAI_TEST_OUTPUT="$root/test-output"
mkdir -p "$PRONGSAI_TEST_OUTPUT"

"$root/scripts/install-test-deps.sh"

# shellcheck source=scripts/test-postgres.sh
source "$root/scripts/test-postgres.sh"
start_test_postgres
trap stop_test_postgres EXIT

dotnet build "$root/tests/Prongsai.Tests" -c Release --nologo -v quiet >"$PRONGSAI_TEST_OUTPUT/kill-test-build.log" 2>&1 \
  || { tail -30 "$PRONGSAI_TEST_OUTPUT/kill-test-build.log"; exit 1; }

started_at="$(date -u '+%Y-%m-%d %H:%M UTC')"
status=0
sections=()
for provider in SQLite PostgreSQL; do
  name="$(echo "$provider" | tr '[:upper:]' '[:lower:]')"
  rm -f "$PRONGSAI_TEST_OUTPUT/kill-test-$name.txt"
  echo "kill -9 run on $provider: $PRONGSAI_KILLS kills ..."
  start=$(date +%s)
  set +e
  dotnet test "$root/tests/Prongsai.Tests" -c Release --nologo --no-build \
    --filter "FullyQualifiedName~KillDuringWritesTests.On_$provider" >"$PRONGSAI_TEST_OUTPUT/kill-test-$name.log" 2>&1
  result=$?
  set -e
  seconds=$(($(date +%s) - start))
  [ "$result" -eq 0 ] || status=$result
  outcome="$([ "$result" -eq 0 ] && echo passed || echo FAILED) in $((seconds / 60)) min $((seconds % 60)) s"
  echo "  $provider: $outcome"
  summary="$PRONGSAI_TEST_OUTPUT/kill-test-$name.txt"
  section="## $provider"$'\n\n'"Test result: $outcome (the whole test: setup, $PRONGSAI_KILLS server starts and kills, a check after each)."$'\n\n'
  if [ "$result" -eq 0 ] && [ -f "$summary" ]; then
    section+='```'$'\n'"$(head -2 "$summary")"$'\n''```'$'\n\n'
    section+="<details><summary>every kill</summary>"$'\n\n''```'$'\n'"$(tail -n +3 "$summary")"$'\n''```'$'\n\n'"</details>"$'\n'
  else
    section+='```'$'\n'"$(grep -E 'Assert|kill [0-9]+|Error Message|exited|did not' "$PRONGSAI_TEST_OUTPUT/kill-test-$name.log" | head -20)"$'\n'
    section+="$(tail -15 "$PRONGSAI_TEST_OUTPUT/kill-test-$name.log")"$'\n''```'$'\n'
  fi
  sections+=("$section")
done

{
  echo "# kill -9 during writes"
  echo
  echo "\`$command_line\` started $started_at, $(nproc) cores shared with other work ($(uptime | sed 's/.*load average/load average at the end/'))."
  echo "Each kill: start \`prongsai serve\` on 127.0.0.1, write (progress updates with a 200 KB PDF through /api/v1, imports through"
  echo "the pages, submit + approve of the 2566 progress report), SIGKILL the server and its Chromium at a random moment"
  echo "(0–1.5 s after the first acknowledged update; every other round only after a publication was acknowledged), then"
  echo "read the database as the next start will find it. Checked after every kill: SQLite \`PRAGMA integrity_check\` and"
  echo "\`foreign_key_check\`, PostgreSQL every constraint and index valid; no row without the row it belongs to; no partial"
  echo "import (imported measures a multiple of three); no evidence row without its whole file; every publication with its"
  echo "five files; no approved submission without its publication; every acknowledged update, import and publication found."
  echo "PostgreSQL is the throw-away server of ./test.sh (a fresh database); the app is killed, PostgreSQL stays up."
  echo
  echo "Progress updates go round the agency's 2566 measures, at most 24 each, then round the measures imported (into 2567),"
  echo "so that neither the published document nor any one measure's history grows without bound. \"Acknowledged vs found\":"
  echo "found can exceed acknowledged for imports and publications committed just before a kill cut the answer."
  echo
  for section in "${sections[@]}"; do
    echo "$section"
  done
} >"$root/bench/results/kill.md"
cat "$root/bench/results/kill.md" | grep -v '^kill [0-9]'
exit "$status"
