#!/usr/bin/env bash
# Hostile load (issue 8): while 16 anonymous clients hammer each anonymous endpoint in turn, how
# long does /healthz take (p99)? And while 48 anonymous clients hammer login and password reset,
# what happens to memory and to a signed-in person's request (p99)? Run by tools/bench.sh against
# a running server that trusts X-Forwarded-For from loopback, so each request is a new address.
#
#   tools/hostile_bench.sh BASE_URL KENES_PID OUT_FILE [SECONDS]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"

BASE=$1 PID=$2 OUT=$3 SECS=${4:-5}
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
TMP=$(mktemp -d /tmp/kenes-hostile.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

csrf=$(curl -fsS "$BASE/api/v1/csrf" | sed -n 's/.*"csrf_token":"\([0-9a-f]*\)".*/\1/p')
[ -n "$csrf" ] || { echo "hostile_bench: no CSRF token" >&2; exit 1; }
creds=$("$SYS_PYTHON" tools/intake_bench.py --base-url "$BASE" --sign-in-only)
cookie=$(sed -n 's/^KENES_COOKIE=//p' <<<"$creds")

# p99 of one probe connection (ms), printed by report.lua.
probe() {  # probe URL [extra wrk args...]
  local url=$1
  shift
  wrk -t1 -c1 -d"${SECS}s" --latency -s server/bench/http/report.lua "$@" "$url" |
    sed -n 's/^WRK_JSON //p' | "$SYS_PYTHON" -c 'import json,sys; r=json.load(sys.stdin); print("%.2f %d" % (r["p99_us"]/1000, r["errors_status"]))'
}

attack() {  # attack CLIENTS PATH [METHOD BODY]
  KENES_METHOD=${3:-GET} KENES_BODY=${4:-} KENES_CSRF=$csrf \
    wrk -t2 -c"$1" -d"$((SECS + 1))s" -s server/bench/http/hostile.lua "$BASE$2" >"$TMP/attack.txt" 2>&1 &
  ATTACK_PID=$!
  sleep 0.5
}

{
  echo "healthz_idle $(probe "$BASE/healthz")"
  for ep in "GET /api/v1/info" "GET /api/v1/public/appeals" "GET /api/v1/deputies/1" \
    "GET /api/v1/maslikhats" "GET /api/v1/deputies?q=%D0%90" \
    "GET /api/v1/addresses/lookup?settlement=%D0%9A%D0%BE%D0%BA%D1%88%D0%B5%D1%82%D0%B0%D1%83&street=%D0%90%D0%B1%D0%B0%D1%8F&house=12" \
    'POST /api/v1/auth/login {"login":"citizen@demo.kenes.kz","password":"wrong-password"}' \
    'POST /api/v1/auth/login {"login":"nobody@demo.kenes.kz","password":"wrong-password"}' \
    'POST /api/v1/auth/password-reset {"login":"citizen@demo.kenes.kz"}' \
    'POST /api/v1/auth/password-reset/confirm {"login":"citizen@demo.kenes.kz","code":"000000","new_password":"another-password-1"}'; do
    read -r method path body <<<"$ep"
    attack 16 "$path" "$method" "${body:-}"
    echo "healthz_under16 $method $path $(probe "$BASE/healthz")"
    wait "$ATTACK_PID" || true
  done
  rss_before=$(rss_kb "$PID")
  for ep in 'POST /api/v1/auth/login {"login":"citizen@demo.kenes.kz","password":"wrong-password"}' \
    'POST /api/v1/auth/password-reset/confirm {"login":"citizen@demo.kenes.kz","code":"000000","new_password":"another-password-1"}'; do
    read -r method path body <<<"$ep"
    attack 48 "$path" "$method" "$body"
    echo "signed_in_under48 $method $path $(probe "$BASE/api/v1/me" -H "Cookie: $cookie")"
    echo "rss_under48 $path $(rss_kb "$PID")"
    wait "$ATTACK_PID" || true
  done
  echo "rss_before48 $rss_before"
  echo "rss_after48 $(rss_kb "$PID")"
  kill -0 "$PID" && echo "alive yes" || echo "alive no"
} | tee "$OUT"
