#!/usr/bin/env bash
# Public posts (issue 14): the newest 20 of a maslikhat's posts, one post's page (JSON with the
# rendered body) and its RSS feed, anonymous, with wrk -t1 -c64, beside nginx serving a 1.4 KB JSON
# file in the same run. Prints one line per read:
#   posts NAME RPS P99_MS ERRORS
#
#   tools/posts_bench.sh KENES_BASE_URL NGINX_FILE_URL OUT_FILE [SECONDS] [POST_ID]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"

BASE=$1 NGINX_URL=$2 OUT=$3 SECS=${4:-5}
# A post from the middle of the table by default, not the newest (its page must not depend on
# being first): bench-data makes 100,000 after the demo's few.
middle=${5:-50000}
maslikhat=$(curl -fsS "$BASE/api/v1/public/posts/$middle" | "$SYS_PYTHON" -c \
  'import json,sys; print(json.load(sys.stdin)["maslikhat_id"])')

read_one() {  # read_one NAME URL
  wrk -t1 -c64 -d"${SECS}s" --latency -s server/bench/http/report.lua "$2" | sed -n 's/^WRK_JSON //p' |
    "$SYS_PYTHON" -c '
import json, sys
r = json.load(sys.stdin)
errors = sum(v for k, v in r.items() if k.startswith("errors_"))
print("posts %s %.0f %.2f %d" % (sys.argv[1], r["rps"], r["p99_us"] / 1000, errors))' "$1"
}

{
  read_one nginx_1400 "$NGINX_URL"
  read_one list "$BASE/api/v1/public/posts?maslikhat=$maslikhat&lang=kk&limit=20"
  read_one page "$BASE/api/v1/public/posts/$middle?lang=ru"
  read_one rss "$BASE/api/v1/maslikhats/$maslikhat/posts.rss?lang=kk"
} | tee "$OUT"
