#!/usr/bin/env bash
# The inspection module's heaviest write (issue 12): a month of party dues for the whole bench committee imported from
# one CSV (POST /api/v1/dues/import, month 2024-12, which has no sheet yet: the import opens every cell's sheet and
# records a payment per member), then the same file again (a replay: every row UNCHANGED, nothing written). One run per
# size on a fresh copy of the cached database (bench/run.sh makes them), beside a raw baseline: the same sheets and
# paid lines written by two INSERT … SELECT in the sqlite3 shell on another copy (no audit rows, no rules, no checks;
# foreign keys off as the shell's default). Then the corrections of a month whose sheets are stored (the generator's
# last month: every line paid its due on the 20th by one collector, so nearly every row changes its line; ADR 0088),
# beside the same lines and sheets updated by two UPDATE statements in the shell.
#   SIZES="10000 100000" bench/dues-import.sh
#   API_DLL=/tmp/oldapi/PartyCommittee.Api.dll SIZES=10000 bench/dues-import.sh   # another build
# Pinned as run.sh: the API and the baseline on SERVER_CPUS, curl on LOAD_CPUS.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000"}
SERVER_CPUS=${SERVER_CPUS:-0}
LOAD_CPUS=${LOAD_CPUS:-1}
PORT=${PORT:-5085}
DATA=${DATA:-bench/data}
MONTH=${MONTH:-2024-12-01}
PAID=${PAID:-5000}
API_DLL=${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}
OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-dues-import.md}
. bench/lib.sh
bench_setup
# The members placed in a cell of the root's subtree on the month's first day with a counted status (the sheets' roster).
roster() {
  echo "FROM Organizations AS o JOIN MemberPlacements AS p ON p.OrganizationId = o.Id JOIN Members AS m ON m.Id = p.MemberId
    WHERE o.Path LIKE (SELECT Path FROM Organizations WHERE Code = 'DB-BENCH') || '%' AND o.Type = 'PartyCell'
      AND p.StartsOn <= '$MONTH' AND (p.EndsOn IS NULL OR p.EndsOn > '$MONTH')
      AND (SELECT s.Status FROM MemberStatusPeriods AS s WHERE s.MemberId = p.MemberId AND s.StartsOn <= '$MONTH'
           AND (s.EndsOn IS NULL OR s.EndsOn > '$MONTH') ORDER BY s.StartsOn DESC LIMIT 1) IN ('Probationary', 'Full')"
}
import() { # file [month] -> "status seconds cpu"
  local c0 status secs
  c0=$(api_cpu)
  read -r status secs < <(taskset -c "$LOAD_CPUS" curl -sS -o "$DATA/dues-body.json" -w "%{http_code} %{time_total}\n" --max-time 3600 -X POST \
    -H "Authorization: Bearer $TOKEN" -F "file=@$1;type=text/csv" "http://127.0.0.1:$PORT/api/v1/dues/import?month=${2:-$MONTH}&atomic=false")
  echo "$status $secs $(awk -v a="$(api_cpu)" -v b="$c0" 'BEGIN{printf "%.1f", a-b}')"
}
outcome() { grep -o '"rows":[0-9]*,"recorded":[0-9]*,"unchanged":[0-9]*,"errors":[0-9]*' "$DATA/dues-body.json" | tr -d '"' || head -c 300 "$DATA/dues-body.json"; }

{
  echo "# Dues import $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "$(nproc) cores; SQLite (WAL); API and baseline pinned to CPU $SERVER_CPUS, curl to CPU $LOAD_CPUS; commit $(git rev-parse --short HEAD); API $API_DLL."
  echo "API: POST /api/v1/dues/import?month=$MONTH&atomic=false, a CSV of every member on the month's sheets of the bench committee (card number, paid $PAID, day), Admin token, on a fresh copy; then the same file again (replay). Raw: the sheets and their paid lines by two INSERT … SELECT in the sqlite3 shell on another copy."
  echo
  echo "| size | rows | API s | API CPU s | outcome | replay s | replay CPU s | API peak RSS MB | raw s | API/raw | HTTP | stored month: rows | API s (CPU s) | outcome | raw s | API/raw |"
  echo "|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---|---|---:|---:|"
} > "$OUT"

for size in $SIZES; do
  src=$(ls bench/.cache/bench-v*-"$size".db 2>/dev/null | sort -V | tail -1)
  [ -n "$src" ] || { echo "no cached database for $size (run bench/run.sh first)" >&2; exit 1; }
  db=$DATA/dues-$size.db; raw=$DATA/dues-$size-raw.db; csv=$DATA/dues-$size.csv
  rm -f "$db" "$db"-wal "$db"-shm "$raw" "$raw"-wal "$raw"-shm; cp "$src" "$db"
  { echo "memberCode,paid,paidOn,collector"
    sqlite3 -csv "$db" "SELECT m.PartyCardNumber, $PAID, date('$MONTH', '+9 days'), 'Thủ quỹ chi bộ' $(roster) ORDER BY o.Path, m.PartyCardNumber"; } > "$csv"
  rows=$(($(wc -l < "$csv") - 1))
  # The corrections: the last month the generator gave sheets, every line of it paid its due on the 20th by one collector.
  stored=$(sqlite3 "$db" "SELECT MAX(Month) FROM DuesSheets")
  fixes=$DATA/dues-$size-stored.csv
  { echo "memberCode,paid,paidOn,collector"
    sqlite3 -csv "$db" "SELECT m.PartyCardNumber, l.Due, date('$stored', '+19 days'), 'Thủ quỹ chi bộ' FROM DuesLines AS l JOIN DuesSheets AS s ON s.Id = l.SheetId
      JOIN Members AS m ON m.Id = l.MemberId JOIN Organizations AS o ON o.Id = s.OrganizationId
      WHERE s.Month = '$stored' AND m.PartyCardNumber IS NOT NULL ORDER BY o.Path, m.PartyCardNumber"; } > "$fixes"
  fixrows=$(($(wc -l < "$fixes") - 1))
  api_start "$db" "$DATA/dues-api.log" Import__MaxRows=$((rows + fixrows + 1000)) Import__MaxFileBytes=1073741824
  read -r status secs used < <(import "$csv"); first=$(outcome)
  read -r rstatus rsecs rused < <(import "$csv"); second=$(outcome)
  read -r fstatus fsecs fused < <(import "$fixes" "$stored"); fixed="$(outcome) ($fstatus)"
  peak=$(api_peak_mb)
  api_stop
  sheets=$(sqlite3 "$db" "SELECT COUNT(*) || ' sheets, ' || SUM(LineCount) || ' lines' FROM DuesSheets WHERE Month = '$MONTH'")
  rm -f "$db" "$db"-wal "$db"-shm; cp "$src" "$raw"   # one copy at a time (the 1M file is 10 GB)
  start=$(date +%s.%N)
  taskset -c "$SERVER_CPUS" sqlite3 "$raw" "
    BEGIN;
    INSERT INTO DuesSheets (Id, OrganizationId, Month, RuleSetCode, RetentionPercent, Version, CreatedAt, UpdatedAt, LineCount, Retained, TotalArrears, TotalDue, TotalExempted, TotalPaid)
    SELECT upper(hex(randomblob(16))), o.Id, '$MONTH', 'QD342-2010', 30, 1, datetime('now'), datetime('now'), COUNT(*), COUNT(*) * $PAID * 30 / 100, 0, COUNT(*) * $PAID, 0, COUNT(*) * $PAID
    $(roster) GROUP BY o.Id;
    INSERT INTO DuesLines (Id, SheetId, MemberId, Category, Due, Exempted, Paid, PaidOn, Collector, Excused, Reason, Arrears)
    SELECT upper(hex(randomblob(16))), (SELECT d.Id FROM DuesSheets AS d WHERE d.OrganizationId = o.Id AND d.Month = '$MONTH'), p.MemberId, 'Other', $PAID, 0, $PAID,
      date('$MONTH', '+9 days'), 'Thủ quỹ chi bộ', 0, NULL, 0
    $(roster);
    COMMIT;" >/dev/null
  rawsecs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.2f", e-s}')
  start=$(date +%s.%N)
  taskset -c "$SERVER_CPUS" sqlite3 "$raw" "
    BEGIN;
    UPDATE DuesLines SET Paid = Due, PaidOn = date('$stored', '+19 days'), Collector = 'Thủ quỹ chi bộ', Excused = 0, Reason = NULL, Arrears = 0
      WHERE SheetId IN (SELECT Id FROM DuesSheets WHERE Month = '$stored');
    UPDATE DuesSheets SET TotalPaid = TotalDue, TotalArrears = 0, Retained = TotalDue * RetentionPercent / 100, Version = Version + 1 WHERE Month = '$stored';
    COMMIT;" >/dev/null
  fixraw=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.2f", e-s}')
  rawsheets=$(sqlite3 "$raw" "SELECT COUNT(*) || ' sheets, ' || SUM(LineCount) || ' lines' FROM DuesSheets WHERE Month = '$MONTH'")
  rm -f "$raw" "$raw"-wal "$raw"-shm
  ratio=$(awk -v a="$rawsecs" -v b="$secs" 'BEGIN{printf "%.0f%%", 100*a/b}')
  fixratio=$(awk -v a="$fixraw" -v b="$fsecs" 'BEGIN{printf "%.0f%%", 100*a/b}')
  echo "| $size | $rows | $secs | $used | $first; $sheets (raw: $rawsheets) | $rsecs | $rused | $peak | $rawsecs | $ratio | $status / $rstatus ($second) | $fixrows ($stored) | $fsecs ($fused) | $fixed | $fixraw | $fixratio |" | tee -a "$OUT"
done
echo; echo "results: $OUT"
