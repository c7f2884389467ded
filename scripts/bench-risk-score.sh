#!/usr/bin/env bash
# Risk scoring benchmark (docs/benchmarks.md, "Risk scoring"): loads N targets into a throw-away PostgreSQL cluster,
# trains a model with the real engine, then times one re-score (features, scoring, quantile tiers, bulk write) and
# prints the phases and the process's peak working set. The cluster is removed afterwards.
#   bash scripts/bench-risk-score.sh                 (1,000,000 targets)
#   bash scripts/bench-risk-score.sh --targets 200000
set -euo pipefail
exec bash "$(dirname "$0")/bench-postgres.sh" bench/DoubleRandom.RiskScoreBench "$@"
