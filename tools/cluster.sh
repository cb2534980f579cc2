#!/usr/bin/env bash
# A Kenes cluster on loopback: PostgreSQL (tools/pg_cluster.sh), an SMTP sink, two `kenes serve`
# nodes and nginx balancing them.
#
#   tools/cluster.sh start DIR [PORT]   # PORT of nginx, default 8090; returns when all answer
#   tools/cluster.sh stop DIR           # stops everything and removes DIR
#
# The nodes share the database and the files directory (DIR/files: one machine here; a shared
# mount across machines, docs/adr/0017). Each names itself in X-Kenes-Node (node-a, node-b).
# The demo maslikhat is seeded so a person can sign in at once. Logs: DIR/*.log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() { echo "usage: $0 start DIR [PORT] | stop DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1
dir=$2
NODES=(node-a node-b)

stop_all() {
  local d=$1 f
  [ -d "$d" ] || return 0
  if [ -f "$d/nginx/nginx.pid" ]; then
    nginx -p "$d/nginx" -c "$d/nginx/nginx.conf" -s stop 2>/dev/null || true
  fi
  for f in "$d"/*.pid; do
    [ -f "$f" ] || continue
    local pid
    pid=$(cat "$f")
    stop_pid_any "$pid"
    rm -f "$f"
  done
  [ -d "$d/pg" ] && "$KENES_ROOT/tools/pg_cluster.sh" stop "$d/pg" >/dev/null 2>&1 || true
  rm -rf "$d"
}

# stop_pid_any PID: like lib.sh's stop_pid, for a process that is not this shell's child.
stop_pid_any() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

case "$cmd" in
  start)
    port=${3:-8090}
    kenes="$KENES_ROOT/build/kenes"
    [ -x "$kenes" ] || { echo "cluster: $kenes missing (make build)" >&2; exit 1; }
    command -v nginx >/dev/null || { echo "cluster: nginx missing (tools/install_deps.sh)" >&2; exit 1; }
    if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
      echo "cluster: $dir is not empty (tools/cluster.sh stop $dir first)" >&2
      exit 1
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chmod 755 "$dir"
    trap 'echo "cluster: start failed; logs in '"$dir"'" >&2' ERR
    mkdir -p "$dir/files" "$dir/mail" "$dir/nginx"
    url=$("$KENES_ROOT/tools/pg_cluster.sh" start "$dir/pg")
    echo "$url" >"$dir/database_url"
    "$kenes" migrate --database-url "$url" >"$dir/migrate.log" 2>&1
    "$kenes" seed --demo --database-url "$url" >"$dir/seed.log" 2>&1

    : >"$dir/smtp.log"
    setsid "$SYS_PYTHON" "$KENES_ROOT/tools/smtp_sink.py" --host 127.0.0.1 --port 0 \
      --dir "$dir/mail" >"$dir/smtp.log" 2>&1 < /dev/null &
    echo $! >"$dir/smtp.pid"
    smtp_port=""
    for ((i = 0; i < 100; i++)); do
      smtp_port=$(sed -n 's/^smtp sink listening on [0-9.]*:\([0-9]*\).*/\1/p' "$dir/smtp.log")
      [ -n "$smtp_port" ] && break
      sleep 0.1
    done
    [ -n "$smtp_port" ] || { echo "cluster: smtp sink did not start" >&2; exit 1; }

    upstreams=""
    for node in "${NODES[@]}"; do
      node_port=$(free_port)
      mkdir -p "$dir/$node"
      # Each node in its own directory: no kenes.toml is read from the caller's.
      (cd "$dir/$node" && KENES_HTTP_NODE_NAME=$node KENES_HTTP_TRUSTED_PROXIES=127.0.0.1 \
        KENES_HTTP_PUBLIC_URL="http://127.0.0.1:$port" KENES_FILES_DIR="$dir/files" \
        KENES_MAIL_OUTBOX_DIR="$dir/mail" \
        exec setsid "$kenes" serve --host 127.0.0.1 --port "$node_port" --database-url "$url" \
        --web-root "$KENES_ROOT/web/dist" --smtp-url "smtp://127.0.0.1:$smtp_port") \
        >"$dir/$node.log" 2>&1 < /dev/null &
      echo $! >"$dir/$node.pid"
      echo "$node_port" >"$dir/$node.port"
      upstreams+="        server 127.0.0.1:$node_port max_fails=1 fail_timeout=2s;"$'\n'
    done
    for node in "${NODES[@]}"; do
      wait_http "http://127.0.0.1:$(cat "$dir/$node.port")/healthz" "$(cat "$dir/$node.pid")" 60
    done

    "$SYS_PYTHON" - "$KENES_ROOT/tools/nginx/cluster.conf.template" "$dir/nginx/nginx.conf" \
      "$dir/nginx" "$port" "$upstreams" <<'PY'
import sys
src, dst, prefix, port, upstreams = sys.argv[1:]
text = open(src).read()
text = text.replace("@PREFIX@", prefix).replace("@PORT@", port)
text = text.replace("@UPSTREAMS@", upstreams.rstrip("\n"))
open(dst, "w").write(text)
PY
    nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log"
    for ((i = 0; i < 100; i++)); do
      curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/healthz" 2>/dev/null && break
      sleep 0.1
    done
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/healthz"
    trap - ERR
    echo "Kenes cluster on http://127.0.0.1:$port (nodes: ${NODES[*]}; PostgreSQL $url;" \
      "mail in $dir/mail). Stop: tools/cluster.sh stop $dir"
    ;;
  stop)
    stop_all "$dir"
    ;;
  *) usage ;;
esac
