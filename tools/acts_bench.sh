#!/usr/bin/env bash
# The registry of legal acts at 50,000 acts (issue 15): `kenes bench-data acts` on a fresh SQLite
# database, then the public list filtered (maslikhat + status, maslikhat + year) and the stemmed
# search (a common Russian word, a rarer Kazakh one, two words) with wrk -t1 -c16. Targets: a
# filtered list p95 ≤ 20 ms, a search p95 ≤ 50 ms. Prints one line per read:
#   acts NAME RPS P50_MS P95_MS P99_MS ERRORS
#
#   tools/acts_bench.sh [COUNT] [SECONDS]   (build first; used by tools/bench.sh)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"

COUNT=${1:-50000} SECS=${2:-5}
TMP=$(mktemp -d /tmp/kenes-acts-bench.XXXXXX)
PID=""
cleanup() { stop_pid "$PID"; rm -rf "$TMP"; }
trap cleanup EXIT
for v in $(compgen -e | grep '^KENES_' | grep -v '^KENES_ROOT$' || true); do unset "$v"; done
DB="sqlite:$TMP/kenes.db"
build/kenes migrate --database-url "$DB" >"$TMP/migrate.log" 2>&1 || { cat "$TMP/migrate.log"; exit 1; }
build/kenes bench-data acts --count "$COUNT" --database-url "$DB" | tail -1
PORT=$(free_port)
(cd "$TMP" && KENES_HTTP_ACCESS_LOG=false KENES_LOG_LEVEL=warn KENES_HTTP_MAX_INFLIGHT_PER_CLIENT=100000 \
  exec "$KENES_ROOT/build/kenes" serve --host 127.0.0.1 --port "$PORT" --database-url "$DB") \
  >"$TMP/kenes.log" 2>&1 &
PID=$!
wait_http "http://127.0.0.1:$PORT/healthz" "$PID" 30 || { tail -30 "$TMP/kenes.log"; exit 1; }
BASE="http://127.0.0.1:$PORT/api/v1/public/acts"
m=$(curl -fsS "$BASE?limit=1" | "$SYS_PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["maslikhat_id"])')

read_one() {  # read_one NAME URL
  wrk -t1 -c16 -d"${SECS}s" --latency -s server/bench/http/report.lua "$2" | sed -n 's/^WRK_JSON //p' |
    "$SYS_PYTHON" -c '
import json, sys
r = json.load(sys.stdin)
errors = sum(v for k, v in r.items() if k.startswith("errors_"))
print("acts %s %.0f %.2f %.2f %.2f %d" % (sys.argv[1], r["rps"], r["p50_us"] / 1000, r["p95_us"] / 1000,
                                         r["p99_us"] / 1000, errors))' "$1"
}
enc() { "$SYS_PYTHON" -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

read_one list "$BASE?limit=20"
read_one list_status "$BASE?maslikhat=$m&status=repealed&limit=20"
read_one list_year "$BASE?maslikhat=$m&year=2013&limit=20"
read_one list_year_status "$BASE?year=2013&status=not_in_force_yet&limit=20"
read_one search_ru "$BASE?q=$(enc 'налогов')&limit=20"
read_one search_kk "$BASE?q=$(enc 'жайылымдар')&limit=20"
read_one search_two "$BASE?q=$(enc 'бюджет Бурабайского')&limit=20"
read_one search_filtered "$BASE?q=$(enc 'рекламы')&status=in_force&year=2020&limit=20"
