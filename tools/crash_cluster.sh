#!/usr/bin/env bash
# One node of a two-node cluster (tools/cluster.sh) killed with SIGKILL while writes continue
# through nginx: tools/crash_test.py --cluster-base, lost = 0 (make crash, test stage crash).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"
dir=$(mktemp -d /tmp/kenes-crash-cluster.XXXXXX)
rmdir "$dir"
trap 'tools/cluster.sh stop "$dir" >/dev/null 2>&1 || true' EXIT
port=$(free_port)
tools/cluster.sh start "$dir" "$port" >/dev/null
"$SYS_PYTHON" tools/crash_test.py --cluster-base "http://127.0.0.1:$port" \
  --kill-pid "$(cat "$dir/node-b.pid")" --seconds "${CRASH_CLUSTER_SECONDS:-8}"
