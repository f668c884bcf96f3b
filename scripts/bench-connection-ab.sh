#!/usr/bin/env bash
# A/B of the connection lifetime in one run: the same build started twice (Database:ConnectionPerRequest on/off) beside
# the raw baseline, all pinned to CPU 0, wrk on CPU 1. Usage: scripts/bench-connection-ab.sh OUTFILE (needs bench/data/bench-100000.db from bench/run.sh, wrk, sqlite3; build src/Api and bench/PartyCommittee.Bench in Release first)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/connection-ab.md}; DURATION=${DURATION:-10}; DB=bench/data/bench-100000.db
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
BENCH="dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll"
TOKEN=$($BENCH token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)
pids=(); cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; }; trap cleanup EXIT
api() { ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$1 Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$DB" \
  Database__SeedDemoData=false Database__ConnectionPerRequest=$2 RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
  Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
  Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
  taskset -c 0 dotnet src/Api/bin/Release/net10.0/PartyCommittee.Api.dll >/tmp/connection-ab-api-$1.log 2>&1 & pids+=($!); }
api 5181 true; sleep 3; api 5182 false
taskset -c 0 $BENCH baseline --db "$DB" --urls http://127.0.0.1:5190 >/tmp/connection-ab-baseline.log 2>&1 & pids+=($!)
for u in http://127.0.0.1:5181/health/ready http://127.0.0.1:5182/health/ready "http://127.0.0.1:5190/baseline/members?pageSize=1"; do
  for _ in $(seq 1 240); do curl -fsS -o /dev/null "$u" 2>/dev/null && break; sleep 0.5; done; done
MEMBER=$(sqlite3 "$DB" "SELECT Id FROM Members ORDER BY NameSortKey LIMIT 1 OFFSET 500")
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); printf "%.2f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.2f", v*1000 } else print v }'; }
run() { local url=$1; shift
  taskset -c 1 wrk -t1 -c4 -d2s "$@" "$url" >/dev/null
  local out; out=$(taskset -c 1 wrk -t2 -c32 -d${DURATION}s --latency --timeout 10s "$@" "$url")
  local non; non=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")") $(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")") ${non:-0}"; }
echo "| scenario | server | req/s | p50 ms | p99 ms | non-2xx | load avg |" > "$OUT"; echo "|---|---|---:|---:|---:|---:|---|" >> "$OUT"
line() { read -r rps p50 p99 non <<<"$3"; echo "| $1 | $2 | $rps | $p50 | $p99 | $non | $(cut -d' ' -f1-3 /proc/loadavg) |" | tee -a "$OUT"; }
for s in list search detail; do
  case $s in
    list) q="/api/v1/members?page=1&pageSize=20"; b="/baseline/members?page=1&pageSize=20";;
    search) q="/api/v1/members?search=nguyen%20van%20an&pageSize=20"; b="/baseline/members?search=nguyen%20van%20an&pageSize=20";;
    detail) q="/api/v1/members/$MEMBER"; b="";;
  esac
  [ -n "$b" ] && line $s baseline "$(run http://127.0.0.1:5190$b)"
  line $s "API, one connection per request" "$(run http://127.0.0.1:5181$q -H "Authorization: Bearer $TOKEN")"
  line $s "API, EF default (open per query)" "$(run http://127.0.0.1:5182$q -H "Authorization: Bearer $TOKEN")"
  [ -n "$b" ] && line $s baseline "$(run http://127.0.0.1:5190$b)"
  line $s "API, one connection per request" "$(run http://127.0.0.1:5181$q -H "Authorization: Bearer $TOKEN")"
done
echo "results: $OUT"
