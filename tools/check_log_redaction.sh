#!/usr/bin/env bash
# Greps the log of an API test run for the personal data the tests use
# (server/tests/api/personal_data_seeds.txt): any hit means a log line carried a name, phone, IIN,
# e-mail or appeal text past the redaction (platform/log). Prints the seeds found, never the lines.
#
#   tools/check_log_redaction.sh build/api-tests.log
set -euo pipefail
log=${1:?usage: check_log_redaction.sh LOGFILE}
seeds="$(dirname "$0")/../server/tests/api/personal_data_seeds.txt"
[[ -s $log ]] || { echo "log redaction: $log is empty or missing" >&2; exit 1; }
found=0
while IFS= read -r seed; do
  [[ -z $seed || $seed == \#* ]] && continue
  if grep -qF -- "$seed" "$log"; then
    echo "log redaction: '$seed' appears in $log ($(grep -cF -- "$seed" "$log") lines)" >&2
    found=1
  fi
done <"$seeds"
lines=$(wc -l <"$log")
if ((found)); then exit 1; fi
echo "log redaction: $lines log lines, none holds a seeded name, phone, IIN, e-mail or text"
