#!/usr/bin/env bash
# Evaluation report benchmark (docs/benchmarks.md, "Evaluation report"): seeds a throw-away PostgreSQL cluster with
# 1,000,000 targets, 17 closed tasks of 2026 with sealed draws and ~100,000 final records (items, follow-ups,
# publications), then times the facts read twice (the digest must agree) and prints the peak working set. With
# --pipeline it also builds the report and renders PDF and HTML (needs i17-build and i17-render merged).
#   bash scripts/bench-evaluation-report.sh                      (1,000,000 targets, facts only)
#   bash scripts/bench-evaluation-report.sh --pipeline           (the whole report)
#   bash scripts/bench-evaluation-report.sh --targets 200000
set -euo pipefail
exec bash "$(dirname "$0")/bench-postgres.sh" bench/DoubleRandom.EvaluationBench "$@"
