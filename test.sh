#!/usr/bin/env bash
# Runs every test of Prongsai. Installs what the tests need when it is missing:
# Debian packages (chromium, fonts, PostgreSQL, LibreOffice, poppler), npm packages, and starts
# a throw-away PostgreSQL server on 127.0.0.1:55432 for the duration of the run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

"$root/scripts/install-test-deps.sh"

# shellcheck source=scripts/test-postgres.sh
source "$root/scripts/test-postgres.sh"
start_test_postgres
trap stop_test_postgres EXIT

export PRONGSAI_TEST_OUTPUT="$root/test-output"
mkdir -p "$PRONGSAI_TEST_OUTPUT"

log="$PRONGSAI_TEST_OUTPUT/dotnet-test.log"
set +e
dotnet test "$root/Prongsai.slnx" -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  failed  += $(i+1)
         if ($i == "Passed:")  passed  += $(i+1)
         if ($i == "Skipped:") skipped += $(i+1)
       }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }' \
  <(sed 's/,//g' "$log")
exit "$status"
