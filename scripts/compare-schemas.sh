#!/usr/bin/env bash
# Proves that two versions of the migrations build the same database, for both providers:
#
#   scripts/compare-schemas.sh [OLD_REF] [NEW_REF]
#
# OLD_REF (default: 44dc8dc, the last commit before the squash, ADR 12) and NEW_REF (default: this working tree,
# uncommitted changes included) are each built, and each migrates a fresh PostgreSQL database (in a throw-away cluster this script
# starts, or on DOUBLERANDOM_COMPARE_PG, an admin connection string like "host=… user=postgres") and a fresh SQLite
# file with `dotnet ef database update` (the plain EF migrator, no application code). scripts/audit-app-role.sql of
# each version then runs on its PostgreSQL database. Compared: `pg_dump --schema-only` (tables, columns, constraints,
# indexes, functions, triggers, grants, storage, collations) and SQLite's description of its schema (see sqlite_schema
# below). The migration history rows are not part of either; their counts are printed for information. Exit code 0
# when both pairs are identical, 1 otherwise; KEEP_DUMPS=<folder> keeps the four descriptions.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
# 44dc8dc: the last commit with the migrations the squash replaced (14 for PostgreSQL, 12 for SQLite; ADR 12).
old_ref=${1:-44dc8dc}
new_ref=${2:-}

work=$(mktemp -d /tmp/doublerandom-compare-XXXXXX)
chmod 755 "$work"
cleanup() {
  if [ -n "${pg_data:-}" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The two trees: a committed ref is exported with git archive (no worktree is created), the default new tree is this one.
tree() {
  local ref=$1 dir=$2
  if [ -z "$ref" ]; then
    echo "$repo"
  else
    mkdir -p "$dir"
    git archive "$ref" | tar -x -C "$dir"
    echo "$dir"
  fi
}
old_tree=$(tree "$old_ref" "$work/old-tree")
new_tree=$(tree "$new_ref" "$work/new-tree")
echo "old: $old_ref ($(git rev-parse --short "$old_ref"))"
echo "new: ${new_ref:-working tree $(git rev-parse --short HEAD)+}"

# PostgreSQL: a throw-away cluster on a private socket, unless one is given.
if [ -n "${DOUBLERANDOM_COMPARE_PG:-}" ]; then
  admin=$DOUBLERANDOM_COMPARE_PG
  pg_bin=$(dirname "$(command -v pg_dump)")
else
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_data=$work/pg
  mkdir -p "$pg_data"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_data"
  as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/log" \
    -o "-c listen_addresses='' -k $pg_data -c fsync=off" start >/dev/null
  admin="host=$pg_data user=postgres"
fi
npgsql() { # libpq "key=value …" (host, port, user, password) and a database → an Npgsql connection string
  local out="" kv key
  for kv in $admin dbname=$1; do
    case ${kv%%=*} in user) key=Username ;; dbname) key=Database ;; *) key=${kv%%=*} ;; esac
    out+="$key=${kv#*=};"
  done
  echo "$out"
}

# SQLite keeps each table's CREATE text as first written, with ALTER TABLE ADD COLUMN appending to it, in creation
# order: the same schema reached by other steps reads differently in `.schema`. So the comparison is SQLite's own
# description, object by object, sorted by name: every column (type, NOT NULL, default, key position), foreign key
# (actions), index (unique, origin, partial, columns, collation, order), the constraint names, AUTOINCREMENT and
# COLLATE clauses of the table's text, and the text of every index and trigger (which ADD COLUMN does not touch).
sqlite_schema() {
  local db=$1 table index
  q() { sqlite3 -separator ' | ' "$db" "$1"; }
  q "SELECT type, name, tbl_name FROM sqlite_schema ORDER BY type, name"
  for table in $(q "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"); do
    echo "table $table"
    q "SELECT '  column', cid, name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo('$table')"
    q "SELECT '  foreign key', id, seq, \"table\", \"from\", \"to\", on_update, on_delete, match
       FROM pragma_foreign_key_list('$table') ORDER BY id, seq"
    for index in $(q "SELECT name FROM pragma_index_list('$table') ORDER BY name"); do
      q "SELECT '  index', name, \"unique\", origin, partial FROM pragma_index_list('$table') WHERE name = '$index'"
      q "SELECT '    key', seqno, cid, name, \"desc\", coll, key FROM pragma_index_xinfo('$index')"
    done
    q "SELECT sql FROM sqlite_schema WHERE name = '$table'" \
      | grep -oE 'CONSTRAINT "[^"]+" (PRIMARY KEY( AUTOINCREMENT)?|FOREIGN KEY|UNIQUE|CHECK)|COLLATE [A-Za-z0-9_]+|CHECK *\(' \
      | sort | sed 's/^/  /' || true
  done
  q "SELECT sql FROM sqlite_schema WHERE type IN ('index', 'trigger', 'view') AND sql IS NOT NULL ORDER BY type, name"
}

migrate() { # tree label
  local dir=$1 label=$2
  (
    cd "$dir"
    dotnet tool restore >/dev/null
    dotnet build src/Infrastructure -c Release -v q -nologo >"$work/$label-build.log" 2>&1 \
      || { cat "$work/$label-build.log"; exit 1; }
    "$pg_bin/psql" "$admin dbname=postgres" -qX -v ON_ERROR_STOP=1 \
      -c "CREATE DATABASE \"$label\" TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
    for context in PostgresAppDbContext SqliteAppDbContext; do
      local connection
      if [ $context = PostgresAppDbContext ]; then connection=$(npgsql "$label"); else connection="Data Source=$work/$label.db"; fi
      dotnet ef database update --project src/Infrastructure --startup-project src/Infrastructure --context $context \
        --configuration Release --no-build --connection "$connection" >"$work/$label-$context.log" 2>&1 \
        || { cat "$work/$label-$context.log"; exit 1; }
    done
    "$pg_bin/psql" "$admin dbname=$label" -qX -v ON_ERROR_STOP=1 -f scripts/audit-app-role.sql >/dev/null
  )
  # pg_dump's \restrict lines carry a random key per run; everything else is the schema.
  "$pg_bin/pg_dump" --schema-only "$admin dbname=$label" | grep -v -E '^\\(un)?restrict ' >"$work/$label.pg.sql"
  sqlite_schema "$work/$label.db" >"$work/$label.sqlite.sql"
  echo "$label: $(grep -c '^CREATE' "$work/$label.pg.sql") PostgreSQL CREATE statements, $(grep -c '^table ' "$work/$label.sqlite.sql") SQLite tables;" \
    "history: $("$pg_bin/psql" "$admin dbname=$label" -qAtX -c 'SELECT count(*) FROM __ef_migrations_history') (PostgreSQL)," \
    "$(sqlite3 "$work/$label.db" 'SELECT count(*) FROM __EFMigrationsHistory') (SQLite) migration(s)"
}

migrate "$old_tree" old
migrate "$new_tree" new

status=0
for kind in pg sqlite; do
  if diff -u "$work/old.$kind.sql" "$work/new.$kind.sql" >"$work/$kind.diff"; then
    echo "$kind: identical ($(wc -l <"$work/old.$kind.sql") lines of schema)"
  else
    echo "$kind: DIFFERENT"
    cat "$work/$kind.diff"
    status=1
  fi
done
if [ -n "${KEEP_DUMPS:-}" ]; then
  mkdir -p "$KEEP_DUMPS" && cp "$work"/*.sql "$KEEP_DUMPS"/ && echo "dumps kept in $KEEP_DUMPS"
fi
exit $status
