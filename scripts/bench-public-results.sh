#!/usr/bin/env bash
# Public results benchmark on PostgreSQL (docs/benchmarks.md#public-results-and-the-national-export): 1,000,000
# published results bulk-inserted by COPY into a scratch database (100 tasks of 2024–2026, one of them with 10,000
# targets × 2 items), then (1) the anonymous search shapes — by code, by enterprise, by name prefix, by task, by year,
# a deep page — from concurrent keep-alive clients, p50/p95/p99 per shape (scripts/bench-public-results.py), and (2) the
# national publicity export of the 10,000-target task in UTF-8 and GB18030: bytes, time, and the service's peak RSS.
#   bash scripts/bench-public-results.sh [rows=1000000] [requests per shape=300] [clients=8]
# Starts its own throw-away PostgreSQL cluster and the service in Release, set up as in production: migrated by the
# owner (postgres), scripts/audit-app-role.sql applied, served as doublerandom_app. Not a test: run it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
R=${2:-300}
C=${3:-8}
work=${BENCH_DIR:-/tmp/doublerandom-bench-public}
free_port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }
port=${BENCH_PG_PORT:-$(free_port)}
api_port=${BENCH_API_PORT:-$(free_port)}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
api="http://127.0.0.1:${api_port}"

rm -rf "$work/pg"; mkdir -p "$work/data"
chmod 777 "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_wal_size=2GB" \
  -l "$work/pg.log" -w start >/dev/null
cleanup() { [ -n "${svc:-}" ] && kill "$svc" 2>/dev/null || true; as_pg "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
psql_pg() { as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d bench -qv ON_ERROR_STOP=1 "$@"; }
as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench" >/dev/null

dotnet build src/Api -c Release -v q -nologo >/dev/null
dll=src/Api/bin/Release/net10.0/DoubleRandom.Api.dll
export Database__Provider=postgres Database__SeedDemoData=false
export Urls="$api" Serilog__MinimumLevel__Default=Warning ASPNETCORE_CONTENTROOT="$(pwd)/src/Api"
Database__ConnectionString="Host=127.0.0.1;Port=$port;Database=bench;Username=postgres" dotnet "$dll" migrate >/dev/null
psql_pg <scripts/audit-app-role.sql >/dev/null

t0=$(date +%s.%N)
[ -f "$work/data/results-$N.tsv" ] || {
  python3 scripts/bench-public-results.py generate --rows "$N" --out "$work/data" >"$work/data/plan.json"
  mv "$work/data/results.tsv" "$work/data/results-$N.tsv"
}
psql_pg -c "\copy inspection_tasks (id, created_at_utc, created_by, updated_at_utc, updated_by, version, year, name, settings, status, is_frozen, current_draw_id, closed_at_utc, copied_from_id) FROM '$work/data/tasks.tsv'"
psql_pg -c "\copy task_publications (id, created_at_utc, created_by, updated_at_utc, updated_by, version, task_id, completed_on, deadline_on, published_at_utc, published_by, result_count) FROM '$work/data/publications.tsv'"
psql_pg -c "\copy published_results (id, created_at_utc, created_by, updated_at_utc, updated_by, version, task_id, task_name, year, target_code, target_name, target_kind, item_id, item_name, result_category_code, result_category_name_zh, result_category_name_en, inspected_on, published_on, authority, corrected_on) FROM '$work/data/results-$N.tsv'"
psql_pg -c "VACUUM ANALYZE published_results"
t1=$(date +%s.%N)
echo "loaded $(psql_pg -tAc 'SELECT count(*) FROM published_results') published results in $(python3 -c "print(round($t1 - $t0, 1))") s (generate + COPY + VACUUM ANALYZE); table + indexes $(psql_pg -tAc "SELECT pg_size_pretty(pg_total_relation_size('published_results'))")"

export Database__MigrateOnStartup=false
export Database__ConnectionString="Host=127.0.0.1;Port=$port;Database=bench;Username=doublerandom_app;Maximum Pool Size=50"
export Auth__BootstrapAdmin__UserName=bench Auth__BootstrapAdmin__Password='Bench!Passw0rd1' Auth__AccessTokenMinutes=120
export PublicResults__PermitsPerMinute=1000000 Public__BaseUrl="$api"
dotnet "$dll" >"$work/service.log" 2>&1 &
svc=$!
until curl -sf "$api/health/ready" >/dev/null; do kill -0 "$svc" 2>/dev/null || { tail -20 "$work/service.log"; exit 1; }; sleep 0.5; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
status=0
python3 scripts/bench-public-results.py search --api "$api" --plan "$work/data/plan.json" --requests "$R" --clients "$C" || status=$?
echo "load after search: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'VmHWM|VmRSS' "/proc/$svc/status" | tr -s ' '

token=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"bench","password":"Bench!Passw0rd1"}' "$api/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
for enc in utf-8 gb18030; do
  curl -sf -H "Authorization: Bearer $token" -o "$work/export-$enc.csv" \
    -w "export $enc: HTTP %{http_code}, %{size_download} bytes, first byte %{time_starttransfer} s, total %{time_total} s\n" \
    "$api/api/v1/tasks/0190f000-0000-7000-8000-000000000001/publication/export.csv?encoding=$enc"
  echo "  lines: $(wc -l <"$work/export-$enc.csv")"
done
echo "load after export: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'VmHWM|VmRSS' "/proc/$svc/status" | tr -s ' '
exit $status
