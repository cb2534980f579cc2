#!/usr/bin/env bash
# Dumps the PostgreSQL test database after an API test run (the tests keep their schemas when
# KENES_TEST_KEEP_SCHEMAS=1) and greps the dump for every IIN the tests use
# (the 12-digit lines of server/tests/api/personal_data_seeds.txt): any hit means an IIN was
# stored in clear somewhere — a column, an audit row, a job payload (docs/adr/0018). Prints the
# IINs found and where (schema and table), never the rows. Mirrors tools/check_log_redaction.sh.
#
#   tools/check_dump_iins.sh postgresql://kenes@127.0.0.1:PORT/kenes_test
set -euo pipefail
url=${1:?usage: check_dump_iins.sh POSTGRES_URL}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
seeds="$(dirname "$0")/../server/tests/api/personal_data_seeds.txt"
work=$(mktemp -d /tmp/kenes-dump-iins.XXXXXX)
trap 'rm -rf "$work"' EXIT

grep -E '^[0-9]{12}$' "$seeds" >"$work/iins" || true
[[ -s $work/iins ]] || { echo "dump IINs: no IIN in $seeds" >&2; exit 1; }

mapfile -t schemas < <("$PG_BIN/psql" -d "$url" -AtX -c \
  "SELECT nspname FROM pg_namespace WHERE nspname = 'public' OR nspname LIKE 't\_%' ORDER BY 1")
((${#schemas[@]} > 1)) || {
  echo "dump IINs: no test schema kept in $url (run the tests with KENES_TEST_KEEP_SCHEMAS=1)" >&2
  exit 1
}

# pg_dump locks every table it dumps: a few dozen schemas at a time stay inside the lock table.
found=0 bytes=0 sealed=0
for ((i = 0; i < ${#schemas[@]}; i += 40)); do
  args=()
  for s in "${schemas[@]:i:40}"; do args+=(-n "$s"); done
  "$PG_BIN/pg_dump" -d "$url" --data-only --no-owner "${args[@]}" >"$work/dump.sql"
  bytes=$((bytes + $(wc -c <"$work/dump.sql")))
  sealed=$((sealed + $(grep -o 'v1:[0-9a-f]\{40\}' "$work/dump.sql" | wc -l)))
  if grep -qF -f "$work/iins" "$work/dump.sql"; then
    found=1
    # Where: the COPY header above each hit names schema.table; the IIN itself is the seed.
    awk -v iins="$work/iins" '
      BEGIN { while ((getline l < iins) > 0) seed[l] = 1 }
      /^COPY / { table = $2 }
      { for (s in seed) if (index($0, s)) hits[s " in " table]++ }
      END { for (h in hits) printf "dump IINs: %s appears in %s (%d rows)\n", substr(h, 1, 12), substr(h, 17), hits[h] }
    ' "$work/dump.sql" >&2
  fi
done
if ((found)); then exit 1; fi
# A dump that holds no sealed IIN proves nothing: the tests must have stored some.
((sealed > 0)) || { echo "dump IINs: the dump holds no sealed IIN (v1:...); nothing was checked" >&2; exit 1; }
echo "dump IINs: ${#schemas[@]} schemas, $bytes bytes dumped, $sealed sealed IINs, none of $(wc -l <"$work/iins") seeded IINs in clear"
