#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing (with apt, as root), then
# runs every test in the solution against a throw-away PostgreSQL that the test run starts itself.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
# The printed draw record and the evaluation report need a CJK font; their tests read the PDFs back with poppler
# (pdftotext, pdffonts, pdfimages, pdfinfo) and scan the record's QR code with zbarimg.
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v zbarimg >/dev/null || missing+=(zbar-tools)
# Licence scans fall back to OCR: tesseract with its Simplified Chinese model (the tests render licences and read them).
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
compgen -G '/usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata' >/dev/null || missing+=(tesseract-ocr-chi-sim)
# The risk model's LightGbm trainer loads OpenMP (libgomp.so.1) natively; the Analytics tests train it.
compgen -G '/usr/lib/*/libgomp.so.1' >/dev/null || missing+=(libgomp1)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# The front-end contract tests (tests/Contract) need Node.js and npm: the typed TypeScript client is generated,
# compiled with tsc --strict and run against the service, and redocly lints the OpenAPI document.
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing: nodejs npm"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  else
    echo "Missing: Node.js 20.19+ or 22.12+ and npm (e.g. from nodesource.com; Debian 12's own nodejs is 18, too old)." >&2
    exit 1
  fi
fi
# @redocly/cli 2.77 needs Node.js 20.19+ (20.x) or 22.12+ (Debian 12's own package is 18: take Node.js 20 or 22 from
# nodesource.com or nodejs.org).
node_version=$(node -p 'process.versions.node')
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit((a === 20 && b >= 19) || (a === 22 && b >= 12) || a >= 23 ? 0 : 1)'; then
  echo "Node.js ${node_version} does not run the contract tools (@redocly/cli needs 20.19+ or 22.12+): install Node.js 20 or 22 from nodesource.com." >&2
  exit 1
fi
# npm ci once per package-lock.json: the installed tree is kept while the lock is unchanged, so a run needs the npm
# registry only when the lock changes.
lock_sha=$(sha256sum tests/Contract/package-lock.json | cut -d' ' -f1)
if [ "$(cat tests/Contract/node_modules/.installed-lock 2>/dev/null)" != "$lock_sha" ]; then
  (cd tests/Contract && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sha" > tests/Contract/node_modules/.installed-lock
fi

log="$(pwd)/artifacts/test.log"
mkdir -p artifacts
: > "$log"

status=0
# dotnet test builds only the test projects and what they reference: the whole solution (benchmarks and bench tools
# too) is built first, so code that only a benchmark uses cannot rot unnoticed.
if [[ " $* " != *" --no-build "* ]]; then
  dotnet build DoubleRandom.sln --configuration Release -v q -nologo 2>&1 | tee "$log" || status=$?
fi
dotnet test DoubleRandom.sln --configuration Release "$@" 2>&1 | tee -a "$log" || status=$?

# One closing line over all test projects, in the plain form CI reads, summed from each project's
# own summary ("Passed!  - Failed: 0, Passed: 44, Skipped: 0, Total: 44, ...").
sum() { grep -E '^(Passed|Failed)!' "$log" | grep -oE "$1: +[0-9]+" | awk '{s += $2} END {print s + 0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped); total=$(sum Total)
echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$total" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
