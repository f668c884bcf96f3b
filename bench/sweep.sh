#!/usr/bin/env bash
# Every GET of the contract once over a bench register, with the widest arguments a caller may give (bench/PartyCommittee.Bench
# Sweep.cs): what the register's size costs a caller who asks for the most. One API process pinned as every run (CPU 0),
# the requests one at a time from CPU 1. Usage: SIZES="1000000" bench/sweep.sh (default 100000); SLOW=seconds to flag (5).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-100000}
SERVER_CPUS=${SERVER_CPUS:-0} CLIENT_CPUS=${CLIENT_CPUS:-1} PORT=${PORT:-5094} DATA=${DATA:-bench/.cache}
API_DLL=src/Api/bin/Release/net10.0/PartyCommittee.Api.dll
source bench/lib.sh
bench_setup
BENCH=bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll
stamp=$(date -u +%Y%m%dT%H%M%SZ)
for size in $SIZES; do
  db=$(ls bench/.cache/bench-v*-"$size".db 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$db" ] || { echo "no cached register of $size members in bench/.cache: run SIZES=$size SCENARIOS=list bench/run.sh first" >&2; exit 1; }
  bench_subjects "$db"
  out=bench/results/$stamp-sweep-$size.md
  api_start "$db" "$DATA/sweep-api-$size.log"
  {
    echo "# Every GET of the contract once, $size members ($(date -u +%FT%TZ))"
    echo
    echo "Commit $(git rev-parse --short HEAD); API pinned to CPU $SERVER_CPUS, requests one at a time from CPU $CLIENT_CPUS; Admin token;"
    echo "the register's root committee, year $year; each request once, right after the API's start (the first of a kind is cold)."
    echo
    taskset -c "$CLIENT_CPUS" dotnet "$BENCH" sweep --url "http://127.0.0.1:$PORT" --token "$TOKEN" --root "$root" --year "$year" --member "$member" --slow "${SLOW:-5}"
    echo
    echo "API peak memory: $(api_peak_mb) MB; errors logged: $(grep -c ' fail: ' "$DATA/sweep-api-$size.log" || true)."
  } > "$out"
  api_stop
  echo "$out"
done
