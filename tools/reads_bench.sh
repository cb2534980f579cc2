#!/usr/bin/env bash
# Signed-in reads (issue 9): the demo staff reads one appeal (staff view, audited), a filtered list,
# a word search in Russian and in Kazakh, and GET /api/v1/me, with wrk -t1 -c64, and anonymously
# the public register's first page, beside
# GET /api/v1/info and nginx serving a 1.4 KB JSON file in the same run. Prints one line per read:
#   reads NAME RPS P99_MS ERRORS
#
#   tools/reads_bench.sh KENES_BASE_URL NGINX_FILE_URL OUT_FILE [SECONDS]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"

BASE=$1 NGINX_URL=$2 OUT=$3 SECS=${4:-5}
creds=$("$SYS_PYTHON" tools/intake_bench.py --base-url "$BASE" --sign-in-only \
  --login staff@demo.kenes.kz --password demo-staff-2026)
cookie=$(sed -n 's/^KENES_COOKIE=//p' <<<"$creds")
json() { curl -fsS -H "Cookie: $cookie" "$BASE$1"; }
maslikhat=$(json /api/v1/me | "$SYS_PYTHON" -c \
  'import json,sys; print(next(r["scope_id"] for r in json.load(sys.stdin)["roles"] if r["role"]=="staff"))')
appeal=$(json "/api/v1/appeals?maslikhat_id=$maslikhat&limit=1" | "$SYS_PYTHON" -c \
  'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

read_one() {  # read_one NAME URL [cookie] [extra header]; CONNS (default 64) connections
  local args=(-t1 -c"${CONNS:-64}" -d"${SECS}s" --latency -s server/bench/http/report.lua)
  [ -z "${3:-}" ] || args+=(-H "Cookie: $3")
  [ -z "${4:-}" ] || args+=(-H "$4")
  wrk "${args[@]}" "$2" | sed -n 's/^WRK_JSON //p' | "$SYS_PYTHON" -c '
import json, sys
r = json.load(sys.stdin)
errors = sum(v for k, v in r.items() if k.startswith("errors_"))
print("reads %s %.0f %.2f %d" % (sys.argv[1], r["rps"], r["p99_us"] / 1000, errors))' "$1"
}

{
  read_one nginx_1400 "$NGINX_URL"
  read_one info "$BASE/api/v1/info"
  read_one me "$BASE/api/v1/me" "$cookie"
  read_one item "$BASE/api/v1/appeals/$appeal" "$cookie"
  read_one list "$BASE/api/v1/appeals?maslikhat_id=$maslikhat&status=in_consideration&limit=20" "$cookie"
  # The same page gzipped (Accept-Encoding: gzip): what compression costs in req/s.
  read_one list_gzip "$BASE/api/v1/appeals?maslikhat_id=$maslikhat&status=in_consideration&limit=20" "$cookie" \
    "Accept-Encoding: gzip"
  read_one search_ru "$BASE/api/v1/appeals?maslikhat_id=$maslikhat&q=%D0%BE%D1%82%D0%BE%D0%BF%D0%BB%D0%B5%D0%BD%D0%B8%D1%8F&limit=20" "$cookie"
  read_one search_kk "$BASE/api/v1/appeals?maslikhat_id=$maslikhat&q=%D0%B6%D0%B0%D1%80%D1%8B%D2%9B&limit=20" "$cookie"
  # Anonymous: the public register's first page (approved entries; issue 11: p99 <= 10 ms). A heavy
  # route: the server admits 2 at once per client address (http.max_heavy_per_client) and answers
  # the rest 429, so one address measures it with 2 connections.
  CONNS=2 read_one public_register "$BASE/api/v1/public/appeals?limit=20"
} | tee "$OUT"
