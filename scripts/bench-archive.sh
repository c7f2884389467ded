#!/usr/bin/env bash
# Electronic-archive benchmark on PostgreSQL (docs/benchmarks.md#electronic-archive): a sealed draw of N targets in 50
# groups (scripts/bench-records.py --setup-only), one record and one 4 kB evidence photo per target seeded straight into
# the database and the file store (scripts/bench-archive.py), the task closed, archived (timed) and the ZIP verified with
# archive-verify (timed); reports ZIP size and the service's peak RSS (VmHWM).
#   bash scripts/bench-archive.sh [targets=10000]   (free ports unless BENCH_PG_PORT / BENCH_API_PORT are set)
# Starts its own throw-away PostgreSQL cluster and the service in Release as in production (migrated by the owner,
# scripts/audit-app-role.sql applied, served as doublerandom_app). Not a test: run it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
C=50
work=${BENCH_DIR:-/tmp/doublerandom-bench-archive}
free_port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }
port=${BENCH_PG_PORT:-$(free_port)}
api_port=${BENCH_API_PORT:-$(free_port)}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
api="http://127.0.0.1:${api_port}"

rm -rf "$work/pg" "$work/imports" "$work/uploads" "$work/files"; mkdir -p "$work"
chmod 777 "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c max_wal_size=2GB" \
  -l "$work/pg.log" -w start >/dev/null
cleanup() { [ -n "${svc:-}" ] && kill "$svc" 2>/dev/null || true; as_pg "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench" >/dev/null

dotnet build src/Api -c Release -v q -nologo >/dev/null
dll=src/Api/bin/Release/net10.0/DoubleRandom.Api.dll
targets=$(( N * 13 / 10 ))
[ -f "$work/demo-$targets/targets.csv" ] || dotnet "$dll" generate-demo --targets "$targets" --seed 42 --out "$work/demo-$targets" >/dev/null

export Database__Provider=postgres Database__SeedDemoData=false Imports__Folder="$work/imports"
export Urls="$api" Serilog__MinimumLevel__Default=Warning ASPNETCORE_CONTENTROOT="$(pwd)/src/Api"
Database__ConnectionString="Host=127.0.0.1;Port=$port;Database=bench;Username=postgres" dotnet "$dll" migrate >/dev/null
as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d bench -qv ON_ERROR_STOP=1 <scripts/audit-app-role.sql >/dev/null
export Database__MigrateOnStartup=false
export Database__ConnectionString="Host=127.0.0.1;Port=$port;Database=bench;Username=doublerandom_app;Maximum Pool Size=50"
# A known administrator, tokens that outlive the run, and sign-ins for the 50 inspectors from one address.
export Auth__BootstrapAdmin__UserName=bench Auth__BootstrapAdmin__Password='Bench!Passw0rd1' Auth__AccessTokenMinutes=120
export Auth__SignInPermitLimit=1000 Public__BaseUrl="$api" Evidence__UploadFolder="$work/uploads" Attachments__Folder="$work/files"
dotnet "$dll" >"$work/service.log" 2>&1 &
svc=$!
until curl -sf "$api/health/ready" >/dev/null; do kill -0 "$svc" 2>/dev/null || { tail -20 "$work/service.log"; exit 1; }; sleep 0.5; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
status=0
ids=$(python3 scripts/bench-records.py --api "$api" --targets-csv "$work/demo-$targets/targets.csv" --records "$N" --clients "$C" --setup-only | tee /dev/stderr | grep '^TASK')
task=$(echo "$ids" | cut -d' ' -f2); draw=$(echo "$ids" | cut -d' ' -f4)
python3 scripts/bench-archive.py --api "$api" --task "$task" --draw "$draw" --files "$work/files" --work "$work" --dll "$dll" --pid "$svc" \
  --psql "$(command -v runuser >/dev/null && [ "$(id -u)" = 0 ] && echo runuser -u postgres --) $bin/psql -h 127.0.0.1 -p $port -U postgres -d bench" || status=$?
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
