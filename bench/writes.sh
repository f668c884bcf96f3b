#!/usr/bin/env bash
# Concurrent small writes (issue 12): province systems posting one data value each (POST /api/v1/data-values, JSON,
# synchronous), C connections at a time, each value changed at every request (an update, its audit row, in one write
# transaction). Measures what SQLite's single writer does to the writers' latency as they are added.
#   bench/writes.sh                                  # CONNECTIONS="1 2 4 8", 15 s each after a 20 s warm-up
#   CONNECTIONS="1 8" DURATION=10 API_DLL=<another build> bench/writes.sh
# The database: `PartyCommittee.Bench ingest prepare` (data elements and 120 org units, no member register), fresh per
# run under bench/.cache. Pinned as bench/run.sh: the API on SERVER_CPUS, wrk on LOAD_CPUS. Needs wrk and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-"1 2 4 8"}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-20}
SERVER_CPUS=${SERVER_CPUS:-0}
LOAD_CPUS=${LOAD_CPUS:-1}
PORT=${PORT:-5086}
DATA=${DATA:-bench/.cache}
API_DLL=${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-bench/results/$STAMP-writes.md}
. bench/lib.sh

for tool in wrk sqlite3; do command -v "$tool" >/dev/null || { echo "$tool is required (apt-get install -y wrk sqlite3)" >&2; exit 1; }; done
bench_setup
db=$DATA/writes.db
rm -f "$db" "$db-wal" "$db-shm"
dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll ingest prepare --rows 1000 --db "$db" --csv "$DATA/writes.csv" >/dev/null
lua=$(mktemp --suffix=.lua)
# One value per request, one of eight org units, a new random value each time (never "unchanged").
cat > "$lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local units = {"94", "941", "942", "943", "944", "945", "946", "947"}
request = function()
  local body = string.format('{"dataValues":[{"dataElement":"HH_TOTAL","period":"2019","orgUnit":"%s","disaggregation":"total","value":%d}]}',
    units[math.random(#units)], math.random(1, 1000000))
  return wrk.format(nil, nil, nil, body)
end
LUA
url="http://127.0.0.1:$PORT/api/v1/data-values"
load() { taskset -c "$LOAD_CPUS" wrk -t1 -c"$1" -d"$2s" --latency -s "$lua" -H "Authorization: Bearer $TOKEN" "$url"; }

api_start "$db" "$DATA/writes-api.log"
code=$(curl -s -o /dev/null -w "%{http_code}" -X POST -H "Content-Type: application/json" -H "Authorization: Bearer $TOKEN" \
  -d '{"dataValues":[{"dataElement":"HH_TOTAL","period":"2019","orgUnit":"94","disaggregation":"total","value":1}]}' "$url")
[ "$code" = 200 ] || { echo "POST $url answered $code" >&2; exit 1; }
{
  echo "# Concurrent writes $(date -u +%Y-%m-%dT%H:%M:%SZ): POST /api/v1/data-values, one value per request"
  echo
  echo "$(nproc) cores; commit $(git rev-parse --short HEAD); API $API_DLL on SQLite (WAL) pinned to CPU $SERVER_CPUS, wrk to CPU $LOAD_CPUS;"
  echo "${WARMUP} s warm-up at each concurrency, then ${DURATION} s measured; each request updates one of eight values (and writes its audit row)."
  echo
  echo "| connections | req/s | p50 | p90 | p99 | max | non-2xx |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
} > "$OUT"
for c in $CONNECTIONS; do
  load "$c" "$WARMUP" >/dev/null
  out=$(load "$c" "$DURATION")
  echo "| $c | $(awk '/Requests\/sec/ {print $2}' <<<"$out") | $(awk '$1=="50%" {print $2}' <<<"$out") | $(awk '$1=="90%" {print $2}' <<<"$out") | $(awk '$1=="99%" {print $2}' <<<"$out") | $(awk '/Latency/ {print $4}' <<<"$out") | $(awk '/Non-2xx/ {print $NF}' <<<"$out") |" | tee -a "$OUT"
done
api_stop
rm -f "$lua"
echo "results: $OUT"
