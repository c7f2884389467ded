#!/usr/bin/env bash
# Adds a migration for both providers: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Infrastructure --startup-project src/Infrastructure \
    --context "${provider}AppDbContext" --output-dir "Persistence/Migrations/${provider}"
done
rm -f src/Infrastructure/design.db
