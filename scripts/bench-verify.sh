#!/usr/bin/env bash
# Anonymous verify under attack: CONCURRENT (default 5) simultaneous POST /api/v1/public/draws/verify of a ~MB-sized
# (default 100) DR1 bundle. Reports each answer's status, the service's peak RSS (VmHWM) and its RSS 15 s after the
# last answer (is the memory given back?). Not a timed test; it runs in about a minute.
#   bash scripts/bench-verify.sh [mb=100] [concurrent=5]
# Runs the service in Release on SQLite in a throw-away folder (verify needs no roster); limits as configured, or
# overridden through the environment (e.g. Public__VerifyConcurrency=100 Public__VerifyPermitsPerMinute=1000).
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-100}
N=${2:-5}
work=${BENCH_DIR:-/tmp/doublerandom-bench-verify}
free_port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }
api="http://127.0.0.1:${BENCH_API_PORT:-$(free_port)}"
mkdir -p "$work"; rm -f "$work"/db* "$work"/answer-*

bundle="$work/bundle-$MB.json"
if [ ! -f "$bundle" ]; then
  # A well-formed bundle of ~MB megabytes: targets with valid leaves, 200 officers, a secret, wrong digests (the
  # verifier runs the whole draw before it finds the first mismatch).
  python3 - "$bundle" "$MB" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
n = mb * 1024 * 1024 // 28  # one leaf line is 28 bytes
with open(path, "w") as f:
    f.write('{"protocol":"DR1","params":{"allocation":{"A":{"ratioBp":100},"B":{"ratioBp":100}},"drawId":"d","groups":20,'
            '"minCertifiedPerGroup":1,"officersPerGroup":5,"protocol":"DR1","requiredDepartments":[],"targetsPerGroup":10,"taskId":"t"},\n"targets":[\n')
    f.write(",\n".join(f'"T|9164{i:014d}|{"AB"[i % 2]}|1"' for i in range(n)))
    f.write('],\n"officers":[' + ",".join(f'"O|NX-{i:04d}|yc|amr|1|1"' for i in range(200)) + '],\n"recusals":[],\n')
    z = "0" * 64
    f.write(f'"commitment":"{z}","entropy":"1-2-3","secret":"{"ab" * 32}","result":[],\n')
    f.write(f'"digests":{{"params":"{z}","targets":"{z}","officers":"{z}","recusals":"{z}","entropy":"{z}","result":"{z}"}}}}\n')
PY
fi
ls -la "$bundle"

dotnet build src/Api -c Release -v q -nologo >/dev/null
dll=src/Api/bin/Release/net10.0/DoubleRandom.Api.dll
export Database__Provider=sqlite Database__ConnectionString="Data Source=$work/db.sqlite" Database__SeedDemoData=false
export Urls="$api" Serilog__MinimumLevel__Default=Warning ASPNETCORE_CONTENTROOT="$(pwd)/src/Api"
dotnet "$dll" >"$work/service.log" 2>&1 &
svc=$!
trap 'kill $svc 2>/dev/null || true' EXIT
until curl -sf "$api/health/ready" >/dev/null; do sleep 0.5; done
rss() { grep -E "^$1" "/proc/$svc/status" | tr -s ' ' | cut -d' ' -f2-; }
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); RSS idle: $(rss VmRSS)"
started=$(date +%s.%N)
for i in $(seq 1 "$N"); do
  curl -s -o "$work/answer-$i" -w "%{http_code} %{time_total}s retry-after=%header{retry-after}\n" \
    -H 'Content-Type: application/json' --data-binary "@$bundle" "$api/api/v1/public/draws/verify" > "$work/answer-$i.status" &
done
wait $(jobs -p | grep -v "^$svc$") 2>/dev/null || true
for i in $(seq 1 "$N"); do echo "request $i: $(cat "$work/answer-$i.status") $(head -c 160 "$work/answer-$i")"; done
echo "all answered after $(python3 -c "print(round($(date +%s.%N)-$started, 1))") s; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peak RSS (VmHWM): $(rss VmHWM); RSS now: $(rss VmRSS)"
sleep 15
echo "RSS 15 s later: $(rss VmRSS)"
