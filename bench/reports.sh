#!/usr/bin/env bash
# The register-wide report reads of the committee office (issue 12, not target rows; session 55, ADR 0087): the two
# statistical forms (today and as of a past date), the membership movements of a year and the first page of the badge
# eligibility, each requested REPEAT times in order by an Admin (the whole register) on a copy of a cached register, one
# request at a time. Reports seconds, body size and md5 (to compare two builds' bodies) and the API's peak memory. No raw
# baseline: the figures are cross-tabulations of each member's state on a day, which no single SQL statement of the
# shell serves faster than the API (the shell's correlated form is the statement ADR 0087 replaced).
#   SIZES="100000" bench/reports.sh
#   API_DLL=/tmp/old/PartyCommittee.Api.dll DB=/path/to/a/copy.db bench/reports.sh   # another build, an existing copy
# Pinned as run.sh: the API on SERVER_CPUS, curl on LOAD_CPUS.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000"}
SERVER_CPUS=${SERVER_CPUS:-0}
LOAD_CPUS=${LOAD_CPUS:-1}
PORT=${PORT:-5086}
DATA=${DATA:-bench/data}
REPEAT=${REPEAT:-3}
API_DLL=${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}
OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-reports.md}
PATHS=${PATHS:-"reports/member-quality reports/ethnicity-religion reports/member-quality?asOf=2020-06-30 reports/membership-movements?from=2025-01-01&to=2025-12-31 party-badges/eligible?pageSize=100"}
. bench/lib.sh
bench_setup

{
  echo "# Register-wide report reads $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "$(nproc) cores; SQLite (WAL); API pinned to CPU $SERVER_CPUS, curl to CPU $LOAD_CPUS; commit $(git rev-parse --short HEAD); API $API_DLL. Admin token, $REPEAT requests each, in order."
  echo
  echo "| size | request | HTTP | seconds | bytes | md5 |"
  echo "|---:|---|---|---|---:|---|"
} > "$OUT"

for size in $SIZES; do
  if [ -n "${DB:-}" ]; then
    db=$DB
  else
    src=$(ls bench/.cache/bench-v*-"$size".db 2>/dev/null | sort -V | tail -1)
    [ -n "$src" ] || { echo "no cached database for $size (run bench/run.sh first)" >&2; exit 1; }
    db=$DATA/reports-$size.db
    rm -f "$db" "$db"-wal "$db"-shm; cp "$src" "$db"
  fi
  api_start "$db" "$DATA/reports-api.log"
  for path in $PATHS; do
    times=; status=; bytes=; sum=
    for _ in $(seq 1 "$REPEAT"); do
      read -r status secs bytes < <(taskset -c "$LOAD_CPUS" curl -sS -o "$DATA/reports-body" -w "%{http_code} %{time_total} %{size_download}\n" --max-time 3600 \
        -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/$path")
      times="$times${times:+, }$(printf '%.2f' "$secs")"
      sum=$(md5sum "$DATA/reports-body" | cut -c1-12)
    done
    echo "| $size | \`GET /$path\` | $status | $times | $bytes | $sum |" >> "$OUT"
  done
  echo "| $size | API peak RSS | | $(api_peak_mb) MB | | |" >> "$OUT"
  api_stop
  [ -n "${DB:-}" ] || rm -f "$db" "$db"-wal "$db"-shm
done
cat "$OUT"
