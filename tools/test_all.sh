#!/usr/bin/env bash
# Runs every check of the project (what `make test` and CI run). Each stage runs even when an earlier
# one failed (stages that need the build are skipped if it failed); a summary table closes the run,
# then a line "N passed, M failed". Exit status is non-zero if any stage failed.
#
#   tools/test_all.sh                 # all stages
#   tools/test_all.sh build unit      # only the named stages (see STAGES below)
#   E2E_SPECS="e2e/events.spec.ts" tools/test_all.sh e2e   # some end-to-end specs only
set -euo pipefail

. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"
export KENES_ROOT SYS_PYTHON CCACHE_DIR
export CI=1  # vitest/playwright: no watch mode, no interactive reporters

# name, time limit (seconds), function. Order matters: later stages may use earlier results.
STAGES=(
  "deps 900 stage_deps"
  "clang-format 120 stage_format"
  "check-style 60 stage_style"
  "build 2400 stage_build"
  "tidy 900 stage_tidy"
  "unit 600 stage_unit"
  "fuzz 600 stage_fuzz"
  "api-sqlite 900 stage_api_sqlite"
  "api-postgres 1800 stage_api_postgres"
  "cluster 300 stage_cluster"
  "backup 300 stage_backup"
  "migrate-db 300 stage_migrate_db"
  "crash 420 stage_crash"
  "sqlmap 420 stage_sqlmap"
  "web-deps 900 stage_web_deps"
  "web-typecheck 300 stage_web_typecheck"
  "web-unit 600 stage_web_unit"
  "api-lint 300 stage_api_lint"
  "web-build 600 stage_web_build"
  "e2e 1800 stage_e2e"
)
# Stages that cannot run without a successful earlier stage.
declare -A NEEDS=(
  [unit]=build [tidy]=build [api-sqlite]=build [api-postgres]=build [cluster]=build [backup]=build [migrate-db]=build [crash]=build [sqlmap]=build
  [web-typecheck]=web-deps [web-unit]=web-deps [api-lint]=web-deps [web-build]=web-deps
  [e2e]="build web-build"
)

stage_deps() { tools/install_deps.sh; }

stage_format() {
  local files
  mapfile -t files < <(find server -type f \( -name '*.cpp' -o -name '*.hpp' \) | sort)
  [ ${#files[@]} -eq 0 ] && { echo "no C++ files"; return 0; }
  echo "clang-format: ${#files[@]} files"
  local out rc=0
  out=$(clang-format --style=file --dry-run -Werror "${files[@]}" 2>&1) || rc=$?
  [ "$rc" -eq 0 ] && return 0
  head -30 <<<"$out"
  echo "... files that need formatting (fix with: make format):"
  grep -oE '^[^ :]+\.(cpp|hpp):[0-9]+:[0-9]+: error' <<<"$out" | cut -d: -f1 | sort | uniq -c
  return "$rc"
}

stage_style() { tools/check_style.sh; }

stage_build() {
  cmake_build
  for b in kenes kenes_unit_tests kenes_api_tests; do
    [ -x "build/$b" ] || { echo "build/$b was not built" >&2; return 1; }
  done
}

# clang-tidy-14 with the repository's .clang-tidy (naming, bugprone, performance) over server/src,
# *_test.cpp excepted, through build/compile_commands.json; every finding is an error.
stage_tidy() {
  [ -f build/compile_commands.json ] || { echo "build/compile_commands.json missing" >&2; return 1; }
  local out rc=0
  # Boost 1.74 enables co_await for clang only with libc++'s <experimental/coroutine>; clang 14 has
  # the C++20 <coroutine> of libstdc++ 12 that GCC builds with, so say so (platform/http/server.cpp).
  out=$(run-clang-tidy-14 -p build -quiet -j 2 -extra-arg=-DBOOST_ASIO_HAS_CO_AWAIT=1 \
    -extra-arg=-DBOOST_ASIO_HAS_STD_COROUTINE=1 '^(?!.*_test\.cpp$).*/server/src/.*\.cpp$' 2>&1) || rc=$?
  # Keep the findings, drop clang's per-file counts of suppressed (system header) warnings.
  grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^clang-tidy-14 .* -quiet ' <<<"$out" || true
  return "$rc"
}

stage_unit() { build/kenes_unit_tests; }

# libFuzzer targets (server/fuzz), own clang build in build-fuzz/: the corpus, then 10 s of fuzzing
# each (`make fuzz` gives them 120 s).
stage_fuzz() { tools/fuzz.sh --seconds "${KENES_FUZZ_SECONDS:-10}"; }

# sqlmap against the list and search endpoints of a seeded instance; nothing may be injectable.
stage_sqlmap() { tools/sqlmap_probe.sh; }

# The tests' logs (stderr) go to a file that is then grepped for the seeded personal data.
stage_api_sqlite() {
  local rc=0
  env -u KENES_TEST_DATABASE_URL build/kenes_api_tests 2>build/api-sqlite.log || rc=$?
  ((rc == 0)) || tail -n 20 build/api-sqlite.log >&2
  tools/check_log_redaction.sh build/api-sqlite.log || rc=1
  return "$rc"
}

stage_api_postgres() {
  local dir
  dir=$(mktemp -d /tmp/kenes-pg.XXXXXX)
  rmdir "$dir"
  trap 'tools/pg_cluster.sh stop "'"$dir"'"' EXIT
  trap 'exit 143' TERM INT
  local url
  url=$(tools/pg_cluster.sh start "$dir")
  echo "PostgreSQL test cluster: $url"
  local rc=0
  # Through nginx configured as `make cluster` configures it (tools/nginx/cluster.conf.template),
  # two nodes on each test's schema: every request of the suite may land on either node (issue 16).
  # The tests keep their schemas so that the dump below sees every row they stored.
  KENES_TEST_NGINX=$(command -v nginx) KENES_TEST_KEEP_SCHEMAS=1 KENES_TEST_DATABASE_URL=$url \
    build/kenes_api_tests 2>build/api-postgres.log || rc=$?
  ((rc == 0)) || tail -n 20 build/api-postgres.log >&2
  tools/check_log_redaction.sh build/api-postgres.log || rc=1
  tools/check_dump_iins.sh "$url" || rc=1
  return "$rc"
}

# Two nodes on PostgreSQL behind nginx (tools/cluster.sh), checked through the balancer.
stage_cluster() {
  local v
  for v in $(compgen -e | grep '^KENES_' | grep -v '^KENES_ROOT$' || true); do unset "$v"; done
  CLUSTER_DIR=$(mktemp -d /tmp/kenes-cluster.XXXXXX)
  trap 'tools/cluster.sh stop "$CLUSTER_DIR"' EXIT
  trap 'exit 143' TERM INT
  local rc=0
  tools/cluster.sh start "$CLUSTER_DIR" "$(free_port)" || rc=$?
  if [ "$rc" -eq 0 ]; then
    local port
    port=$(sed -n 's/^ *listen 127.0.0.1:\([0-9]*\);/\1/p' "$CLUSTER_DIR/nginx/nginx.conf")
    KENES_CLUSTER_KILL_PID=$(cat "$CLUSTER_DIR/node-b.pid") KENES_CLUSTER_DIR="$CLUSTER_DIR" \
      "$SYS_PYTHON" tools/cluster_test.py "http://127.0.0.1:$port" "$CLUSTER_DIR/mail" || rc=$?
  fi
  if [ "$rc" -ne 0 ]; then
    for v in "$CLUSTER_DIR"/node-*.log; do echo "--- $v" >&2; tail -20 "$v" >&2; done
  fi
  return "$rc"
}

stage_backup() { tools/backup_test.sh; }

# SQLite -> PostgreSQL with `kenes migrate-db`, checked table by table and through the API.
stage_migrate_db() { tools/migrate_db_test.sh; }

# SIGKILL under mixed writes, KENES_CRASH_KILLS (default 20) times on each database, then one
# cluster node killed mid-run; `make crash` runs the full 100 each.
stage_crash() {
  local n=${KENES_CRASH_KILLS:-20} rc=0
  "$SYS_PYTHON" tools/crash_test.py --database sqlite --kills "$n" || rc=1
  "$SYS_PYTHON" tools/crash_test.py --database postgresql --kills "$n" || rc=1
  tools/crash_cluster.sh || rc=1
  return "$rc"
}

stage_web_deps() { web_deps; }
stage_web_typecheck() { (cd web && npm run typecheck && npm run lint); }
stage_web_unit() { (cd web && npm test); }
# OpenAPI lint, and the generated TypeScript types must match the spec.
stage_api_lint() { (cd web && npm run lint:api && npm run --if-present check:api); }
stage_web_build() { (cd web && npm run build && npm run check:budgets); }

stage_e2e() {
  [ -f web/dist/index.html ] || { echo "web/dist/index.html missing" >&2; return 1; }
  # E2E_SPECS (spec files, space-separated) narrows the run while working on one screen.
  local specs="${E2E_SPECS:-}"
  # Hermetic: no KENES_* settings from the caller's environment leak into the server.
  local v
  for v in $(compgen -e | grep '^KENES_' | grep -v '^KENES_ROOT$' || true); do unset "$v"; done

  # Globals, not locals: the EXIT trap runs after this function has returned.
  E2E_SINK_PID="" E2E_KENES_PID=""
  local tmp
  tmp=$(mktemp -d /tmp/kenes-e2e.XXXXXX)
  trap 'stop_pid "$E2E_KENES_PID"; stop_pid "$E2E_SINK_PID"; rm -rf "'"$tmp"'"' EXIT
  trap 'exit 143' TERM INT
  mkdir -p "$tmp/mail" "$tmp/run"

  # The log exists before the sink starts: the loop below may read it before the background
  # process has opened it, and a missing file would end the stage under `set -e`.
  : >"$tmp/smtp.log"
  "$SYS_PYTHON" tools/smtp_sink.py --host 127.0.0.1 --port 0 --dir "$tmp/mail" >"$tmp/smtp.log" 2>&1 &
  E2E_SINK_PID=$!
  local i smtp_port=""
  for ((i = 0; i < 100; i++)); do
    smtp_port=$(sed -n 's/^smtp sink listening on [0-9.]*:\([0-9]*\).*/\1/p' "$tmp/smtp.log" || true)
    [ -n "$smtp_port" ] && break
    kill -0 "$E2E_SINK_PID" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$smtp_port" ] || { echo "smtp sink did not start:" >&2; cat "$tmp/smtp.log" >&2; return 1; }

  local db="sqlite:$tmp/run/kenes.db" port
  "$KENES_ROOT/build/kenes" migrate --database-url "$db"
  # Demo directory and accounts (e2e/directory.spec.ts, staff_totp.spec.ts); other tests use fresh e-mails.
  "$KENES_ROOT/build/kenes" seed --demo --database-url "$db" >/dev/null
  port=$(free_port)
  # The server runs in its own directory so it neither reads a kenes.toml nor writes ./var here.
  (cd "$tmp/run" && exec "$KENES_ROOT/build/kenes" serve --host 127.0.0.1 --port "$port" \
    --database-url "$db" --web-root "$KENES_ROOT/web/dist" --smtp-url "smtp://127.0.0.1:$smtp_port") \
    >"$tmp/kenes.log" 2>&1 &
  E2E_KENES_PID=$!
  if ! wait_http "http://127.0.0.1:$port/healthz" "$E2E_KENES_PID" 30; then
    echo "--- kenes log" >&2; tail -50 "$tmp/kenes.log" >&2
    return 1
  fi
  echo "kenes on http://127.0.0.1:$port, smtp sink on 127.0.0.1:$smtp_port, mail in $tmp/mail"
  local rc=0
  (cd web && KENES_BASE_URL="http://127.0.0.1:$port" KENES_MAIL_DIR="$tmp/mail" \
    KENES_E2E_ADMIN="admin@demo.kenes.kz:demo-admin-2026" npm run e2e -- $specs) || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "--- last 50 lines of the kenes log" >&2; tail -50 "$tmp/kenes.log" >&2
  fi
  return "$rc"
}

export -f $(compgen -A function)

# --- runner ---------------------------------------------------------------------------------------
selected=("$@")
declare -A RESULT=()
names=() results=() durations=()
total_start=$(date +%s)
interrupted=0 stage_pid=""
on_signal() {
  interrupted=1
  [ -z "$stage_pid" ] || kill -TERM "$stage_pid" 2>/dev/null || true
}
trap on_signal INT TERM
for entry in "${STAGES[@]}"; do
  read -r name limit fn <<<"$entry"
  if [ ${#selected[@]} -gt 0 ] && [[ " ${selected[*]} " != *" $name "* ]]; then continue; fi
  start=$(date +%s)
  status=ok
  missing=""
  for dep in ${NEEDS[$name]:-}; do
    if [ -n "${RESULT[$dep]:-}" ] && [ "${RESULT[$dep]}" != ok ]; then missing="$dep"; fi
  done
  printf '\n===== %s =====\n' "$name"
  if [ -n "$missing" ]; then
    echo "skipped: $missing failed"
    status="FAILED (skipped: $missing failed)"
  else
    # Own bash per stage: errexit works inside it, and `timeout` can stop the whole process group.
    # Run in the background and wait, so that Ctrl-C / SIGTERM here reach the stage (see on_signal).
    timeout -k 15 "$limit" bash -c "set -eEuo pipefail
      trap 'echo \"test_all: $name: command failed (line \$LINENO): \$BASH_COMMAND\" >&2' ERR
      $fn" &
    stage_pid=$!
    while :; do
      rc=0
      wait "$stage_pid" || rc=$?
      kill -0 "$stage_pid" 2>/dev/null || break
    done
    stage_pid=""
    if [ "$interrupted" -eq 1 ]; then
      status="FAILED (interrupted)"
    elif [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
      status="FAILED (timeout ${limit}s)"
    elif [ "$rc" -ne 0 ]; then
      status="FAILED (exit $rc)"
    fi
  fi
  RESULT[$name]=$([ "$status" = ok ] && echo ok || echo failed)
  names+=("$name") results+=("$status") durations+=($(($(date +%s) - start)))
  [ "$interrupted" -eq 0 ] || break
done

passed=0 failed=0
printf '\n%-16s %-36s %8s\n' STAGE RESULT SECONDS
printf '%-16s %-36s %8s\n' ---------------- ------------------------------------ --------
for i in "${!names[@]}"; do
  printf '%-16s %-36s %8s\n' "${names[$i]}" "${results[$i]}" "${durations[$i]}"
  if [ "${results[$i]}" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
printf '%-16s %-36s %8s\n' total "" $(($(date +%s) - total_start))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
