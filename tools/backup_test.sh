#!/usr/bin/env bash
# `kenes backup` and `kenes restore` on both databases: the demo installation (directory,
# accounts, appeals with histories, receptions) is backed up while a server has it open, restored
# into a fresh database, and every table of the copy is compared with the original (row counts
# and content digests, `kenes table-digests`). A restore into a database that is not empty must be
# refused and change nothing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"
kenes="$KENES_ROOT/build/kenes"
tmp=$(mktemp -d /tmp/kenes-backup.XXXXXX)
chmod 755 "$tmp"
PG_DIR="$tmp/pg" SERVE_PID=""
cleanup() {
  stop_pid "$SERVE_PID"
  [ -d "$PG_DIR" ] && tools/pg_cluster.sh stop "$PG_DIR" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# Every table's row count and digest (platform/db/table_digest.hpp), the same on both databases.
digest() { "$kenes" table-digests --database-url "$1"; }

# Serves the database while the backup runs, as an installation would.
serve() {
  local url=$1 port
  port=$(free_port)
  (cd "$tmp" && exec "$kenes" serve --host 127.0.0.1 --port "$port" --database-url "$url" \
    --web-root /nonexistent) >"$tmp/serve.log" 2>&1 &
  SERVE_PID=$!
  wait_http "http://127.0.0.1:$port/healthz" "$SERVE_PID" 30
  echo "$port"
}

check_db() {
  local kind=$1 url=$2 backup=$3 restored=$4 digest=$5
  "$kenes" migrate --database-url "$url" >/dev/null
  "$kenes" seed --demo --database-url "$url" >/dev/null
  serve "$url" >/dev/null
  # The start's jobs (the demo's fan-outs, notices) first: what they write after the backup's
  # snapshot would be in the source and not in the copy. The backup still runs beside the server.
  wait_idle "$SERVE_PID" 30 >&2
  "$kenes" backup --database-url "$url" --to "$backup"
  stop_pid "$SERVE_PID"; SERVE_PID=""
  "$kenes" restore --from "$backup" --database-url "$restored"
  local a b
  a=$($digest "$url")
  b=$($digest "$restored")
  if [ "$a" != "$b" ]; then
    echo "FAIL $kind: the restored copy differs:" >&2
    diff <(echo "$a") <(echo "$b") >&2 || true
    return 1
  fi
  echo "ok   $kind: $(echo "$a" | wc -l) tables, $(echo "$a" | awk '{s+=$2} END {print s}') rows restored identical"
  if "$kenes" restore --from "$backup" --database-url "$restored" 2>"$tmp/refused.log"; then
    echo "FAIL $kind: a restore into a non-empty database was accepted" >&2
    return 1
  fi
  grep -q "not empty" "$tmp/refused.log" || { cat "$tmp/refused.log" >&2; return 1; }
  [ "$($digest "$restored")" = "$b" ] || { echo "FAIL $kind: the refused restore changed data" >&2; return 1; }
  echo "ok   $kind: a restore into a non-empty database is refused and changes nothing"
}

check_db sqlite "sqlite:$tmp/a.db" "$tmp/a.backup" "sqlite:$tmp/restored.db" digest

url=$(tools/pg_cluster.sh start "$PG_DIR")
psql -q "$url" -c "CREATE DATABASE kenes_restore"
check_db postgresql "$url" "$tmp/pg.backup" "${url%/*}/kenes_restore" digest
