#!/usr/bin/env bash
# Runs the importer's fuzz harness for longer than the test command does.
#   scripts/fuzz-import.sh [SECONDS=600] [SEED]
# Prints inputs tried per format, refusals and crashes; crashing inputs are saved under test-output/fuzz-crashes
# and replay with PRONGSAI_FUZZ_SEED=SEED.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PRONGSAI_FUZZ_SECONDS="${1:-600}"
if [ -n "${2:-}" ]; then export PRONGSAI_FUZZ_SEED="$2"; fi
export PRONGSAI_TEST_OUTPUT="$root/test-output"
mkdir -p "$PRONGSAI_TEST_OUTPUT"
set +e
dotnet test "$root/tests/Prongsai.Core.Tests" -c Release --nologo \
  --filter "FullyQualifiedName~ImportFuzzing" >"$PRONGSAI_TEST_OUTPUT/fuzz-import.log" 2>&1
status=$?
set -e
cat "$PRONGSAI_TEST_OUTPUT/fuzz-import.txt"
exit "$status"
