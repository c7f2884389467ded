#!/usr/bin/env bash
# The risk engine benchmark (docs/benchmarks.md "Risk model"): trains on ~500,000 weighted synthetic item rows (both
# trainers) and scores 1,000,000 targets, in memory. Arguments go to the benchmark: --targets 350000 --score 1000000.
# LightGbm needs OpenMP (Debian libgomp1).
set -euo pipefail
cd "$(dirname "$0")/.."
project=bench/DoubleRandom.RiskBench
dotnet build -c Release "$project" -v q -nologo >/dev/null
echo "before: $(uptime)"
dotnet run -c Release --no-build --project "$project" -- "$@"
echo "after: $(uptime)"
