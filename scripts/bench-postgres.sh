#!/usr/bin/env bash
# Runs a bench project against a throw-away PostgreSQL cluster (the newest installed server; removed afterwards), then
# prints PostgreSQL's statements over 300 ms. Used by the bench-*.sh scripts:
#   bash scripts/bench-postgres.sh bench/DoubleRandom.RiskScoreBench --targets 200000
set -euo pipefail
cd "$(dirname "$0")/.."
project=$1
shift
dotnet build -c Release "$project" -v q -nologo >/dev/null
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/pgbench-XXXXXX)
port=$((20000 + RANDOM % 20000))
run=()
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; run=(runuser -u postgres --); fi
cleanup() {
  # The statements over 300 ms, as PostgreSQL timed them.
  grep -o 'duration: .*' "$dir/log" 2>/dev/null | cut -c1-150 || true
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
"${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c log_min_duration_statement=300 ${PG_BENCH_OPTS:-}" start >/dev/null
"${run[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench"
uptime
dotnet run -c Release --no-build --project "$project" -- "$@" \
  --Database:Provider=postgres "--Database:ConnectionString=Host=127.0.0.1;Port=$port;Database=bench;Username=postgres" \
  --Database:SeedDemoData=false
uptime
