#!/usr/bin/env bash
# A/B of two builds of the API in one run (reads of bench/run.sh at 100k): build A and build B started side by side on
# the same bench database, both pinned to CPU 0 (only one is loaded at a time), wrk on CPU 1; the scenarios alternate
# A, B, A, B so that a drift of the machine shows. Usage:
#   scripts/bench-build-ab.sh A_DIR B_DIR OUTFILE   (each DIR a clone/worktree with src/Api built in Release)
# Needs bench/.cache/bench-v8-100000.db (bench/run.sh generates it), wrk, sqlite3, the bench tool built in this repo.
# Env: DB, DURATION, PORT_A/PORT_B (default 5181/5182: set your own when others share the machine), BENCH_DLL.
set -euo pipefail
cd "$(dirname "$0")/.."
A=$1; B=$2; OUT=${3:-/tmp/build-ab.md}; DURATION=${DURATION:-10}; DB=${DB:-bench/.cache/bench-v8-100000.db}
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
BENCH="dotnet ${BENCH_DLL:-bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll}"
PA=${PORT_A:-5181}; PB=${PORT_B:-5182}
TOKEN=$($BENCH token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)
pids=(); cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; }; trap cleanup EXIT
api() { ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$1 Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$DB" \
  Database__SeedDemoData=false RateLimiting__Enabled=false Logging__LogLevel__Default=Warning Jobs__Enabled=false \
  Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
  Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
  taskset -c 0 dotnet "$2/src/Api/bin/Release/net10.0/PartyCommittee.Api.dll" >/tmp/build-ab-api-$1.log 2>&1 & pids+=($!); }
api $PA "$A"; sleep 5; api $PB "$B"
for u in http://127.0.0.1:$PA/health/ready http://127.0.0.1:$PB/health/ready; do
  for _ in $(seq 1 240); do curl -fsS -o /dev/null "$u" 2>/dev/null && break; sleep 0.5; done; done
MEMBER=$(sqlite3 "$DB" "SELECT lower(Id) FROM Members WHERE Status = 'Full' ORDER BY NameSortKey, Id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM Members WHERE Status = 'Full')")
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); printf "%.2f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.2f", v*1000 } else print v }'; }
run() { local url=$1
  taskset -c 1 wrk -t1 -c4 -d3s -H "Authorization: Bearer $TOKEN" "$url" >/dev/null
  local out; out=$(taskset -c 1 wrk -t2 -c32 -d${DURATION}s --latency --timeout 10s -H "Authorization: Bearer $TOKEN" "$url")
  local non; non=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")") $(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")") ${non:-0}"; }
echo "A = $A ($(git -C "$A" rev-parse --short HEAD)), B = $B ($(git -C "$B" rev-parse --short HEAD)); ${DURATION}s per run, c=32, both pinned to CPU 0, wrk on CPU 1" > "$OUT"
echo "| scenario | build | req/s | p50 ms | p99 ms | non-2xx | load avg |" >> "$OUT"; echo "|---|---|---:|---:|---:|---:|---|" >> "$OUT"
line() { read -r rps p50 p99 non <<<"$3"; echo "| $1 | $2 | $rps | $p50 | $p99 | $non | $(cut -d' ' -f1-3 /proc/loadavg) |" | tee -a "$OUT"; }
for round in 1 2; do
  for s in list detail search; do
    case $s in
      list) path="/api/v1/members?page=1&pageSize=20";;
      detail) path="/api/v1/members/$MEMBER";;
      search) path="/api/v1/members?search=nguyen%20van%20an&pageSize=20";;
    esac
    line "$s" A "$(run "http://127.0.0.1:$PA$path")"
    line "$s" B "$(run "http://127.0.0.1:$PB$path")"
  done
done
