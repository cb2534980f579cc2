# Shared helpers for tools/*.sh. Source it: `. "$(dirname "$0")/lib.sh"`.
# Defines KENES_ROOT (repo root), SYS_PYTHON (Debian's python, which has aiosmtpd) and helpers.

KENES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Debian's python explicitly: a pyenv python may come first on PATH without python3-aiosmtpd.
SYS_PYTHON=/usr/bin/python3
export CCACHE_DIR="${CCACHE_DIR:-${HOME:-/root}/.cache/ccache}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# free_port: prints a TCP port that is free on 127.0.0.1 right now (the kernel picks it).
free_port() {
  "$SYS_PYTHON" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# wait_http URL PID [SECONDS]: waits until URL answers 200; fails early if PID died.
wait_http() {
  local url=$1 pid=$2 secs=${3:-30} i
  for ((i = 0; i < secs * 10; i++)); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "process $pid exited before $url answered"
      return 1
    fi
    sleep 0.1
  done
  log "timed out after ${secs}s waiting for $url"
  return 1
}

# wait_idle PID [SECONDS]: waits until the process uses under 5% of a core for a second (a server
# on a freshly generated database seals IINs and indexes search terms for a while after it
# answers), at most SECONDS (default 120), so a benchmark measures the steady state. Logs the wait.
wait_idle() {
  local pid=$1 secs=${2:-120} tick i before after
  tick=$(getconf CLK_TCK)
  for ((i = 0; i < secs; i++)); do
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) || return 0
    sleep 1
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) || return 0
    if [ $((after - before)) -lt $((tick / 20)) ]; then
      log "pid $pid idle after ${i}s"
      return 0
    fi
  done
  log "pid $pid still busy after ${secs}s; measuring anyway"
}

# stop_pid PID [SECONDS]: SIGTERM, wait up to SECONDS (default 10), then SIGKILL. Never fails.
stop_pid() {
  local pid=$1 secs=${2:-10} i
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < secs * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  log "pid $pid ignored SIGTERM for ${secs}s; killing"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  return 0
}

# cmake_build: configures (preset "default") and builds into build/ with ccache.
cmake_build() {
  (
    cd "$KENES_ROOT"
    mkdir -p "$CCACHE_DIR"
    cmake --preset default
    cmake --build --preset default
  )
}

# web_deps: `npm ci` in web/ when node_modules is missing or older than package-lock.json.
web_deps() {
  (
    cd "$KENES_ROOT/web"
    local stamp=node_modules/.kenes-npm-ci
    if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
      log "npm ci in web/"
      npm ci --no-audit --no-fund
      touch "$stamp"
    else
      log "web/node_modules is up to date"
    fi
  )
}
