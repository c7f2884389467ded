#!/usr/bin/env bash
# Audit append benchmark against a throw-away PostgreSQL cluster with durable defaults (fsync on,
# synchronous_commit on), removed afterwards. Extra server settings: PG_BENCH_OPTS="-c synchronous_commit=off".
# Against an existing server instead: AUDIT_BENCH_PG="Host=…;Username=…;Database=postgres" bash bench/DoubleRandom.AuditBench/run.sh
# Arguments go to the benchmark: --seconds 5 --writers 1,8,32
set -euo pipefail
cd "$(dirname "$0")/../.."
project=bench/DoubleRandom.AuditBench
dotnet build -c Release "$project" -v q -nologo >/dev/null
if [ -n "${AUDIT_BENCH_PG:-}" ]; then
  exec dotnet run -c Release --no-build --project "$project" -- --connection "$AUDIT_BENCH_PG" "$@"
fi

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/auditbench-XXXXXX)
port=$((20000 + RANDOM % 20000))
run=()
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; run=(runuser -u postgres --); fi
cleanup() { "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
"${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 ${PG_BENCH_OPTS:-}" start >/dev/null
dotnet run -c Release --no-build --project "$project" -- \
  --connection "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" "$@"
