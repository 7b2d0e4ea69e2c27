#!/usr/bin/env bash
# Installs what the tests need, only when something is missing: the Debian packages, then the npm packages (the
# Sarabun font the build embeds in the reports).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ -x /usr/bin/time ] || need+=(time)  # GNU time measures the importer's peak memory (ImportMemoryTests)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
# Calc re-saves workbooks for the XLSX import tests (CalcWorkbookTests); Writer alone does not bring it.
[ -e /usr/lib/libreoffice/program/libsclo.so ] || need+=(libreoffice-calc-nogui)
# OCR of scanned PDFs: tesseract with its Thai language data.
command -v tesseract >/dev/null || need+=(tesseract-ocr)
{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx tha; } || need+=(tesseract-ocr-tha)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# grep -q would stop reading early, and fc-list's SIGPIPE fails the pipeline under pipefail.
fc-list 2>/dev/null | grep -i laksaman >/dev/null || need+=(fonts-thai-tlwg)

if [ ${#need[@]} -gt 0 ]; then
  echo "installing test dependencies: ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -d "$root/node_modules/@fontsource/sarabun" ] || [ ! -d "$root/node_modules/thai-address-database" ]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi
