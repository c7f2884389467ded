#!/usr/bin/env bash
# The risk feature source benchmark (docs/benchmarks.md "Risk features"): the demo roster (1,000,000 targets) and the
# simulated history of its first 525,000 (430,240 item rows) copied into a throw-away PostgreSQL (the integration
# tests' server), then TrainingSetAsync over the history and CurrentAsync over every operating target, timed.
#   bash scripts/bench-risk-features.sh [targets=1000000] [historyTargets=525000]
set -euo pipefail
cd "$(dirname "$0")/.."
project=bench/DoubleRandom.RiskFeatureBench
dotnet build -c Release "$project" -v q -nologo >/dev/null
echo "before: $(uptime)"
dotnet run -c Release --no-build --project "$project" -- "$@"
echo "after: $(uptime)"
