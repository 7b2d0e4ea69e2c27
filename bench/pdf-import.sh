#!/usr/bin/env bash
# Measures PDF import: pages/s for text PDFs (Chromium and LibreOffice prints of the seed report), s/page for OCR of
# a scan of it, and OCR's exact-cell share on that scan. Appends a dated section to bench/results/pdf-import.md
# (earlier runs stay: the machine is shared, and a quiet run is worth keeping beside a loaded one). Needs the PDFs the
# integration tests leave in $PRONGSAI_TEST_OUTPUT/pdf-import
# (run: dotnet test tests/Prongsai.Integration.Tests --filter FullyQualifiedName~PdfImportTests).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${PRONGSAI_TEST_OUTPUT:-/tmp/prongsai-test-output}/pdf-import"
out="$root/bench/results/pdf-import.md"
"$root/prongsai" --help >/dev/null
dotnet build "$root/bench/Prongsai.Benchmarks" -c Release -v q -nologo >/dev/null
section="$(mktemp)"
{
  echo
  echo "## Run of $(date -u '+%F %H:%M') UTC, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) before, \`bench/pdf-import.sh\`"
  echo
  echo "Each file imported 3 times with \`./prongsai import\`; wall time includes process start."
  echo
  echo "| file | pages | runs | wall s/run | pages/s | s/page |"
  echo "|---|---|---|---|---|---|"
  for f in chromium.pdf libreoffice-landscape.pdf libreoffice-portrait.pdf chromium-scanned.pdf; do
    pages=$(pdfinfo "$dir/$f" | awk '/^Pages:/ {print $2}')
    start=$(date +%s.%N)
    for _ in 1 2 3; do "$root/prongsai" import "$dir/$f" >/dev/null; done
    end=$(date +%s.%N)
    awk -v f="$f" -v p="$pages" -v s="$start" -v e="$end" 'BEGIN { w=(e-s)/3; printf "| %s | %d | 3 | %.2f | %.2f | %.2f |\n", f, p, w, p/w, w/p }'
  done
  echo
  echo "Load after the timings: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "### OCR exact-cell share on chromium-scanned.pdf"
  echo
  echo "Command: \`dotnet bench/Prongsai.Benchmarks/bin/Release/net10.0/Prongsai.Benchmarks.dll ocr-cells $dir\`."
  echo
  dotnet "$root/bench/Prongsai.Benchmarks/bin/Release/net10.0/Prongsai.Benchmarks.dll" ocr-cells "$dir"
} > "$section"
cat "$section" >> "$out"
cat "$section"
rm -f "$section"
