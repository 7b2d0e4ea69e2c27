#!/usr/bin/env bash
# Mutation testing with Stryker.NET (pinned in dotnet-tools.json). Not part of ./test.sh: far too slow for CI's 2 cores.
#   scripts/mutation-test.sh [PROJECT] [AREA...]
#     PROJECT  core (src/Prongsai.Core, one run per folder) or web (src/Prongsai's security- and data-critical code);
#              without it both, every area
#     AREA     core: Thai Checks Catalog Scores Documents Import Reports, one folder such as Import/Ocr (its own
#              files), or one file such as Thai/ThaiDigits.cs
#              web:  Account Backup Audit RateLimits Publishing, or one file such as Account/Capabilities.cs
#   MUTATION_TESTS="A|B"  judge a one-file web run by these test classes only (default: those of its folder)
# One Stryker run per area (--concurrency 1, the machine is shared), its HTML/JSON report in StrykerOutput/AREA/.
# Each run writes bench/results/mutation/AREA.md (score, counts, every surviving mutant) and refreshes the table of
# latest runs in bench/results/mutation.md.
# Mutants are judged by the fast tests: Category!=Slow, and on the web side the SQLite variant of each behaviour
# (the PostgreSQL variant runs the same test code; Backup also by the PostgreSQL one, on a throw-away server), of the
# area's own test classes (see target()).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

core_areas=(Thai Checks Catalog Scores Documents Import Reports)
web_areas=(Account Backup Audit RateLimits Publishing)

project="${1:-all}"
[ $# -gt 0 ] && shift
case "$project" in
  core) areas=("${@:-${core_areas[@]}}") ;;
  web) areas=("${@:-${web_areas[@]}}") ;;
  all) areas=("${core_areas[@]}" "${web_areas[@]}") ;;
  *) echo "mutation-test.sh: unknown project '$project' (core, web or nothing for both)" >&2; exit 2 ;;
esac
mode="$project"  # run_area's own `project` (the .csproj) hides this one

"$root/scripts/install-test-deps.sh"
if ! command -v jq >/dev/null; then
  echo "installing jq"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends jq >/dev/null
fi
dotnet tool restore >/dev/null

mkdir -p "$root/bench/results/mutation"

# The files an area mutates and the test project that judges them.
target() {
  local area="$1"
  # One file (e.g. Thai/ThaiDigits.cs, Account/Capabilities.cs), for a quick run: of the web app with `web`.
  if [[ "$area" == */*.cs ]]; then
    if [ "$mode" = web ]; then
      [ -f "src/Prongsai/$area" ] || { echo "mutation-test.sh: no file src/Prongsai/$area" >&2; return 1; }
      echo "tests/Prongsai.Web.Tests Prongsai.csproj **/$area ${MUTATION_TESTS:-$(own_tests "$area")}"
    else
      [ -f "src/Prongsai.Core/$area" ] || { echo "mutation-test.sh: no file src/Prongsai.Core/$area" >&2; return 1; }
      echo "tests/Prongsai.Core.Tests Prongsai.Core.csproj **/$area"
    fi
    return
  fi
  # A folder of the core, e.g. Import/Ocr: its files, not those of its subfolders.
  if [ "$mode" = core ] && [[ "$area" == */* ]] && [ -d "src/Prongsai.Core/$area" ]; then
    echo "tests/Prongsai.Core.Tests Prongsai.Core.csproj **/$area/*.cs"
    return
  fi
  if [[ " ${core_areas[*]} " == *" $area "* ]]; then
    echo "tests/Prongsai.Core.Tests Prongsai.Core.csproj **/$area/**/*.cs"
    return
  fi
  case "$area" in
    # Backup's PostgreSQL half (pg_dump, pg_restore) is only reached by the PostgreSQL variant: judged by both.
    Backup) echo "tests/Prongsai.Web.Tests Prongsai.csproj **/Backup/**/*.cs $(own_tests Backup/) postgres" ;;
    RateLimits) echo "tests/Prongsai.Web.Tests Prongsai.csproj **/Hosting/RateLimits.cs $(own_tests Hosting/RateLimits.cs)" ;;
    Account | Audit | Publishing) echo "tests/Prongsai.Web.Tests Prongsai.csproj **/$area/**/*.cs $(own_tests "$area/")" ;;
    *) echo "mutation-test.sh: unknown area '$area'" >&2; return 1 ;;
  esac
}

# The test classes (name fragments) that judge a web file, by where it lives. MUTATION_TESTS="A|B" narrows a one-file
# run further, e.g. MUTATION_TESTS="AccountCapabilities|AuthorizationMatrix" for Account/Capabilities.cs.
own_tests() {
  case "$1" in
    Account/*) echo "Account|Lockout|SessionAndToken|SignIn|Authorization|AgencyScope|Users" ;;
    Backup/*) echo "Backup" ;;
    Audit/*) echo "Audit" ;;
    Hosting/RateLimits.cs) echo "RateLimit" ;;
    Publishing/*) echo "Publishing|SignOff|Publisher" ;;
  esac
}

run_area() {
  local area="$1" tests project glob own databases filter out started seconds report
  read -r tests project glob own databases < <(target "$area") || true
  [ -n "${glob:-}" ] || exit 2
  filter="Category!=Slow"
  if [ "${databases:-}" = postgres ]; then
    # shellcheck source=scripts/test-postgres.sh
    source "$root/scripts/test-postgres.sh"
    start_test_postgres
    trap stop_test_postgres EXIT
  elif [[ "$tests" == *Web.Tests ]]; then
    filter="Category!=Slow&FullyQualifiedName!~Postgres"
  fi
  # Every web test starts the app, so every web mutant is "covered" by all of them: judged by the area's own test
  # classes instead (a mutant only an unrelated test would kill counts as survived, which errs on the safe side).
  if [ -n "${own:-}" ]; then
    local classes="" class
    IFS='|' read -ra names <<< "$own"
    for class in "${names[@]}"; do classes="${classes:+$classes|}FullyQualifiedName~$class"; done
    filter="$filter&($classes)"
  fi
  local name="${area//\//-}"
  out="$root/StrykerOutput/$name"
  rm -rf "$out"
  started=$(date +%s)
  echo "== $area: mutating $glob, judged by $tests ($filter)"
  # Web tests boot the app in a class fixture: code that runs at start-up (the demo seed's publication, options, the
  # limiter's set-up) is attributed by per-test coverage to whichever test ran first, and only that test judged it. Web
  # runs therefore use coverage "all": every covered mutant is judged by every test of the area's classes.
  local config=()
  [[ "$tests" == *Web.Tests ]] && config=(--config-file "$root/scripts/stryker-web.json")
  (cd "$root/$tests" && dotnet stryker "${config[@]}" --project "$project" --mutate "$glob" \
      --concurrency 1 --configuration Release --test-case-filter "$filter" \
      --reporter json --reporter html --reporter progress --output "$out" --break-at 0)
  seconds=$(( $(date +%s) - started ))
  report="$out/reports/mutation-report.json"
  summarize "$area" "$report" "$seconds" "$glob" > "$root/bench/results/mutation/$name.md"
  cat "$root/bench/results/mutation/$name.md"
}

# Score as Stryker counts it: (killed + timeout) / (killed + timeout + survived + no coverage).
summarize() {
  local area="$1" report="$2" seconds="$3" glob="$4"
  jq -r --arg area "$area" --arg seconds "$seconds" --arg glob "$glob" --arg day "$(date -u +%Y-%m-%d)" --arg root "$root/" '
    [.files[].mutants[].status] as $s
    | ($s | map(select(. == "Killed")) | length) as $killed
    | ($s | map(select(. == "Timeout")) | length) as $timeout
    | ($s | map(select(. == "Survived")) | length) as $survived
    | ($s | map(select(. == "NoCoverage")) | length) as $uncovered
    | ($s | map(select(. == "CompileError" or . == "Ignored")) | length) as $other
    | (($killed + $timeout + $survived + $uncovered)) as $valid
    | "| \($area) | `\($glob)` | \(if $valid == 0 then "–" else ((($killed + $timeout) * 1000 / $valid | floor) / 10 | tostring) + "%" end) | \($killed) | \($timeout) | \($survived) | \($uncovered) | \($other) | \($seconds) s | \($day) |",
      "",
      "Surviving and uncovered mutants:",
      "",
      (.files | to_entries[] | (.key | ltrimstr($root)) as $file | .value.mutants[]
        | select(.status == "Survived" or .status == "NoCoverage")
        | "- `\($file):\(.location.start.line)` \(.status) \(.mutatorName): `\(.replacement | gsub("\n"; " ") | .[0:100])`")
  ' "$report"
}

for area in "${areas[@]}"; do
  run_area "$area"
done

# The table of latest runs in bench/results/mutation.md, between its markers, from every area's file.
results="$root/bench/results/mutation.md"
table="$(mktemp)"
{
  echo "| area | mutated | score | killed | timeout | survived | no coverage | not run | time | date |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for file in "$root"/bench/results/mutation/*.md; do head -1 "$file"; done
} > "$table"
if [ -f "$results" ] && grep -q '<!-- runs -->' "$results"; then
  awk -v table="$table" '
    /<!-- runs -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- \/runs -->/ { skip = 0 }
    !skip { print }' "$results" > "$results.new"
  mv "$results.new" "$results"
else
  { echo "# Mutation testing"; echo; echo '<!-- runs -->'; cat "$table"; echo '<!-- /runs -->'; } > "$results"
fi
rm -f "$table"
echo "written: $results"
