#!/usr/bin/env bash
# The evaluation module's heaviest write (issue 12): opening the annual rating campaign of the bench register's root
# committee (POST /api/v1/rating-campaigns, year 2024: the register has 2025's), which lists a line per member counted
# in its cells on the reference day, each with its audit row. One request per size on a fresh copy of the cached
# database (bench/run.sh makes them), beside a raw baseline: the same lines written by one INSERT … SELECT in the
# sqlite3 shell on another copy (members placed in a cell on the day with a counted status; no audit rows, no rules
# for exemptions, tenure, transfers or moves; foreign keys off as the shell's default).
#   SIZES="10000 100000" bench/campaign-open.sh
#   API_DLL=/tmp/oldapi/PartyCommittee.Api.dll SIZES=10000 bench/campaign-open.sh   # another build
# Pinned as run.sh: the API and the baseline on SERVER_CPUS, curl on LOAD_CPUS.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000 1000000"}
SERVER_CPUS=${SERVER_CPUS:-0}
LOAD_CPUS=${LOAD_CPUS:-1}
PORT=${PORT:-5084}
DATA=${DATA:-bench/data}
YEAR=${YEAR:-2024}
API_DLL=${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}
OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-campaign-open.md}
. bench/lib.sh
bench_setup

{
  echo "# Rating campaign opening $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "$(nproc) cores; SQLite (WAL); API and baseline pinned to CPU $SERVER_CPUS, curl to CPU $LOAD_CPUS; commit $(git rev-parse --short HEAD); API $API_DLL."
  echo "API: POST /api/v1/rating-campaigns {root committee, year $YEAR, openedOn $YEAR-12-01}, Admin token, one request on a fresh copy. Raw: one INSERT … SELECT of the roster's lines in the sqlite3 shell on another copy."
  echo
  echo "| size | lines | API s | API CPU s | API peak RSS MB | raw s | API/raw | HTTP |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$OUT"

for size in $SIZES; do
  src=$(ls bench/.cache/bench-v*-"$size".db 2>/dev/null | sort -V | tail -1)
  [ -n "$src" ] || { echo "no cached database for $size (run bench/run.sh first)" >&2; exit 1; }
  db=$DATA/campaign-$size.db; raw=$DATA/campaign-$size-raw.db
  rm -f "$db" "$db"-wal "$db"-shm "$raw" "$raw"-wal "$raw"-shm; cp "$src" "$db"
  root=$(sqlite3 "$db" "SELECT Id FROM Organizations WHERE Code='DB-BENCH'")
  api_start "$db" "$DATA/campaign-api.log"
  c0=$(api_cpu)
  read -r status secs < <(taskset -c "$LOAD_CPUS" curl -sS -o "$DATA/campaign-body.json" -w "%{http_code} %{time_total}\n" --max-time 3600 -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"organizationId\":\"$(tr 'A-Z' 'a-z' <<<"$root")\",\"year\":$YEAR,\"openedOn\":\"$YEAR-12-01\"}" "http://127.0.0.1:$PORT/api/v1/rating-campaigns")
  used=$(awk -v a="$(api_cpu)" -v b="$c0" 'BEGIN{printf "%.1f", a-b}'); peak=$(api_peak_mb)
  api_stop
  lines=$(sqlite3 "$db" "SELECT COUNT(*) FROM MemberRatings r JOIN RatingCampaigns c ON c.Id = r.CampaignId WHERE c.Year = $YEAR")
  rm -f "$db" "$db"-wal "$db"-shm; cp "$src" "$raw"   # one copy at a time (the 1M file is 10 GB)
  start=$(date +%s.%N)
  taskset -c "$SERVER_CPUS" sqlite3 "$raw" "
    INSERT INTO MemberRatings (Id, CampaignId, MemberId, CellId, Rated, Arrangement, ConcludedDegraded, UnderHalfTargets, SickLeaveMonths, Version, CreatedAt, UpdatedAt)
    SELECT upper(hex(randomblob(16))), '00000000-0000-0000-0000-0000000000$((YEAR % 100))', p.MemberId, p.OrganizationId, 1, 'Regular', 0, 0, 0, 1, datetime('now'), datetime('now')
    FROM Organizations AS o JOIN MemberPlacements AS p ON p.OrganizationId = o.Id
    WHERE o.Path LIKE (SELECT Path FROM Organizations WHERE Id = '$root') || '%' AND o.Type = 'PartyCell'
      AND p.StartsOn <= '$YEAR-12-01' AND (p.EndsOn IS NULL OR p.EndsOn > '$YEAR-12-01')
      AND (SELECT s.Status FROM MemberStatusPeriods AS s WHERE s.MemberId = p.MemberId AND s.StartsOn <= '$YEAR-12-01'
           AND (s.EndsOn IS NULL OR s.EndsOn > '$YEAR-12-01') ORDER BY s.StartsOn DESC LIMIT 1) IN ('Probationary', 'Full');" >/dev/null
  rsecs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.2f", e-s}')
  rlines=$(sqlite3 "$raw" "SELECT COUNT(*) FROM MemberRatings WHERE CampaignId LIKE '00000000-%'")
  ratio=$(awk -v a="$rsecs" -v b="$secs" 'BEGIN{printf "%.0f%%", 100*a/b}')
  echo "| $size | $lines (raw: $rlines) | $secs | $used | $peak | $rsecs | $ratio | $status |" | tee -a "$OUT"
  rm -f "$raw" "$raw"-wal "$raw"-shm
done
echo; echo "results: $OUT"
