#!/usr/bin/env bash
# `kenes migrate-db` end to end (test stage `migrate-db`): a demo installation on SQLite gets some
# filings, a photo and a session through the API; it is moved to a fresh PostgreSQL; every table
# of the copy is compared with the original (`kenes table-digests`, computed independently of the
# copy's own check); `kenes serve` on the copy answers the same session, appeals, talons and photo
# (tools/migrate_db_check.py); a second move into the now non-empty database is refused, exit ≠ 0,
# and changes nothing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"
kenes="$KENES_ROOT/build/kenes"
tmp=$(mktemp -d /tmp/kenes-migrate-db.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp/run"
PG_DIR="$tmp/pg" SERVE_PID="" BASE=""
cleanup() {
  stop_pid "$SERVE_PID"
  [ -d "$PG_DIR" ] && tools/pg_cluster.sh stop "$PG_DIR" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# Serves `url` from $tmp/run, whose ./var/files holds the uploads on either database; sets BASE
# and SERVE_PID (not in a subshell: the server must be stopped before the copy).
serve() {
  local url=$1 port
  port=$(free_port)
  (cd "$tmp/run" && exec "$kenes" serve --host 127.0.0.1 --port "$port" --database-url "$url" \
    --web-root /nonexistent) >>"$tmp/serve.log" 2>&1 &
  SERVE_PID=$!
  wait_http "http://127.0.0.1:$port/healthz" "$SERVE_PID" 30 || { tail -20 "$tmp/serve.log" >&2; return 1; }
  BASE="http://127.0.0.1:$port"
}

sqlite="sqlite:$tmp/run/kenes.db"
"$kenes" migrate --database-url "$sqlite" >/dev/null
"$kenes" seed --demo --database-url "$sqlite" >/dev/null
serve "$sqlite"
"$SYS_PYTHON" tools/migrate_db_check.py before "$BASE" "$tmp/state.json"
stop_pid "$SERVE_PID"; SERVE_PID=""

pg=$(tools/pg_cluster.sh start "$PG_DIR")
"$kenes" migrate-db --from "$sqlite" --to "$pg" | tail -1
a=$("$kenes" table-digests --database-url "$sqlite")
b=$("$kenes" table-digests --database-url "$pg")
if [ "$a" != "$b" ]; then
  echo "FAIL the PostgreSQL copy differs:" >&2
  diff <(echo "$a") <(echo "$b") >&2 || true
  exit 1
fi
echo "ok   $(echo "$a" | wc -l) tables, $(echo "$a" | awk '{s+=$2} END {print s}') rows equal on both sides"

serve "$pg"
"$SYS_PYTHON" tools/migrate_db_check.py after "$BASE" "$tmp/state.json"
stop_pid "$SERVE_PID"; SERVE_PID=""

before=$("$kenes" table-digests --database-url "$pg")
rc=0
"$kenes" migrate-db --from "$sqlite" --to "$pg" >"$tmp/refused.out" 2>"$tmp/refused.log" || rc=$?
if [ "$rc" -eq 0 ] || ! grep -q "not empty" "$tmp/refused.log"; then
  echo "FAIL a move into a non-empty database was not refused (exit $rc):" >&2
  cat "$tmp/refused.log" >&2
  exit 1
fi
[ "$("$kenes" table-digests --database-url "$pg")" = "$before" ] ||
  { echo "FAIL the refused move changed the target" >&2; exit 1; }
echo "ok   a move into a non-empty database is refused (exit $rc) and changes nothing"
