#!/usr/bin/env bash
# Installs the Debian packages Kenes needs to build, run and test. Idempotent: only absent packages
# are installed, so a second run does no network work.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build ccache pkg-config clang-format
  # server libraries
  libboost-dev nlohmann-json3-dev libsqlite3-dev libpqxx-dev libpq-dev libsodium-dev
  libcurl4-openssl-dev libtomlplusplus-dev libcli11-dev libspdlog-dev libfmt-dev
  libstemmer-dev libxlsxwriter-dev libhpdf-dev zlib1g-dev libjemalloc-dev
  # posts' Markdown (docs/adr/0015-markdown-cmark-gfm.md)
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  # posts' images re-encoded from their pixels (server/src/platform/files/image_codec.hpp)
  libjpeg62-turbo-dev libpng-dev libwebp-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev postgresql-15 postgresql-client-15 wrk nginx-light
  python3 python3-aiosmtpd curl procps iproute2 jq
  # reception ICS feeds parsed as a calendar client would (server/tests/api: /usr/bin/python3)
  python3-icalendar
  # posts' RSS and Atom feeds parsed as a feed reader would (server/tests/api: /usr/bin/python3)
  python3-feedparser
  # talon PDF text check (server/tests/api: pdftotext)
  poppler-utils
  # fuzzing (tools/fuzz.sh: libFuzzer, ASan, UBSan) and SQL injection probing (stage sqlmap)
  clang-14 libclang-rt-14-dev llvm-14 sqlmap
  # lint (stage tidy: run-clang-tidy-14)
  clang-tidy-14
  # web and browser tests
  nodejs npm chromium fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# node/npm may come from outside Debian's packages on some machines; accept a working node ≥ 20.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install_deps: all packages present"
  exit 0
fi

echo "install_deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
