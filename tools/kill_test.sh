#!/usr/bin/env bash
# SIGKILL durability test: an appeal the server acknowledged (201 with a talon number) must survive
# `kill -9` of the server. Loopback only, a throwaway SQLite database, bounded in time.
#
#   tools/kill_test.sh               # 20 rounds
#   tools/kill_test.sh --rounds 5
#
# Each round: start kenes, run tools/intake_bench.py (8 clients, --record) in the background, and
# a random 0.5-2.0 s after its first acknowledged appeal `kill -9` the server; wait for the bench
# to stop, restart kenes on the same database, list the citizen's appeals through the API and check
# that every talon number acknowledged so far (all rounds) is there.
#
# Prints `kill test: R rounds, A acknowledged appeals, lost = L`; exit 1 when L > 0 (or when the
# test could not run). KILL_TEST_MAX_SECONDS (default 150) stops starting new rounds after that.
set -euo pipefail

. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"

ROUNDS=20
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=${2:?--rounds N}; shift 2 ;;
    --rounds=*) ROUNDS=${1#--rounds=}; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--rounds N]" >&2; exit 2 ;;
  esac
done
if ! [[ "$ROUNDS" =~ ^[0-9]+$ ]] || [ "$ROUNDS" -lt 1 ] || [ "$ROUNDS" -gt 1000 ]; then
  echo "kill_test: --rounds must be 1..1000" >&2
  exit 2
fi
MAX_SECONDS=${KILL_TEST_MAX_SECONDS:-150}

[ -x build/kenes ] || { log "build/kenes missing"; exit 1; }
command -v curl >/dev/null || { log "curl missing: run tools/install_deps.sh"; exit 1; }

TMP=$(mktemp -d /tmp/kenes-kill.XXXXXX)
KENES_PID="" BENCH_PID=""
cleanup() {
  if [ -n "$BENCH_PID" ]; then kill -KILL "$BENCH_PID" 2>/dev/null || true; wait "$BENCH_PID" 2>/dev/null || true; fi
  stop_pid "$KENES_PID" 5
  if [ -n "${KILL_TEST_KEEP_TMP:-}" ]; then log "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# Hermetic: ignore KENES_* settings from the caller's environment.
for v in $(compgen -e | grep '^KENES_' | grep -v '^KENES_ROOT$' || true); do unset "$v"; done
mkdir -p "$TMP/run" "$TMP/www" "$TMP/tmp"
# A private copy of the binary: every round runs the same server even if build/ is rebuilt meanwhile.
KENES_BIN="$TMP/kenes"
cp build/kenes "$KENES_BIN"
DB="sqlite:$TMP/run/kenes.db"
"$KENES_BIN" migrate --database-url "$DB" >"$TMP/migrate.log" 2>&1 || { cat "$TMP/migrate.log"; exit 1; }
"$KENES_BIN" seed --demo --database-url "$DB" >"$TMP/seed.log" 2>&1 || { cat "$TMP/seed.log"; exit 1; }

ACKED="$TMP/acked.txt"    # every acknowledged talon number, all rounds
MISSING="$TMP/missing.txt" # every number found missing at some check
: >"$ACKED"
: >"$MISSING"

start_kenes() {  # sets KENES_PID and BASE_URL
  local port
  port=$(free_port)
  # TMPDIR: SQLite's temporary files, which kill -9 may leave behind, stay in $TMP.
  (cd "$TMP/run" && TMPDIR="$TMP/tmp" KENES_HTTP_ACCESS_LOG=false KENES_LOG_LEVEL=warn KENES_HTTP_MAX_INFLIGHT_PER_CLIENT=100000 exec "$KENES_BIN" serve \
    --host 127.0.0.1 --port "$port" --database-url "$DB" --web-root "$TMP/www") >>"$TMP/kenes.log" 2>&1 &
  KENES_PID=$!
  BASE_URL="http://127.0.0.1:$port"
  wait_http "$BASE_URL/healthz" "$KENES_PID" 30 || { tail -30 "$TMP/kenes.log"; exit 1; }
}

# verify BASE_URL: lists the citizen's appeals; appends acknowledged numbers not listed to $MISSING.
verify() {
  "$SYS_PYTHON" - "$1" "$ACKED" "$MISSING" "$KENES_ROOT/tools" <<'EOF'
import json, sys
base_url, acked_path, missing_path, tools = sys.argv[1:]
sys.dont_write_bytecode = True  # no __pycache__ in tools/
sys.path.insert(0, tools)
import intake_bench as ib

target = ib.Target(base_url, 30)
cookie, _ = ib.sign_in(target, ib.LOGIN, ib.PASSWORD)
listed, cursor, pages = set(), None, 0
conn = target.connect()
while pages < 10000:
    pages += 1
    path = "/api/v1/appeals?limit=100" + ("&cursor=" + cursor if cursor else "")
    conn.request("GET", path, headers={"Cookie": cookie})
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        raise SystemExit("kill_test: GET {}: {} {}".format(path, r.status, body[:300]))
    page = json.loads(body)
    for item in page["items"]:
        listed.add(item["number"])
    cursor = page.get("next_cursor")
    if not cursor or not page["items"]:
        break
conn.close()
acked = [line.strip() for line in open(acked_path, encoding="utf-8") if line.strip()]
dupes = len(acked) - len(set(acked))
missing = sorted(set(acked) - listed)
if missing:
    with open(missing_path, "a", encoding="utf-8") as f:
        f.writelines(n + "\n" for n in missing)
print("listed {} appeals, {} acknowledged, missing {}{}{}".format(
    len(listed), len(set(acked)), len(missing),
    ", {} talon numbers acknowledged twice".format(dupes) if dupes else "",
    (": " + " ".join(missing[:10])) if missing else ""))
EOF
}

T0=$SECONDS
done_rounds=0
for ((round = 1; round <= ROUNDS; round++)); do
  if [ $((SECONDS - T0)) -ge "$MAX_SECONDS" ]; then
    log "time budget of ${MAX_SECONDS}s used up after $done_rounds rounds"
    break
  fi
  start_kenes
  rec="$TMP/round$round.txt"
  : >"$rec"
  "$SYS_PYTHON" tools/intake_bench.py --base-url "$BASE_URL" --clients 8 --seconds 10 \
    --setup-seconds 3 --max-conn-errors 3 --timeout 5 --record "$rec" >"$TMP/bench$round.log" 2>&1 &
  BENCH_PID=$!
  # The clock starts at the first acknowledged appeal (sign-in takes an argon2 hash first).
  for ((i = 0; i < 100; i++)); do
    [ -s "$rec" ] && break
    kill -0 "$BENCH_PID" 2>/dev/null || break
    sleep 0.05
  done
  delay_ms=$((500 + RANDOM % 1501))
  sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))"
  kill -KILL "$KENES_PID" 2>/dev/null || true
  wait "$KENES_PID" 2>/dev/null || true
  KENES_PID=""
  # The bench stops on its own once connections are refused; bounded anyway.
  for ((i = 0; i < 300; i++)); do
    kill -0 "$BENCH_PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$BENCH_PID" 2>/dev/null; then
    log "round $round: intake_bench still running 30 s after the kill; killing it"
    kill -KILL "$BENCH_PID" 2>/dev/null || true
  fi
  wait "$BENCH_PID" 2>/dev/null || true
  BENCH_PID=""
  cat "$rec" >>"$ACKED"

  start_kenes
  result=$(verify "$BASE_URL") || { log "round $round: cannot list appeals"; exit 1; }
  stop_pid "$KENES_PID" 10
  KENES_PID=""
  done_rounds=$round
  log "round $round: kill -9 after ${delay_ms} ms, $(wc -l <"$rec") acknowledged; $result"
  grep -h '^intake' "$TMP/bench$round.log" >&2 || true
done

A=$(sort -u "$ACKED" | wc -l)
L=$(sort -u "$MISSING" | wc -l)
echo "kill test: $done_rounds rounds, $A acknowledged appeals, lost = $L"
if [ "$L" -gt 0 ]; then
  log "lost talon numbers: $(sort -u "$MISSING" | head -20 | tr '\n' ' ')"
  exit 1
fi
if [ "$A" -eq 0 ]; then
  log "no appeal was acknowledged: the test proved nothing"
  exit 1
fi
exit 0
