#!/usr/bin/env bash
# Rewrites docs/openapi.json from the document the service serves (the test that compares them, with
# DOUBLERANDOM_UPDATE_OPENAPI=1). Needs what scripts/test.sh needs (PostgreSQL binaries for the test database).
set -euo pipefail
cd "$(dirname "$0")/.."
DOUBLERANDOM_UPDATE_OPENAPI=1 dotnet test tests/Api.IntegrationTests --configuration Release \
  --filter "FullyQualifiedName~DoubleRandom.Api.IntegrationTests.OpenApi.CheckedInDocumentTests" "$@"
git diff --stat -- docs/openapi.json
