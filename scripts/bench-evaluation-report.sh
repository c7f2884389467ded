#!/usr/bin/env bash
# Evaluation report benchmark (docs/benchmarks.md, "Evaluation report"): seeds a throw-away PostgreSQL cluster with
# 1,000,000 targets, 17 closed tasks of 2026 with sealed draws and ~100,000 final records (items, follow-ups,
# publications), then times the facts read twice (the digest must agree) and prints the peak working set. With
# --pipeline it also builds the report and renders PDF and HTML (needs i17-build and i17-render merged).
#   bash scripts/bench-evaluation-report.sh                      (1,000,000 targets, facts only)
#   bash scripts/bench-evaluation-report.sh --pipeline           (the whole report)
#   bash scripts/bench-evaluation-report.sh --targets 200000
set -euo pipefail
cd "$(dirname "$0")/.."
project=bench/DoubleRandom.EvaluationBench
dotnet build -c Release "$project" -v q -nologo >/dev/null
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/evalbench-XXXXXX)
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
