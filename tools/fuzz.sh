#!/usr/bin/env bash
# Builds the libFuzzer targets (server/fuzz/*_fuzz.cpp) in build-fuzz/ with clang-14 and ccache,
# then for each target: replays every input of its corpus (server/fuzz/corpus/<name>/, kept in the
# repository), and fuzzes for SECONDS from that corpus. New inputs go to a temporary directory, never
# into the repository. Any crash, sanitizer report, leak or timeout fails the run and prints the
# reproducer's path and the command that replays it.
#
#   tools/fuzz.sh                      # every target, 60 s each
#   tools/fuzz.sh --seconds 10         # what `make test` runs; `make fuzz` gives 120 s
#   tools/fuzz.sh csv address          # only these targets (names without _fuzz)
#   KENES_FUZZ_KEEP=1 tools/fuzz.sh    # keep the temporary directory (new inputs, logs)
#
# A crash found: fix it at its root, then copy the reproducer into server/fuzz/corpus/<name>/.
set -euo pipefail

. "$(dirname "$0")/lib.sh"
cd "$KENES_ROOT"

seconds=60
targets=()
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --seconds=*) seconds=${1#*=}; shift ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) targets+=("${1%_fuzz}"); shift ;;
  esac
done

if [ ${#targets[@]} -eq 0 ]; then
  for f in server/fuzz/*_fuzz.cpp; do
    f=$(basename "$f" .cpp)
    targets+=("${f%_fuzz}")
  done
fi

# Longest input to try per target (the replay of the corpus has no limit): enough for a few CSV
# rows or a realistic JSON body, small enough to keep the fuzzer quick.
max_len() {
  case $1 in
    json_body | image) echo 8192 ;;
    csv | directory_import) echo 4096 ;;
    xlsx) echo 16384 ;;
    http) echo 2048 ;;
    fold | stem) echo 1024 ;;
    address) echo 256 ;;
    *) echo 4096 ;;
  esac
}

CXX=${KENES_FUZZ_CXX:-clang++-14}
command -v "$CXX" >/dev/null || { echo "fuzz: $CXX not found (tools/install_deps.sh installs it)" >&2; exit 1; }
mkdir -p "$CCACHE_DIR"
log "building the fuzz targets in build-fuzz/ ($CXX)"
cmake -S . -B build-fuzz -G Ninja -DKENES_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build-fuzz

out=$(mktemp -d /tmp/kenes-fuzz.XXXXXX)
if [ -z "${KENES_FUZZ_KEEP:-}" ]; then
  trap 'rm -rf "$out"' EXIT
else
  log "keeping $out"
fi

# Abort on the first report; leaks are findings too. The symbolizer makes traces readable.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [ -x /usr/bin/llvm-symbolizer-14 ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
fi

failed=()
for t in "${targets[@]}"; do
  bin=$KENES_ROOT/build-fuzz/${t}_fuzz
  corpus=$KENES_ROOT/server/fuzz/corpus/$t
  [ -x "$bin" ] || { echo "fuzz: no target $bin" >&2; failed+=("$t"); continue; }
  mkdir -p "$out/$t/new" "$corpus"
  common=(-timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/$t/")

  # 1. The corpus as it is, each input whole (regression test for every earlier finding).
  mapfile -t seeds < <(find "$corpus" -type f | sort)
  if [ ${#seeds[@]} -gt 0 ] &&
    ! (cd "$out/$t" && "$bin" "${common[@]}" "${seeds[@]}") >"$out/$t/replay.log" 2>&1; then
    echo "fuzz: $t: an input of server/fuzz/corpus/$t fails:" >&2
    grep -E '^Running:|ERROR|SUMMARY|runtime error|#[0-9]+ 0x' "$out/$t/replay.log" | tail -30 >&2
    failed+=("$t")
    continue
  fi

  # 2. Fuzzing from the corpus; what is new goes to $out/$t/new.
  log "fuzz: $t for ${seconds}s (${#seeds[@]} seeds, max_len $(max_len "$t"))"
  rc=0
  (cd "$out/$t" && "$bin" "${common[@]}" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
    -print_final_stats=1 "$out/$t/new" "$corpus") >"$out/$t/fuzz.log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    mkdir -p /tmp/kenes-fuzz-crashes
    found=$(find "$out/$t" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o \
      -name 'timeout-*' -o -name 'oom-*' \) | head -1)
    echo "fuzz: $t FAILED (exit $rc)" >&2
    grep -E 'ERROR|SUMMARY|runtime error|#[0-9]+ 0x' "$out/$t/fuzz.log" | head -40 >&2
    if [ -n "$found" ]; then
      keep=/tmp/kenes-fuzz-crashes/${t}-$(basename "$found")
      cp "$found" "$keep"
      echo "fuzz: reproducer: $keep" >&2
      echo "fuzz: replay it:  build-fuzz/${t}_fuzz $keep" >&2
    else
      tail -20 "$out/$t/fuzz.log" >&2
    fi
    failed+=("$t")
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t/fuzz.log")
  cov=$(grep -oE 'cov: [0-9]+' "$out/$t/fuzz.log" | tail -1)
  log "fuzz: $t ok: ${runs:-?} runs, $cov, $(find "$out/$t/new" -type f | wc -l) new inputs"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
log "fuzz: all ${#targets[@]} targets clean"
