#!/usr/bin/env bash
# Soak: a bounded mixed load through the cluster's nginx (tools/cluster.sh: PostgreSQL, two nodes),
# RSS and open file descriptors of each node sampled every SOAK_SAMPLE seconds; then 10,000 idle
# keep-alive connections held by one node, all answered again at the end.
#
#   tools/soak.sh                    # 3 minutes of load (SOAK_SECONDS=180)
#   SOAK_SECONDS=840 tools/soak.sh   # the long run (at most 900)
#
# wrk (server/bench/http/soak.lua, 16 connections, a signed-in citizen: public pages, own pages,
# one filing in ten). Prints each node's RSS and fds at the start, after the warm-up (the first
# quarter, at least 30 s) and at the end, and fails when anything answered other than expected
# (200/201, no socket errors), when a node's RSS at the end is more than 25% + 8 MB above its
# after-warm-up figure, or its fds more than 64 above — that is, when they keep growing.
# Then tools/idle_conns.py opens SOAK_IDLE (10,000) connections to node-a, holds them 20 s, and
# asks on each again: all must answer 200.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"

SECONDS_TOTAL=${SOAK_SECONDS:-180}
SAMPLE=${SOAK_SAMPLE:-5}
IDLE=${SOAK_IDLE:-10000}
[ "$SECONDS_TOTAL" -le 900 ] || { echo "soak: SOAK_SECONDS is at most 900" >&2; exit 2; }
WARMUP=$((SECONDS_TOTAL / 4 > 30 ? SECONDS_TOTAL / 4 : 30))

# 10,000 client sockets in idle_conns.py and as many server sockets in the node, each process
# under its own limit: raise the soft limit (inherited by the cluster's nodes) and the node's own
# connection cap.
want=$((IDLE + 4096))
hard=$(ulimit -Hn)
if [ "$hard" != unlimited ] && [ "$hard" -lt "$want" ]; then ulimit -Hn "$want" 2>/dev/null || true; fi
ulimit -n "$want" || { echo "soak: cannot raise ulimit -n to $want (hard limit $hard)" >&2; exit 1; }
export KENES_HTTP_MAX_CONNECTIONS=$((IDLE + 2048))
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "soak: $tool missing (tools/install_deps.sh)" >&2; exit 1; }
done

dir=$(mktemp -d /tmp/kenes-soak.XXXXXX)
rmdir "$dir"
SAMPLER_PID="" IDLE_PID=""
cleanup() {
  [ -z "$SAMPLER_PID" ] || kill "$SAMPLER_PID" 2>/dev/null || true
  [ -z "$IDLE_PID" ] || kill "$IDLE_PID" 2>/dev/null || true
  tools/cluster.sh stop "$dir" >/dev/null 2>&1 || true
}
trap cleanup EXIT
port=$(free_port)
tools/cluster.sh start "$dir" "$port" >/dev/null
base="http://127.0.0.1:$port"
pids=("$(cat "$dir/node-a.pid")" "$(cat "$dir/node-b.pid")")
log "cluster on $base, nodes ${pids[*]}; ${SECONDS_TOTAL}s of load, warm-up ${WARMUP}s"

# "seconds node rss_kb fds" lines.
sample() {
  local t=$1 i pid
  for i in 0 1; do
    pid=${pids[$i]}
    kill -0 "$pid" 2>/dev/null || { echo "$t node-$i dead 0 0"; continue; }
    echo "$t $i $(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status") $(ls "/proc/$pid/fd" | wc -l)"
  done
}
sample 0 >"$dir/samples"
(
  start=$(date +%s)
  while sleep "$SAMPLE"; do sample $(($(date +%s) - start)) >>"$dir/samples"; done
) &
SAMPLER_PID=$!

creds=$("$SYS_PYTHON" tools/intake_bench.py --base-url "$base" --sign-in-only)
KENES_COOKIE=$(sed -n 's/^KENES_COOKIE=//p' <<<"$creds")
KENES_CSRF=$(sed -n 's/^KENES_CSRF=//p' <<<"$creds")
export KENES_COOKIE KENES_CSRF
wrk -t2 -c16 -d"${SECONDS_TOTAL}s" --timeout 10s -s server/bench/http/soak.lua "$base/" \
  >"$dir/wrk.txt" 2>&1 || true
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""
sample "$SECONDS_TOTAL" >>"$dir/samples"

rc=0
line=$(grep '^soak:' "$dir/wrk.txt" || true)
echo "${line:-soak: wrk printed no summary}"
[ -n "$line" ] || { cat "$dir/wrk.txt" >&2; rc=1; }
[[ "$line" == *"unexpected 0" ]] || { echo "FAIL unexpected answers under load" >&2; rc=1; }

# Per node: the sample at the start, the first one after the warm-up, the last.
for i in 0 1; do
  read -r s0 r0 f0 < <(awk -v n=$i '$2 == n {print $1, $3, $4; exit}' "$dir/samples")
  read -r s1 r1 f1 < <(awk -v n=$i -v w="$WARMUP" '$2 == n && $1 >= w {print $1, $3, $4; exit}' "$dir/samples")
  read -r s2 r2 f2 < <(awk -v n=$i '$2 == n {l = $1 " " $3 " " $4} END {print l}' "$dir/samples")
  printf 'node-%s: RSS %d / %d / %d MB, fds %d / %d / %d (start / after warm-up at %ss / end at %ss)\n' \
    "$( [ $i -eq 0 ] && echo a || echo b)" $((r0 / 1024)) $((r1 / 1024)) $((r2 / 1024)) \
    "$f0" "$f1" "$f2" "$s1" "$s2"
  if [ "$r2" -gt $((r1 * 125 / 100 + 8192)) ]; then echo "FAIL node $i: RSS keeps growing" >&2; rc=1; fi
  if [ "$f2" -gt $((f1 + 64)) ]; then echo "FAIL node $i: open fds keep growing" >&2; rc=1; fi
done

# --- idle keep-alive connections to one node -------------------------------------------------------
node_port=$(cat "$dir/node-a.port")
rss_before=$(awk '/^VmRSS:/ {print $2}' "/proc/${pids[0]}/status")
"$SYS_PYTHON" tools/idle_conns.py --host 127.0.0.1 --port "$node_port" --count "$IDLE" \
  --hold 20 >"$dir/idle.log" 2>&1 &
IDLE_PID=$!
for ((i = 0; i < 1200; i++)); do
  grep -q '^idle_conns: open' "$dir/idle.log" && break
  kill -0 "$IDLE_PID" 2>/dev/null || break
  sleep 0.1
done
rss_held=$(awk '/^VmRSS:/ {print $2}' "/proc/${pids[0]}/status")
fds_held=$(ls "/proc/${pids[0]}/fd" | wc -l)
wait "$IDLE_PID" || true
IDLE_PID=""
grep '^idle_conns' "$dir/idle.log"
echo "node-a holding them: RSS $((rss_before / 1024)) -> $((rss_held / 1024)) MB, fds $fds_held"
answered=$(sed -n 's/^idle_conns: answered \([0-9]*\)\/.*/\1/p' "$dir/idle.log")
[ "${answered:-0}" -eq "$IDLE" ] || { echo "FAIL only ${answered:-0} of $IDLE idle connections answered" >&2; rc=1; }
exit "$rc"
