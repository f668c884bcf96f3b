#!/usr/bin/env bash
# CPU and wall seconds of the API per GET /api/v1/statistics/ratings at the bench size (issue 12, docs/ratings.md "Scale").
#   scripts/rating-stats-cpu.sh [label]      # needs a Release build of src/Api and bench/PartyCommittee.Bench, and DB
# Env: DB (default bench/.cache/bench-v8-100000.db; used as is, the API may write its backfill into it), PORT (5183),
#      REQUESTS (default 3: the first is cold), CPUS (taskset list, default 0), SECTIONS=1 (log the handler's section timings).
set -euo pipefail
cd "$(dirname "$0")/.."
LABEL=${1:-run}
DB=${DB:-bench/.cache/bench-v8-100000.db}
PORT=${PORT:-5183}
URL=http://127.0.0.1:$PORT
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
TOKEN=$(dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)
root=$(sqlite3 "$DB" "SELECT Id FROM Organizations WHERE Code='DB-BENCH'")
year=$(sqlite3 "$DB" "SELECT MAX(Year) FROM RatingCampaigns")
level=Warning; [ "${SECTIONS:-0}" = 1 ] && level=Debug
env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$URL \
  Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$DB" Database__SeedDemoData=false \
  RateLimiting__Enabled=false Logging__LogLevel__Default=Warning Logging__LogLevel__PartyCommittee.Application.Common.Diagnostics=$level \
  Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
  Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
  taskset -c "${CPUS:-0}" dotnet "${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}" >"/tmp/rating-stats-api-$PORT.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 3600); do curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null && break; sleep 0.5; done
cpu() { awk '{printf "%.2f", ($14+$15)/100}' "/proc/$pid/stat"; }
echo "# $LABEL $(date -u +%H:%M:%SZ) load $(cut -d' ' -f1-3 /proc/loadavg) year=$year root=$root"
for i in $(seq 1 "${REQUESTS:-3}"); do
  c0=$(cpu)
  r=$(curl -sS -o "/tmp/rating-stats-$LABEL-$i.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" "$URL/api/v1/statistics/ratings?organizationId=$root&year=$year")
  echo "request $i: HTTP ${r% *} wall ${r#* } s CPU $(awk -v a="$(cpu)" -v b="$c0" 'BEGIN{printf "%.2f", a-b}') s load $(cut -d' ' -f1 /proc/loadavg)"
done
