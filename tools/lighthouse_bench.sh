#!/usr/bin/env bash
# Lighthouse (npm lighthouse@12.2.3, runs on Node 20) with Debian's chromium, mobile form factor and
# simulated throttling (Lighthouse's defaults), on /, /find and a deputy page of a running server.
# Each page is audited RUNS times (3); the run with the median performance score is reported:
# performance and accessibility scores (0-100), first contentful paint and bytes transferred.
#
#   tools/lighthouse_bench.sh http://127.0.0.1:8080 [deputy-id]
#
# Not part of make test (timings vary with the machine); run it by hand or from a benchmark.
set -euo pipefail

base=${1:?usage: tools/lighthouse_bench.sh BASE_URL [deputy-id]}
base=${base%/}
deputy=${2:-}
runs=${RUNS:-3}
chrome=${KENES_CHROMIUM:-/usr/bin/chromium}
lighthouse=(npx --yes lighthouse@12.2.3)

command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
[ -x "$chrome" ] || { echo "no chromium at $chrome (set KENES_CHROMIUM)" >&2; exit 1; }
curl -sf "$base/healthz" >/dev/null || { echo "no server answers at $base/healthz" >&2; exit 1; }
if [ -z "$deputy" ]; then
  deputy=$(curl -sf "$base/api/v1/deputies" | jq -r '.items[0].id // empty')
  [ -n "$deputy" ] || { echo "no deputy found at $base/api/v1/deputies; pass an id" >&2; exit 1; }
fi

# The same flags as web/playwright.config.ts.
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
flags+=" --disable-component-update --disable-sync"

out=$(mktemp -d /tmp/kenes-lighthouse.XXXXXX)
trap 'rm -rf "$out"' EXIT

printf '%-16s %5s %5s %8s %8s %10s\n' page perf a11y 'FCP s' 'LCP s' bytes
for page in / /find "/deputies/$deputy"; do
  for ((i = 1; i <= runs; i++)); do
    CHROME_PATH="$chrome" "${lighthouse[@]}" "$base$page" --quiet --output=json --output-path="$out/run$i.json" \
      --only-categories=performance,accessibility --form-factor=mobile --throttling-method=simulate \
      --chrome-flags="$flags" >/dev/null 2>"$out/run$i.log" || { cat "$out/run$i.log" >&2; exit 1; }
    jq -r '[(.categories.performance.score * 100 | round), (.categories.accessibility.score * 100 | round),
            (.audits["first-contentful-paint"].numericValue / 100 | round / 10),
            (.audits["largest-contentful-paint"].numericValue / 100 | round / 10),
            .audits["total-byte-weight"].numericValue] | @tsv' "$out/run$i.json" >>"$out/rows"
  done
  # The median run by performance score.
  sort -n -k1,1 "$out/rows" | sed -n "$(((runs + 1) / 2))p" |
    awk -v page="$page" '{ printf "%-16s %5d %5d %8.1f %8.1f %10d\n", page, $1, $2, $3, $4, $5 }'
  rm -f "$out/rows"
done
