#!/usr/bin/env bash
# The inspection module's heaviest write (issue 12): a month of party dues for the whole bench committee imported from
# one CSV (POST /api/v1/dues/import, month 2024-12, which has no sheet yet: the import opens every cell's sheet and
# records a payment per member), then the same file again (a replay: every row UNCHANGED, nothing written). One run per
# size on a fresh copy of the cached database (bench/run.sh makes them), beside a raw baseline: the same sheets and
# paid lines written by two INSERT … SELECT in the sqlite3 shell on another copy (no audit rows, no rules, no checks;
# foreign keys off as the shell's default).
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
mkdir -p "$DATA" bench/results
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build src/Api -c Release -v quiet -nologo >/dev/null
  dotnet build bench/PartyCommittee.Bench -c Release -v quiet -nologo >/dev/null
fi
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
BENCH="dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll"
TOKEN=$($BENCH token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)
api_pid=
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null || true; }
trap cleanup EXIT
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$api_pid/stat"; }
hwm() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$api_pid/status"; }
# The members placed in a cell of the root's subtree on the month's first day with a counted status (the sheets' roster).
roster() {
  echo "FROM Organizations AS o JOIN MemberPlacements AS p ON p.OrganizationId = o.Id JOIN Members AS m ON m.Id = p.MemberId
    WHERE o.Path LIKE (SELECT Path FROM Organizations WHERE Code = 'DB-BENCH') || '%' AND o.Type = 'PartyCell'
      AND p.StartsOn <= '$MONTH' AND (p.EndsOn IS NULL OR p.EndsOn > '$MONTH')
      AND (SELECT s.Status FROM MemberStatusPeriods AS s WHERE s.MemberId = p.MemberId AND s.StartsOn <= '$MONTH'
           AND (s.EndsOn IS NULL OR s.EndsOn > '$MONTH') ORDER BY s.StartsOn DESC LIMIT 1) IN ('Probationary', 'Full')"
}
import() { # file -> "status seconds cpu"
  local c0 status secs
  c0=$(cpu)
  read -r status secs < <(taskset -c "$LOAD_CPUS" curl -sS -o "$DATA/dues-body.json" -w "%{http_code} %{time_total}\n" --max-time 3600 -X POST \
    -H "Authorization: Bearer $TOKEN" -F "file=@$1;type=text/csv" "http://127.0.0.1:$PORT/api/v1/dues/import?month=$MONTH&atomic=false")
  echo "$status $secs $(awk -v a="$(cpu)" -v b="$c0" 'BEGIN{printf "%.1f", a-b}')"
}
outcome() { grep -o '"rows":[0-9]*,"recorded":[0-9]*,"unchanged":[0-9]*,"errors":[0-9]*' "$DATA/dues-body.json" | tr -d '"' || head -c 300 "$DATA/dues-body.json"; }

{
  echo "# Dues import $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "$(nproc) cores; SQLite (WAL); API and baseline pinned to CPU $SERVER_CPUS, curl to CPU $LOAD_CPUS; commit $(git rev-parse --short HEAD); API $API_DLL."
  echo "API: POST /api/v1/dues/import?month=$MONTH&atomic=false, a CSV of every member on the month's sheets of the bench committee (card number, paid $PAID, day), Admin token, on a fresh copy; then the same file again (replay). Raw: the sheets and their paid lines by two INSERT … SELECT in the sqlite3 shell on another copy."
  echo
  echo "| size | rows | API s | API CPU s | outcome | replay s | replay CPU s | API peak RSS MB | raw s | API/raw | HTTP |"
  echo "|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|"
} > "$OUT"

for size in $SIZES; do
  src=$(ls bench/.cache/bench-v*-"$size".db 2>/dev/null | sort -V | tail -1)
  [ -n "$src" ] || { echo "no cached database for $size (run bench/run.sh first)" >&2; exit 1; }
  db=$DATA/dues-$size.db; raw=$DATA/dues-$size-raw.db; csv=$DATA/dues-$size.csv
  rm -f "$db" "$db"-wal "$db"-shm "$raw" "$raw"-wal "$raw"-shm; cp "$src" "$db"
  { echo "memberCode,paid,paidOn,collector"
    sqlite3 -csv "$db" "SELECT m.PartyCardNumber, $PAID, date('$MONTH', '+9 days'), 'Thủ quỹ chi bộ' $(roster) ORDER BY o.Path, m.PartyCardNumber"; } > "$csv"
  rows=$(($(wc -l < "$csv") - 1))
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$PORT \
  Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$db" Database__SeedDemoData=false \
  RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
  Import__MaxRows=$((rows + 1000)) Import__MaxFileBytes=1073741824 \
  Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
  Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
    taskset -c "$SERVER_CPUS" dotnet "$API_DLL" > "$DATA/dues-api.log" 2>&1 & api_pid=$!
  for _ in $(seq 1 480); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null && break; sleep 0.5; done
  read -r status secs used < <(import "$csv"); first=$(outcome)
  read -r rstatus rsecs rused < <(import "$csv"); second=$(outcome)
  peak=$(hwm)
  cleanup; wait "$api_pid" 2>/dev/null || true; api_pid=
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
  rawsheets=$(sqlite3 "$raw" "SELECT COUNT(*) || ' sheets, ' || SUM(LineCount) || ' lines' FROM DuesSheets WHERE Month = '$MONTH'")
  rm -f "$raw" "$raw"-wal "$raw"-shm
  ratio=$(awk -v a="$rawsecs" -v b="$secs" 'BEGIN{printf "%.0f%%", 100*a/b}')
  echo "| $size | $rows | $secs | $used | $first; $sheets (raw: $rawsheets) | $rsecs | $rused | $peak | $rawsecs | $ratio | $status / $rstatus ($second) |" | tee -a "$OUT"
done
echo; echo "results: $OUT"
