#!/usr/bin/env bash
# Layer and naming rules that clang-format and clang-tidy cannot see (docs/architecture.md, Rules).
#
#   tools/check_style.sh [SERVER_DIR]     # default: server/ of this repo
#
# Prints every violation as file:line: rule, and exits 1 if there was any.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
server=${1:-$root/server}
server=${server%/}
src=$server/src
[ -d "$src" ] || { echo "check_style: $src not found" >&2; exit 2; }
cd "$(dirname "$server")"
base=$(basename "$server")  # paths are printed relative to the repo root: server/src/...
src=$base/src

violations=0
report() {  # report RULE < lines of "file:line:text"
  local rule=$1 line
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    # Skip comment lines: "file:line:   // ..." or " * ...".
    local text=${line#*:*:}
    if [[ "$text" =~ ^[[:space:]]*(//|\*|/\*) ]]; then continue; fi
    echo "${line%%:*}:$(cut -d: -f2 <<<"$line"): $rule: $(sed 's/^[[:space:]]*//' <<<"$text")"
    violations=$((violations + 1))
  done
}

cxx_files() {  # cxx_files DIR...: C++ sources and headers under the given dirs
  find "$@" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' \) 2>/dev/null | sort
}

# 1. platform/ never includes features/ (dependencies point inward).
if [ -d "$src/platform" ]; then
  report "platform/ must not include features/" < <(
    cxx_files "$src/platform" | xargs -r grep -nHE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^">]*/)?features/' || true)
fi

# 2. Boost.Beast / Boost.Asio only inside platform/http (compile time, one place for the HTTP stack).
report "<boost/beast|asio> outside server/src/platform/http/" < <(
  cxx_files "$src" | grep -v "^$src/platform/http/" |
    xargs -r grep -nHE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]boost/(beast|asio)' || true)

# 3. No SQL text in HTTP handlers, services or policies (SQL lives in *_repository_sql.cpp, queries/).
report "SQL text outside the repository" < <(
  find "$src" -type f \( -name '*_http.cpp' -o -name '*_service.cpp' -o -name '*_policy.cpp' \) |
    sort | xargs -r grep -nHE '\bSELECT |INSERT INTO|DELETE FROM|\bUPDATE [A-Za-z_."]+ SET\b' || true)

# 4. File and directory names are snake_case (lower case, digits, underscores; dots for extensions).
report "file name is not snake_case" < <(
  for d in "$src" "$base/tests" "$base/bench" "$base/migrations"; do
    [ -d "$d" ] || continue
    find "$d" -mindepth 1 \( -name CMakeLists.txt -o -name README.md -o -name '.*' \) -prune -o -print |
      while IFS= read -r p; do
        name=$(basename "$p")
        [[ "$name" =~ ^[a-z0-9_]+(\.[a-z0-9_]+)*$ ]] || echo "$p:1:$name"
      done
  done | sort)

# 5. No console output in features/: use the logger (it redacts personal data).
if [ -d "$src/features" ]; then
  report "console output in features/ (use the logger)" < <(
    cxx_files "$src/features" |
      xargs -r grep -nHE 'std::(cout|cerr|clog)\b|(^|[^_[:alnum:]])(std::)?(printf|fprintf|puts)[[:space:]]*\(|fmt::print[[:space:]]*\(' || true)
fi

# 6. A feature uses another feature only through its service header (features/<f>/*_service.hpp):
#    what a feature keeps inside stays free to change.
if [ -d "$src/features" ]; then
  report "features/<a> includes features/<b> other than its *_service.hpp" < <(
    for dir in "$src"/features/*/; do
      own=$(basename "$dir")
      cxx_files "$dir" |
        xargs -r grep -nHE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"features/' |
        grep -vE "\"features/$own/" | grep -vE '"features/[a-z0-9_]+/[a-z0-9_]+_service\.hpp"' || true
    done)
fi

# 7. Document libraries (PDF, spreadsheets, Markdown) only through platform/docs: one place knows
#    their quirks, and features stay testable without them.
if [ -d "$src/features" ]; then
  report "a document library included outside platform/docs/" < <(
    cxx_files "$src" | grep -v "^$src/platform/docs/" |
      xargs -r grep -nHE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](hpdf|xlsxwriter|cmark|cmark-gfm)[^">]*[">]' ||
      true)
fi

# 8. A source file over 450 lines says in its first comment why it is one file (issue 9: "no
#    source file over ~400 lines without a reason"); tests are exempt.
report "over 450 lines without a reason in its first comment" < <(
  cxx_files "$src" | grep -v '_test\.cpp$' | while IFS= read -r f; do
    n=$(wc -l <"$f")
    if [ "$n" -gt 450 ] && ! head -1 "$f" | grep -q '^//'; then echo "$f:1:$n lines"; fi
  done)

if [ "$violations" -gt 0 ]; then
  echo "check_style: $violations violation(s)"
  exit 1
fi
echo "check_style: ok"
