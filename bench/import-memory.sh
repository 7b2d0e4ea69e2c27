#!/usr/bin/env bash
# Peak memory of `prongsai import` on crafted DOCX files whose document.xml inflates to 90 MB (probe failure F6),
# and on the largest table the read budget accepts: runs ImportMemoryTests (each runs the real executable under
# GNU time, asserts the 300 MB bound and prints its figures) and writes bench/results/import-memory.md.
#   bench/import-memory.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/bench/results/import-memory.md"
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 3; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test "$root/tests/Prongsai.Tests" -c Release --nologo --filter "FullyQualifiedName~ImportMemoryTests" \
  --logger "console;verbosity=detailed" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
{
  echo "# Import memory"
  echo
  echo "\`bench/import-memory.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(dotnet --version): \`prongsai import FILE\`"
  echo "under \`/usr/bin/time -f %M\` (peak resident set of the whole process, .NET runtime included). The bound is 300 MB."
  echo
  echo "| file | on disk | document.xml | exit | peak memory | time |"
  echo "|---|---|---|---|---|---|"
  grep -o 'memory: .*' "$log" | sed 's/^memory: /| /; s/$/ |/'
  echo
  echo "- padded.docx: three measures, each step padded with empty formatted runs to 90 MB of XML: read (exit 0)."
  echo "- text.docx: one measure row repeated to 90 MB of XML: refused (exit 2) when the cell budget (50,000) runs out."
  echo "- largest.docx: the most six-column rows the budget accepts (8,331 measures): the largest accepted DOCX."
  echo
  echo "Before streaming (measured once by hand on 2026-12-02, main at 2240a74 with the DOM reader, the same padded"
  echo "file crafted by a script): \`/usr/bin/time -f \"%M KB %e s\" dotnet prongsai.dll import padded.docx\` gave"
  echo "1,130,316 KB (1.1 GB) in 40.5 s; the streaming reader on the same file gave 66,648 KB in 3.8 s."
} >"$results"
cat "$results"
