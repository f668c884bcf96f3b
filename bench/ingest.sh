#!/usr/bin/env bash
# Data-value ingestion benchmark (issues 11 and 12): N values as CSV through POST /api/v1/data-values (async job,
# atomic=false, polled to its end), then the same file again (a replay: every row ignored), beside a raw ADO.NET
# batched insert of the same rows into the same table of a copy of the same database. Reports values/s, the ratio to
# raw and the API process's peak resident memory (VmHWM) per size: flat means independent of the payload.
#   bench/ingest.sh                         # 100k and 1M values
#   ROWS="100000" bench/ingest.sh
#   PROFILE=true ROWS="100000" bench/ingest.sh  # adds the run's time per phase (ImportJobs:Profile)
# Pinning as in run.sh: the API and the raw baseline on SERVER_CPUS, the client (upload + polling) on LOAD_CPUS.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-"100000 1000000"}
PIN=${PIN:-1}
SERVER_CPUS=${SERVER_CPUS:-0}
LOAD_CPUS=${LOAD_CPUS:-1}
if [ "$PIN" = 1 ] && command -v taskset >/dev/null; then
  ON_SERVER=(taskset -c "$SERVER_CPUS"); ON_LOAD=(taskset -c "$LOAD_CPUS")
  PINNING="API and raw baseline pinned to CPU $SERVER_CPUS, client to CPU $LOAD_CPUS (taskset)"
else
  ON_SERVER=(); ON_LOAD=(); PINNING="not pinned"
fi
DATA=${DATA:-bench/data}
PORT=${PORT:-5083}
API_URL=http://127.0.0.1:$PORT
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
API_LOG=${API_LOG:-$DATA/bench-ingest-api.log}
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-ingest.md
mkdir -p bench/results "$DATA"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build src/Api -c Release -v quiet -nologo >/dev/null
  dotnet build bench/PartyCommittee.Bench -c Release -v quiet -nologo >/dev/null
fi
API_DLL=${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}
BENCH="dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll"
TOKEN=$($BENCH token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)

api_pid=
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null || true; }
trap cleanup EXIT
# CPU seconds (user + system) the API process has used so far: the machine is shared, so CPU time compares where wall time does not.
cpu_secs() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }
wait_for() { for _ in $(seq 1 240); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done; echo "no answer from $1" >&2; return 1; }

{
  echo "# Ingestion benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; SQLite (WAL); $PINNING; commit $(git rev-parse --short HEAD)."
  echo "API: POST /api/v1/data-values?async=true&atomic=false, text/csv, Admin token, job polled every 250 ms; time from the first byte sent to COMPLETED."
  echo "Raw: the same CSV parsed and inserted by a prepared ADO.NET INSERT, one transaction per 5,000 rows, into DataValues of a copy of the same database, journal mode ${RAW_JOURNAL:-wal} (the API's: WAL; synchronous and checkpoints at their defaults in both)."
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| values | run | seconds | values/s | API CPU s | raw seconds | raw values/s | API/raw | API peak RSS (VmHWM) MB | job result |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$OUT"

if ss -ltn 2>/dev/null | grep -q "127.0.0.1:$PORT "; then echo "port $PORT is taken: set PORT" >&2; exit 1; fi
for rows in $ROWS; do
  db=$DATA/ingest-$rows.db; csv=$DATA/ingest-$rows.csv; raw=$DATA/ingest-$rows-raw.db
  $BENCH ingest prepare --rows "$rows" --db "$db" --csv "$csv"
  cp "$db" "$raw"

  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$API_URL \
  Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$db" Database__SeedDemoData=false \
  RateLimiting__Enabled=false Logging__LogLevel__Default=Warning Jobs__IdleWaitTime=00:00:01 ImportJobs__Profile=${PROFILE:-false} \
  Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
  Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
    "${ON_SERVER[@]}" dotnet "$API_DLL" >"$API_LOG" 2>&1 & api_pid=$!
  wait_for "$API_URL/health/ready"
  sleep 1; kill -0 "$api_pid" 2>/dev/null || { echo "the API did not start (port $PORT taken?): see $API_LOG" >&2; exit 1; }

  cpu0=$(cpu_secs "$api_pid")
  read -r secs status outcome done_ imported updated ignored conflicts < <("${ON_LOAD[@]}" $BENCH ingest push --url "$API_URL" --token "$TOKEN" --csv "$csv")
  cpu=$(awk -v a="$cpu0" -v b="$(cpu_secs "$api_pid")" 'BEGIN{printf "%.2f", b-a}')
  hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$api_pid/status")
  read -r rsecs < <("${ON_SERVER[@]}" $BENCH ingest raw --db "$raw" --csv "$csv")
  vps=$(awk -v n="$rows" -v s="$secs" 'BEGIN{printf "%.0f", n/s}'); rvps=$(awk -v n="$rows" -v s="$rsecs" 'BEGIN{printf "%.0f", n/s}')
  ratio=$(awk -v a="$rsecs" -v b="$secs" 'BEGIN{printf "%.0f%%", 100*a/b}')
  echo "| $rows | first push | $secs | $vps | $cpu | $rsecs | $rvps | $ratio | $hwm | $status $outcome rows $done_, imported $imported, updated $updated, ignored $ignored, conflicts $conflicts |" | tee -a "$OUT"

  cpu0=$(cpu_secs "$api_pid")
  read -r secs status outcome done_ imported updated ignored conflicts < <("${ON_LOAD[@]}" $BENCH ingest push --url "$API_URL" --token "$TOKEN" --csv "$csv")
  cpu=$(awk -v a="$cpu0" -v b="$(cpu_secs "$api_pid")" 'BEGIN{printf "%.2f", b-a}')
  hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$api_pid/status")
  vps=$(awk -v n="$rows" -v s="$secs" 'BEGIN{printf "%.0f", n/s}')
  echo "| $rows | replay (same file) | $secs | $vps | $cpu | | | | $hwm | $status $outcome rows $done_, imported $imported, updated $updated, ignored $ignored, conflicts $conflicts |" | tee -a "$OUT"
  stored=$(sqlite3 "$db" "SELECT COUNT(*) FROM DataValues" 2>/dev/null || echo "?"); audits=$(sqlite3 "$db" "SELECT COUNT(*) FROM AuditEntries WHERE EntityType='DataValue'" 2>/dev/null || echo "?")
  echo "|  | check | values stored $stored, audit rows $audits; load average $(cut -d' ' -f1-3 /proc/loadavg) | | | | | | | |" | tee -a "$OUT"
  if [ "${PROFILE:-false}" = true ]; then grep -o 'profile ([0-9]* rows): .*' "$API_LOG" | sed 's/^/    /' | tee -a "$OUT" || true; fi

  cleanup; api_pid=; sleep 1
  rm -f "$raw" "$raw-wal" "$raw-shm"
done

echo; echo "results: $OUT"
