#!/usr/bin/env bash
# SQL injection probe (the `sqlmap` stage of tools/test_all.sh): starts a seeded Kenes (SQLite, demo
# data) on a free port, signs in as the demo staff account, and runs sqlmap (Debian) in batch mode
# against the query parameters of the list and search endpoints, with the staff session cookie
# (staff see the most rows). Fails if sqlmap reports any injectable parameter, if a probe got a 500 (a query
# that broke is a lead), if the server died, or if the run did not finish within its time budget.
#
#   tools/sqlmap_probe.sh                      # needs build/kenes (make build)
#   KENES_SQLMAP_SECONDS=900 KENES_SQLMAP_LEVEL=5 tools/sqlmap_probe.sh   # longer, by hand
#   KENES_SQLMAP_KEEP=1 tools/sqlmap_probe.sh   # keep the temporary directory (sqlmap output, log)
set -euo pipefail

. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"

budget=${KENES_SQLMAP_SECONDS:-360}  # sqlmap itself; the stage adds ~10 s of start-up
level=${KENES_SQLMAP_LEVEL:-3}
risk=${KENES_SQLMAP_RISK:-3}
KENES_BIN=$KENES_ROOT/build/kenes
[ -x "$KENES_BIN" ] || { echo "sqlmap_probe: $KENES_BIN missing (make build)" >&2; exit 1; }
command -v sqlmap >/dev/null || { echo "sqlmap_probe: sqlmap missing (tools/install_deps.sh)" >&2; exit 1; }

# Hermetic: no KENES_* settings from the caller's environment leak into the server.
for v in $(compgen -e | grep '^KENES_' | grep -v -e '^KENES_ROOT$' -e '^KENES_SQLMAP_' || true); do
  unset "$v"
done

tmp=$(mktemp -d /tmp/kenes-sqlmap.XXXXXX)
KENES_PID=""
cleanup() {
  stop_pid "$KENES_PID"
  if [ -z "${KENES_SQLMAP_KEEP:-}" ]; then rm -rf "$tmp"; else log "kept $tmp"; fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT
mkdir -p "$tmp/run" "$tmp/sqlmap"

db="sqlite:$tmp/run/kenes.db"
"$KENES_BIN" migrate --database-url "$db" >/dev/null
"$KENES_BIN" seed --demo --database-url "$db" >/dev/null
port=$(free_port)
base="http://127.0.0.1:$port"
# Its own directory: no kenes.toml is read, mail goes to $tmp/run/var/mail.
(cd "$tmp/run" && exec "$KENES_BIN" serve --host 127.0.0.1 --port "$port" --database-url "$db") \
  >"$tmp/kenes.log" 2>&1 &
KENES_PID=$!
if ! wait_http "$base/healthz" "$KENES_PID" 30; then
  echo "--- kenes log" >&2; tail -50 "$tmp/kenes.log" >&2
  exit 1
fi

# Sign in as the demo staff account: CSRF is double-submit (cookie kenes_csrf echoed in a header).
jar=$tmp/cookies.txt
curl -fsS -c "$jar" -b "$jar" -o /dev/null "$base/api/v1/csrf"
csrf=$(awk '$6 == "kenes_csrf" { print $7 }' "$jar")
[ -n "$csrf" ] || { echo "sqlmap_probe: no kenes_csrf cookie from /api/v1/csrf" >&2; exit 1; }
curl -fsS -c "$jar" -b "$jar" -o "$tmp/me.json" -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: application/json' \
  -d '{"login":"staff@demo.kenes.kz","password":"demo-staff-2026"}' "$base/api/v1/auth/login"
session=$(awk '$6 == "kenes_session" { print $7 }' "$jar")
[ -n "$session" ] || { echo "sqlmap_probe: login gave no kenes_session cookie" >&2; exit 1; }

# Real ids from the demo data, so that the probed queries have rows to tell apart.
get() { curl -fsS -b "$jar" "$base$1"; }
json_field() { "$SYS_PYTHON" -c "import json, sys
d = json.load(sys.stdin)
for k in sys.argv[1].split('.'):
    d = d[int(k)] if isinstance(d, list) else d[k]
print(d)" "$1"; }
maslikhat=$(get /api/v1/me | "$SYS_PYTHON" -c 'import json, sys
me = json.load(sys.stdin)
print(next(r["scope_id"] for r in me["roles"] if r["role"] == "staff"))')
okrug=$(get "/api/v1/maslikhats/$maslikhat/okrugs" | json_field items.0.id)
deputy=$(get "/api/v1/deputies?maslikhat_id=$maslikhat" | json_field items.0.id)
appeal=$(get "/api/v1/appeals?maslikhat_id=$maslikhat" | json_field items.0.id)
log "kenes on $base; staff of maslikhat $maslikhat (okrug $okrug, deputy $deputy, appeal $appeal)"

# Every query parameter of the list and search endpoints, with realistic values (sqlmap needs
# a working request to compare against). %-encoded Russian/Kazakh text as the web app sends it.
q_ru=%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%B0           # дорога
settlement=%D0%9A%D0%BE%D0%BA%D1%88%D0%B5%D1%82%D0%B0%D1%83  # Кокшетау
street=%D1%83%D0%BB.+%D0%90%D0%B1%D0%B0%D1%8F          # ул. Абая
signed_in=(
  "/api/v1/appeals?q=$q_ru&status=registered&type=complaint&category=roads&maslikhat_id=$maslikhat&okrug_id=$okrug&deputy_id=$deputy&from=2026-01-01&to=2026-12-31&overdue=false&cursor=0&limit=20"
  "/api/v1/deputy-requests?appeal_id=$appeal"
  "/api/v1/appeals-dashboard?maslikhat_id=$maslikhat"
  "/api/v1/me/notifications?cursor=0&limit=20"
)
public=(
  "/api/v1/public/appeals?maslikhat_id=$maslikhat&okrug_id=$okrug&cursor=0&limit=20"
  "/api/v1/deputies?q=%D0%91%D0%B5%D0%BA&maslikhat_id=$maslikhat&cursor=0&limit=20"
  "/api/v1/addresses/lookup?settlement=$settlement&street=$street&house=12"
  "/api/v1/addresses/streets?settlement=$settlement&q=%D0%90%D0%B1"
  "/api/v1/addresses/settlements?q=%D0%9A%D0%BE%D0%BA"
  "/api/v1/territories?level=city&parent_id=1"
)
# Each must answer 200 as it stands, or sqlmap would only be probing an error page.
for path in "${signed_in[@]}" "${public[@]}"; do
  code=$(curl -sS -b "$jar" -o /dev/null -w '%{http_code}' "$base$path")
  [ "$code" = 200 ] || { echo "sqlmap_probe: GET $path answered $code, not 200" >&2; exit 1; }
  echo "$base$path"
done >"$tmp/targets.txt"

# Level 3, risk 3 with SQLite's payloads: boolean (AND and OR), error, UNION (up to 30 columns,
# reduced to the basic tests as sqlmap recommends when nothing else was found), stacked and time
# based (heavy queries, 1 s delays), inline queries. The query parameters only: the session cookie
# is probed once below, not on every URL. One thread: throttles see one client.
sqlmap_run() {  # sqlmap_run NAME ARGS...: runs sqlmap within what is left of the budget
  local name=$1 left=$((budget - SECONDS))
  shift
  [ "$left" -gt 5 ] || { echo "sqlmap_probe: no time left for $name" >&2; return 124; }
  TERM=dumb timeout -k 10 "$left" sqlmap --batch --dbms=SQLite --level="$level" --risk="$risk" \
    --technique=BEUSTQ --time-sec=1 --threads=1 --timeout=10 --retries=1 --skip-waf \
    --flush-session --disable-coloring --output-dir="$tmp/sqlmap" \
    --answers="follow=N,keep testing=Y" "$@" >>"$tmp/sqlmap.out" 2>&1
}
log "sqlmap: ${#signed_in[@]}+${#public[@]} URLs, $(tr '?&' '\n\n' <"$tmp/targets.txt" | grep -c =) parameters, level $level, risk $risk, budget ${budget}s"
SECONDS=0
rc=0
sqlmap_run urls -m "$tmp/targets.txt" --cookie="kenes_session=$session" \
  --skip="kenes_session,user-agent,referer,host" --results-file="$tmp/sqlmap/results.csv" || rc=$?
# The session cookie itself (looked up on every signed-in request).
[ "$rc" -ne 0 ] || sqlmap_run cookie -u "$base/api/v1/me" --cookie="kenes_session=$session" \
  -p kenes_session --ignore-code=401 --answers="URI injections=N,keep testing=Y" || rc=$?
log "sqlmap: done in ${SECONDS}s"
if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
  tail -20 "$tmp/sqlmap.out" >&2
  echo "sqlmap_probe: sqlmap did not finish within ${budget}s (raise KENES_SQLMAP_SECONDS)" >&2
  exit 1
fi

failed=0
# What was probed and what the server answered (the codes follow sqlmap's "HTTP error codes" line).
grep -E 'testing URL|CRITICAL|injectable|[0-9]{3} \([A-Za-z ]+\) - [0-9]+ times' "$tmp/sqlmap.out" |
  grep -vE 'might not be injectable|does not seem to be injectable|do not appear to be injectable' |
  sed 's/^/  /' | tail -40
# A row that sqlmap's own confirmation rejected ("false positive or unexploitable": every error
# body carries a random request id, which its first boolean comparison can mistake for a signal)
# is shown, not failed; any other row fails.
if grep -q 'false positive or unexploitable' "$tmp/sqlmap/results.csv" 2>/dev/null; then
  echo "sqlmap_probe: rejected by sqlmap's own confirmation (not injectable):"
  grep 'false positive or unexploitable' "$tmp/sqlmap/results.csv" | sed 's/^/  /'
fi
if grep -qE 'identified the following injection point|is vulnerable' "$tmp/sqlmap.out" ||
  [ "$(grep -v '^Target URL' "$tmp/sqlmap/results.csv" 2>/dev/null |
    grep -cv 'false positive or unexploitable' || true)" -gt 0 ] ||
  find "$tmp/sqlmap" -name log -size +0 | grep -q .; then
  echo "sqlmap_probe: sqlmap found an injectable parameter:" >&2
  grep -A12 'identified the following injection point' "$tmp/sqlmap.out" >&2 || true
  cat "$tmp/sqlmap/results.csv" >&2 2>/dev/null || true
  failed=1
fi
if [ "$rc" -ne 0 ]; then
  echo "sqlmap_probe: sqlmap exited with $rc" >&2
  tail -20 "$tmp/sqlmap.out" >&2
  failed=1
fi
if grep -q '500 (Internal Server Error)' "$tmp/sqlmap.out"; then
  echo "sqlmap_probe: a probe made Kenes answer 500 (a query broke); kenes log:" >&2
  grep -iE 'error|exception' "$tmp/kenes.log" | tail -20 >&2
  failed=1
fi
if ! curl -fsS -o /dev/null --max-time 5 "$base/healthz"; then
  echo "sqlmap_probe: kenes stopped answering during the probe" >&2
  tail -30 "$tmp/kenes.log" >&2
  failed=1
fi
[ "$failed" -eq 0 ] || exit 1
tested=$(grep -c 'testing URL' "$tmp/sqlmap.out" || true)
log "sqlmap: ${tested} URLs tested, nothing injectable"
