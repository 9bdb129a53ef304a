#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine: installs what the tests talk to (a real SMTP server,
# PostgreSQL, Chromium, poppler, fonts), builds, tests, and ends with one line "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
[ -e /usr/share/zoneinfo/Asia/Bishkek ] || need+=(tzdata)
# The storage tests start a private PostgreSQL of their own (tests/Shared/PostgresServer.cs) from Debian's server binaries.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The Debian package's python may differ from the one first on PATH (pyenv); the tests use this one.
export RISKENGINE_SMTP_PYTHON=/usr/bin/python3

log=$(mktemp)
set +e
dotnet test RiskEngine.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

summary=$(grep -E '^(Passed|Failed)! +- ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed", p, f; if (s > 0) printf ", %d skipped", s; printf "\n"}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$summary" = "0 passed, 0 failed" ]; then echo "build or test run failed"; fi
echo "$summary"
exit "$status"
