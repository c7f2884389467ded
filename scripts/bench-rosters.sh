#!/usr/bin/env bash
# Roster benchmark on PostgreSQL: generate N demo targets, import them through the API (a background job),
# report rows/s and the service's peak RSS, re-import (idempotency), then time searches on the loaded roster.
#   bash scripts/bench-rosters.sh [targets=1000000]   (free ports unless BENCH_PG_PORT / BENCH_API_PORT are set)
# Starts its own throw-away PostgreSQL cluster (default settings, fsync on) and the service in Release, set up as in
# production: migrated by the owner (postgres), scripts/audit-app-role.sql applied, served as doublerandom_app.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
work=${BENCH_DIR:-/tmp/doublerandom-bench-rosters}
free_port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }
port=${BENCH_PG_PORT:-$(free_port)}
api_port=${BENCH_API_PORT:-$(free_port)}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
api="http://127.0.0.1:${api_port}"

rm -rf "$work/pg" "$work/imports"; mkdir -p "$work"
chmod 777 "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_wal_size=4GB -c log_min_duration_statement=300" -l "$work/pg.log" -w start >/dev/null
cleanup() { [ -n "${svc:-}" ] && kill "$svc" 2>/dev/null || true; as_pg "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench" >/dev/null

dotnet build src/Api -c Release -v q -nologo >/dev/null
dll=src/Api/bin/Release/net10.0/DoubleRandom.Api.dll
if [ ! -f "$work/demo-$N/targets.csv" ]; then
  dotnet "$dll" generate-demo --targets "$N" --seed 42 --out "$work/demo-$N"
fi
ls -la "$work/demo-$N/targets.csv"

export Database__Provider=postgres Database__SeedDemoData=true Imports__Folder="$work/imports"
export Urls="$api" Serilog__MinimumLevel__Default=Warning ASPNETCORE_CONTENTROOT="$(pwd)/src/Api"
Database__ConnectionString="Host=127.0.0.1;Port=$port;Database=bench;Username=postgres" dotnet "$dll" migrate >/dev/null
as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d bench -qv ON_ERROR_STOP=1 <scripts/audit-app-role.sql >/dev/null
export Database__MigrateOnStartup=false
export Database__ConnectionString="Host=127.0.0.1;Port=$port;Database=bench;Username=doublerandom_app;Maximum Pool Size=20"
# A known administrator for the bench (the throw-away database has no other user).
export Auth__BootstrapAdmin__UserName=bench Auth__BootstrapAdmin__Password='Bench!Passw0rd1' Auth__AccessTokenMinutes=120
env "Serilog__MinimumLevel__Override__DoubleRandom.Infrastructure.Rosters=Information" \
  "Serilog__MinimumLevel__Override__DoubleRandom.Application.Rosters.Imports=Information" dotnet "$dll" >"$work/service.log" 2>&1 &
svc=$!
until curl -sf "$api/health/ready" >/dev/null; do kill -0 "$svc" 2>/dev/null || { tail -20 "$work/service.log"; exit 1; }; sleep 0.5; done
token=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"bench","password":"Bench!Passw0rd1"}' "$api/api/v1/auth/login" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
auth=(-H "Authorization: Bearer $token")

import() {
  local started json id status
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  started=$(date +%s.%N)
  json=$(curl -sf "${auth[@]}" -X POST -F "file=@$work/demo-$N/targets.csv" "$api/api/v1/targets/import?mode=apply")
  id=$(echo "$json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  while :; do
    json=$(curl -sf "${auth[@]}" "$api/api/v1/import-jobs/$id")
    status=$(echo "$json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    case $status in succeeded|rejected|failed) break;; esac
    sleep 1
  done
  echo "$json" | python3 -c "
import json,sys,datetime
j=json.load(sys.stdin)
p=lambda s: datetime.datetime.fromisoformat(s.replace('Z','+00:00'))
job=(p(j['finishedAtUtc'])-p(j['startedAtUtc'])).total_seconds()
print(f\"{j['status']}: {j['rowsDone']} rows, inserted {j['inserted']}, updated {j['updated']}, unchanged {j['unchanged']}, errors {j['errorCount']}\")
print(f'job time {job:.1f} s = {j[\"rowsDone\"]/job:,.0f} rows/s; upload+job wall {$(date +%s.%N)-$started:.1f} s')"
  grep -E 'VmHWM|VmRSS' "/proc/$svc/status" | tr -s ' '
  # The importer's own phase line (copy / merge and index builds / commit), and the load the run saw.
  grep -o "Import $id: .*" "$work/service.log" || true
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "== import $N targets (apply)"; import
echo "== re-import the same file (must change nothing)"; import
echo "== searches on $(as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d bench -tAc 'select count(*) from targets') targets (best of 3, seconds)"
for q in "" "riskTier=D" "regionPrefix=6401" "regionPrefix=640104&riskTier=C&status=active" "kind=enterprise&industrySection=H" \
         "department=fire" "tag=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("重点监管"))')" \
         "q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("鑫源商贸"))')" "q=916401" "sort=-registeredCapital&riskTier=A" \
         "sort=name&page=200"; do
  best=99
  for _ in 1 2 3; do
    t=$(curl -sf "${auth[@]}" -o /dev/null -w '%{time_total}' "$api/api/v1/targets?pageSize=20&$q")
    best=$(python3 -c "print(min($best, $t))")
  done
  printf '%-60s %s\n' "${q:-<no filter>}" "$best"
done
