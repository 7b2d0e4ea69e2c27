#!/usr/bin/env bash
# Installs the Debian packages the tests use, only when something is missing.
set -euo pipefail

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# grep -q would stop reading early, and fc-list's SIGPIPE fails the pipeline under pipefail.
fc-list 2>/dev/null | grep -i laksaman >/dev/null || need+=(fonts-thai-tlwg)

[ ${#need[@]} -eq 0 ] && exit 0

echo "installing test dependencies: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
