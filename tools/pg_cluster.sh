#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests, from Debian's binaries.
#
#   tools/pg_cluster.sh start DIR   # creates DIR, initdb, starts on a free 127.0.0.1 port, prints URL
#   tools/pg_cluster.sh url DIR     # prints postgresql://kenes@127.0.0.1:PORT/kenes_test
#   tools/pg_cluster.sh stop DIR    # stops the server and removes DIR
#
# Trust auth, loopback only, no Unix socket, fsync off: for tests only. With PG_DURABLE=1 the cluster
# keeps PostgreSQL's durable defaults (fsync, synchronous_commit, full_page_writes on), as the intake
# benchmark needs: an acknowledged appeal must be on disk. initdb refuses root, so as
# root the cluster runs as the OS user `postgres` (falls back to creating `kenes-test`). DIR and its
# parents must be traversable by that user (a `mktemp -d` under /tmp is fine).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DB_USER=kenes
DB_NAME=kenes_test
MARKER=.kenes-pg-cluster

usage() { echo "usage: $0 start|stop|url DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd=$1
dir=$2

run_as=()
os_user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  if id -u postgres >/dev/null 2>&1; then
    os_user=postgres
  else
    os_user=kenes-test
    id -u "$os_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$os_user"
  fi
  run_as=(runuser -u "$os_user" --)
fi

free_port() {
  /usr/bin/python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

url_of() { echo "postgresql://${DB_USER}@127.0.0.1:$(cat "$1/port")/${DB_NAME}"; }

case "$cmd" in
  start)
    [ -x "$PG_BIN/initdb" ] || { echo "pg_cluster: $PG_BIN/initdb missing (apt-get install postgresql-15)" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ -n "$(ls -A "$dir")" ]; then echo "pg_cluster: $dir is not empty" >&2; exit 1; fi
    touch "$dir/$MARKER"
    [ ${#run_as[@]} -eq 0 ] || chown "$os_user:" "$dir" "$dir/$MARKER"
    chmod 700 "$dir"
    if ! "${run_as[@]}" test -w "$dir"; then
      echo "pg_cluster: $os_user cannot write $dir (are its parents traversable? use mktemp -d under /tmp)" >&2
      exit 1
    fi
    "${run_as[@]}" "$PG_BIN/initdb" -D "$dir/data" -U "$DB_USER" --auth=trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    cat >>"$dir/data/postgresql.conf" <<'EOF'

# tools/pg_cluster.sh: throwaway test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
shared_buffers = 64MB
log_min_messages = warning
EOF
    if [ "${PG_DURABLE:-0}" != 1 ]; then
      printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >>"$dir/data/postgresql.conf"
    fi
    started=0
    for attempt in 1 2 3 4 5; do
      port=$(free_port)
      if "${run_as[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
          -o "-p $port" start >/dev/null; then
        started=1
        break
      fi
      echo "pg_cluster: start on port $port failed (attempt $attempt)" >&2
    done
    if [ "$started" -ne 1 ]; then cat "$dir/server.log" >&2; exit 1; fi
    echo "$port" >"$dir/port"
    "${run_as[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$DB_USER" "$DB_NAME"
    url_of "$dir"
    ;;
  url)
    [ -f "$dir/port" ] || { echo "pg_cluster: no cluster in $dir" >&2; exit 1; }
    url_of "$dir"
    ;;
  stop)
    [ -d "$dir" ] || exit 0
    if [ ! -f "$dir/$MARKER" ]; then
      echo "pg_cluster: $dir was not made by pg_cluster.sh; not touching it" >&2
      exit 1
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${run_as[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null || {
        pid=$(head -1 "$dir/data/postmaster.pid" 2>/dev/null || true)
        [ -z "$pid" ] || kill -KILL "$pid" 2>/dev/null || true
      }
    fi
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
