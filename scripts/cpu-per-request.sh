#!/usr/bin/env bash
# CPU milliseconds per request of the API for the member list, detail and search (issue 12, docs/read-path-performance.md).
# Wall-clock figures are meaningless on a shared, loaded machine; the CPU the API process spends per request is not.
#   scripts/cpu-per-request.sh [label]        # needs a Release build of src/Api and bench/.cache/bench-v5-100000.db
# Env: DB (database file), PORT (default 5181), DURATION (default 20 s per scenario), CONNECTIONS (default 4),
#      COUNTERS (file prefix: dotnet-counters csv of System.Runtime and EF Core over the window), TRACE (file prefix: also record a dotnet-trace sampled-thread-time trace per scenario), API_DLL (default this worktree's Release build), SCENARIOS (default "list detail search"), EXTRA_ENV (e.g. "Database__ConnectionPerRequest=false").
set -euo pipefail
cd "$(dirname "$0")/.."
LABEL=${1:-run}
DB=${DB:-bench/.cache/bench-v5-100000.db}
PORT=${PORT:-5181}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-4}
URL=http://127.0.0.1:$PORT
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
BENCH_DLL=${BENCH_DLL:-bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll}
TOKEN=$(dotnet "$BENCH_DLL" token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)
member=$(sqlite3 "$DB" "SELECT lower(Id) FROM Members WHERE Status = 'Full' ORDER BY NameSortKey, Id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM Members WHERE Status = 'Full')")

env ${EXTRA_ENV:-} ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$URL \
  Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$DB" Database__SeedDemoData=false \
  RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
  Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
  Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
  dotnet "${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}" >/tmp/cpu-api-$PORT.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null && break; sleep 0.5; done
cpu() { awk '{print $14+$15}' "/proc/$pid/stat"; }   # utime + stime in clock ticks (100/s)
echo "# $LABEL $(date -u +%H:%M:%SZ) load $(cut -d' ' -f1-3 /proc/loadavg) c=$CONNECTIONS ${DURATION}s"
for scenario in ${SCENARIOS:-list detail search}; do
  case $scenario in
    list) path="/api/v1/members?page=1&pageSize=20";;
    detail) path="/api/v1/members/$member";;
    search) path="/api/v1/members?search=nguyen%20van%20an&pageSize=20";;
    list-scoped) path="/api/v1/members?page=1&pageSize=20";;
  esac
  code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL$path")
  wrk -t1 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$URL$path" >/dev/null   # warm-up (JIT, tiering)
  if [ -n "${TRACE:-}" ]; then   # a sampled trace of the same load instead (its own overhead spoils the CPU figure)
    dotnet-trace collect -p "$pid" --profile dotnet-sampled-thread-time --duration 00:00:00:"$DURATION" -o "$TRACE-$scenario.nettrace" >/dev/null 2>&1 &
    tracer=$!; sleep 2
  fi
  # The process's own background CPU (jobs, metrics, flushes) over IDLE seconds without requests, subtracted pro rata.
  i0=$(cpu); sleep "${IDLE:-10}"; i1=$(cpu)
  if [ -n "${COUNTERS:-}" ]; then   # allocation and EF queries of the whole window (COUNTERS=file prefix; skews the CPU figure)
    rm -f "$COUNTERS-$scenario.csv"
    dotnet-counters collect -p "$pid" --counters System.Runtime,Microsoft.EntityFrameworkCore --refresh-interval 1 --format csv \
      -o "$COUNTERS-$scenario.csv" >/dev/null 2>&1 &
    counters=$!
    for _ in $(seq 1 120); do [ "$(wc -l < "$COUNTERS-$scenario.csv" 2>/dev/null || echo 0)" -gt 60 ] && break; sleep 0.5; done
  fi
  c0=$(cpu)
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" "$URL$path")
  c1=$(cpu)
  [ -n "${TRACE:-}" ] && wait "$tracer"
  if [ -n "${COUNTERS:-}" ]; then sleep 2; kill "$counters" 2>/dev/null || true; wait "$counters" || true; fi
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  bg=$(awk -v a=$i1 -v b=$i0 -v d="$DURATION" -v i="${IDLE:-10}" 'BEGIN{printf "%.1f",(a-b)*d/i}')
  echo "$scenario HTTP $code requests $n cpu_s $(awk -v a=$c1 -v b=$c0 'BEGIN{printf "%.2f",(a-b)/100}') idle_cpu_s $(awk -v x=$bg 'BEGIN{printf "%.2f",x/100}') ms_cpu_per_request $(awk -v a=$c1 -v b=$c0 -v n=$n 'BEGIN{printf "%.3f",(a-b)*10/n}') net_of_idle $(awk -v a=$c1 -v b=$c0 -v g=$bg -v n=$n 'BEGIN{printf "%.3f",(a-b-g)*10/n}')"
done
