#!/usr/bin/env bash
# Issue #11 §5: the service's peak memory under the two XLSX attack files, at their real size.
#   bash scripts/bench-import-attacks.sh        (free port unless BENCH_API_PORT is set)
# Builds (in Python, streaming) a ~1 MB XLSX whose shared-string table holds one 1 GiB string, and an XLSX of
# 10,000,000 rows; starts the service in Release on a throw-away SQLite database with the default Imports limits;
# uploads each as a roster-keeper would and reports what the service answered, how long it took, and its peak RSS
# (VmHWM of the service process). Before the limits: 2.4 GiB and a 500; ~5 min of CPU and a 379 MB report.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/doublerandom-bench-attacks}
free_port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }
api_port=${BENCH_API_PORT:-$(free_port)}
api="http://127.0.0.1:${api_port}"
rm -rf "$work/imports" "$work/bench.db"*; mkdir -p "$work"

python3 - "$work" <<'PY'
import os, sys, zipfile
work = sys.argv[1]
head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
types = head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
rels = head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
book = head + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
book_rels = head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
header_row = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
strings = '<si><t>统一社会信用代码</t></si><si><t>名称</t></si><si><t>行政区划代码</t></si>'
sst_open = head + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'

def workbook(path, sheet_rows, extra_strings):
    if os.path.exists(path):
        return
    with zipfile.ZipFile(path + '.tmp', 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', types); z.writestr('_rels/.rels', rels)
        z.writestr('xl/workbook.xml', book); z.writestr('xl/_rels/workbook.xml.rels', book_rels)
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
            f.write((head + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + header_row).encode())
            sheet_rows(f)
            f.write(b'</sheetData></worksheet>')
        with z.open('xl/sharedStrings.xml', 'w', force_zip64=True) as f:
            f.write((sst_open + strings).encode()); extra_strings(f); f.write(b'</sst>')
    os.rename(path + '.tmp', path)

def huge_string(f):
    f.write(b'<si><t>')
    block = b'A' * (1 << 20)
    for _ in range(1024):          # 1 GiB
        f.write(block)
    f.write(b'</t></si>')

def one_row(f):
    f.write(b'<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>640104</v></c></row>')

def ten_million_rows(f):
    # Rows without their optional r="…" references, as the attack's file had them: they compress to almost nothing.
    chunk = b'<row><c t="s"><v>3</v></c><c t="s"><v>3</v></c><c><v>640104</v></c></row>' * 10_000
    for _ in range(1_000):
        f.write(chunk)

workbook(f'{work}/shared-string-1gib.xlsx', one_row, huge_string)
workbook(f'{work}/rows-10m.xlsx', ten_million_rows, lambda f: f.write(b'<si><t>x</t></si>'))
PY
ls -la "$work"/*.xlsx

dotnet build src/Api -c Release -v q -nologo >/dev/null
dll=src/Api/bin/Release/net10.0/DoubleRandom.Api.dll
export Database__Provider=sqlite Database__ConnectionString="Data Source=$work/bench.db" Database__SeedDemoData=false
export Imports__Folder="$work/imports" Urls="$api" Serilog__MinimumLevel__Default=Warning ASPNETCORE_CONTENTROOT="$(pwd)/src/Api"
export Auth__BootstrapAdmin__UserName=bench Auth__BootstrapAdmin__Password='Bench!Passw0rd1'
dotnet "$dll" >"$work/service.log" 2>&1 &
svc=$!
trap 'kill "$svc" 2>/dev/null || true' EXIT
until curl -sf "$api/health/ready" >/dev/null; do sleep 0.5; done
token=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"bench","password":"Bench!Passw0rd1"}' "$api/api/v1/auth/login" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
auth=(-H "Authorization: Bearer $token")
peak() { awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' "/proc/$svc/status"; }
echo "uptime: $(uptime)"
echo "service peak RSS after start: $(peak)"

attack() {
  local file=$1 started code body id status
  started=$(date +%s.%N)
  body=$(curl -s "${auth[@]}" -o - -w '\n%{http_code}' -X POST -F "file=@$work/$file" "$api/api/v1/targets/import?mode=apply")
  code=$(tail -1 <<<"$body"); body=$(sed '$d' <<<"$body")
  if [ "$code" = 202 ]; then
    id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$body")
    while :; do
      body=$(curl -sf "${auth[@]}" "$api/api/v1/import-jobs/$id")
      status=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' <<<"$body")
      case $status in succeeded|rejected|failed) break;; esac
      sleep 0.5
    done
    body=$(python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], "-", j["message"], "- errors:", j["errorCount"])' <<<"$body")
  else
    body=$(python3 -c 'import json,sys; j=json.load(sys.stdin); print(j.get("type"), j.get("errors") or j.get("detail"))' <<<"$body")
  fi
  printf '%s (%s bytes): HTTP %s, %.1f s: %s\n  service peak RSS so far: %s; report files: %s\n' "$file" "$(stat -c %s "$work/$file")" "$code" \
    "$(echo "$(date +%s.%N) - $started" | bc)" "$body" "$(peak)" "$(cat "$work"/imports/*.report.csv 2>/dev/null | wc -c) bytes"
}
attack shared-string-1gib.xlsx
attack rows-10m.xlsx
echo "uptime: $(uptime)"
