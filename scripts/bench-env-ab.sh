#!/usr/bin/env bash
# A/B of two runtime environments of the SAME build (GC mode, gen0 budget, tiering, malloc arenas...), issue 12, ADR 0048.
# A and B run side by side on the same 100k bench database, both pinned to CPU 0 (only one is loaded at a time), wrk on
# CPU 1; the read scenarios alternate A, B, A, B (ROUNDS rounds) so that a drift of the machine shows in both. For each
# run: req/s, p50, p99, the process's CPU ms per request (utime+stime over the run / requests) and gen0 GCs per 1,000
# requests (dotnet-counters, when installed); at the end, each side's memory (VmRSS, VmHWM, anon/file/shmem) at rest,
# then one CSV and one xlsx export each, alternated, with the high-water mark after each.
#   ENV_A="" ENV_B="DOTNET_GCgen0size=0x4000000" scripts/bench-env-ab.sh OUTFILE
#      Copy a database only after `sqlite3 DB "PRAGMA wal_checkpoint(TRUNCATE)"`: a copy of the file alone misses the
#      commits still in its -wal (an API stopped by a signal leaves one), e.g. a migration lock row the API then waits on.
#      DB_A / DB_B: a database per side (two builds whose migrations differ: give each its own copy of one database).
#      SCENARIOS may also hold rating-statistics, inspection-statistics, target-progress (the committee's, newest
#      rating year) and statistics-history (membership statistics as of 2025-12-31, as bench/run.sh), each at c=1.
# Env: DB (default bench/.cache/bench-v8-100000.db; give a COPY: the detail read and the exports write audit rows),
#      PORT_A/PORT_B (default 5181/5182), DURATION (10 s), ROUNDS (2), SCENARIOS ("list detail search"), EXPORT (1),
#      API_DLL (default this worktree's Release build; API_DLL_A / API_DLL_B: a build per side, to compare two builds),
#      COUNTERS (path of dotnet-counters; default: on PATH or ~/tools).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/env-ab.md}; DURATION=${DURATION:-10}; ROUNDS=${ROUNDS:-2}; DB=${DB:-bench/.cache/bench-v8-100000.db}
PORT_A=${PORT_A:-5181}; PORT_B=${PORT_B:-5182}; API_DLL=${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}
COUNTERS=${COUNTERS:-$(command -v dotnet-counters || echo "$HOME/tools/dotnet-counters")}
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
BENCH="dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll"
TOKEN=$($BENCH token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)
pids=(); cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; }; trap cleanup EXIT
# The API environment of bench/run.sh, plus the side's own variables.
api() { env ${3:-} ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$1 Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$(eval echo "\${DB_$2:-\$DB}")" \
  Database__SeedDemoData=false RateLimiting__Enabled=false Logging__LogLevel__Default=Warning Jobs__Enabled=false \
  Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
  Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
  taskset -c 0 dotnet "$(eval echo "\${API_DLL_$2:-\$API_DLL}")" >/tmp/env-ab-api-$1.log 2>&1 & pids+=($!); eval "PID_$2=$!"; }
api "$PORT_A" A "${ENV_A:-}"; sleep 5; api "$PORT_B" B "${ENV_B:-}"
for u in http://127.0.0.1:$PORT_A/health/ready http://127.0.0.1:$PORT_B/health/ready; do
  for _ in $(seq 1 240); do curl -fsS -o /dev/null "$u" 2>/dev/null && break; sleep 0.5; done; done
ROOT=$(sqlite3 "$DB" "SELECT lower(Id) FROM Organizations WHERE Code='DB-BENCH'"); YEAR=$(sqlite3 "$DB" "SELECT MAX(Year) FROM RatingCampaigns")
MEMBER=$(sqlite3 "$DB" "SELECT lower(Id) FROM Members WHERE Status = 'Full' ORDER BY NameSortKey, Id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM Members WHERE Status = 'Full')")
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); printf "%.2f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.2f", v*1000 } else print v }'; }
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }   # clock ticks (1/100 s)
mem() { awk '/VmRSS|VmHWM|RssAnon|RssFile|RssShmem/ {v[$1]=$2/1024} END {printf "RSS %.0f MB, HWM %.0f MB (anon %.0f, file %.0f, shmem %.0f)", v["VmRSS:"], v["VmHWM:"], v["RssAnon:"], v["RssFile:"], v["RssShmem:"]}' "/proc/$1/status"; }
# run SIDE URL -> "rps p50 p99 non2xx ms_cpu_per_req gen0_per_1000"
run() { local side=$1 url=$2 pid; pid=$(eval echo "\$PID_$side")
  taskset -c 1 wrk -t1 -c"$CONN" -d3s -H "Authorization: Bearer $TOKEN" "$url" >/dev/null
  local csv=/tmp/env-ab-counters-$side.csv counters=""; rm -f "$csv"
  if [ -x "$COUNTERS" ]; then
    # A fixed duration (a background job ignores SIGINT): the window covers wrk's run and a second on either side.
    "$COUNTERS" collect -p "$pid" --counters System.Runtime --refresh-interval 1 --format csv -o "$csv" \
      --duration "00:00:00:$(printf '%02d' $((DURATION + 3)))" >/dev/null 2>&1 & counters=$!
    for _ in $(seq 1 40); do [ -s "$csv" ] && break; sleep 0.25; done
  fi
  local c0; c0=$(cpu "$pid")
  local out; out=$(taskset -c 1 wrk -t"$((CONN > 1 ? 2 : 1))" -c"$CONN" -d${DURATION}s --latency --timeout 10s -H "Authorization: Bearer $TOKEN" "$url")
  local c1; c1=$(cpu "$pid")
  if [ -n "$counters" ]; then wait "$counters" 2>/dev/null || true; fi
  local n; n=$(awk '/requests in/ {print $1}' <<<"$out")
  local non; non=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  local g="—"; [ -s "$csv" ] && g=$(awk -F, -v n="$n" '$3 ~ /^dotnet.gc.collections/ && $3 ~ /gen0/ { s += $5 } END { printf "%.1f", s*1000/n }' "$csv")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")") $(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")") ${non:-0} $(awk -v a="$c1" -v b="$c0" -v n="$n" 'BEGIN{printf "%.2f",(a-b)*10/n}') $g"; }
{ echo "A = [${ENV_A:-defaults}] ${API_DLL_A:-$API_DLL}, B = [${ENV_B:-defaults}] ${API_DLL_B:-$API_DLL}; checkout $(git rev-parse --short HEAD); ${DURATION}s per run after 3 s warm-up, c=32 (statistics and target progress c=1), both pinned to CPU 0, wrk on CPU 1; $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "| round | scenario | side | req/s | p50 ms | p99 ms | non-2xx | ms CPU / req | gen0 GCs / 1,000 req | load avg |"
  echo "|---:|---|---|---:|---:|---:|---:|---:|---:|---|"; } > "$OUT"
line() { read -r rps p50 p99 non ms g <<<"$4"; echo "| $1 | $2 | $3 | $rps | $p50 | $p99 | $non | $ms | $g | $(cut -d' ' -f1-3 /proc/loadavg) |" | tee -a "$OUT"; }
for round in $(seq 1 "$ROUNDS"); do
  for s in ${SCENARIOS:-list detail search}; do
    case $s in
      list) path="/api/v1/members?page=1&pageSize=20";;
      detail) path="/api/v1/members/$MEMBER";;
      search) path="/api/v1/members?search=nguyen%20van%20an&pageSize=20";;
      rating-statistics) path="/api/v1/statistics/ratings?organizationId=$ROOT&year=$YEAR";;
      inspection-statistics) path="/api/v1/statistics/inspection?organizationId=$ROOT&year=$YEAR";;
      target-progress) path="/api/v1/targets/progress?organizationId=$ROOT&year=$YEAR";;
      statistics-history) path="/api/v1/statistics/membership?asOf=2025-12-31";;
    esac
    CONN=32; [[ $s == *statistics* || $s == target-progress ]] && CONN=1
    line "$round" "$s" A "$(run A "http://127.0.0.1:$PORT_A$path")"
    line "$round" "$s" B "$(run B "http://127.0.0.1:$PORT_B$path")"
  done
done
{ echo; echo "Memory after the reads: A $(mem "$PID_A"); B $(mem "$PID_B")"; } | tee -a "$OUT"
if [ "${EXPORT:-1}" = 1 ]; then
  echo >> "$OUT"; echo "| export | side | HTTP | wall s | CPU s | VmHWM after (MB) |" >> "$OUT"; echo "|---|---|---:|---:|---:|---:|" >> "$OUT"
  for f in csv xlsx; do for side in A B; do
    pid=$(eval echo "\$PID_$side"); port=$(eval echo "\$PORT_$side"); c0=$(cpu "$pid")
    read -r code secs < <(taskset -c 1 curl -sS -o /dev/null -w "%{http_code} %{time_total}\n" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/v1/members/export?format=$f")
    echo "| $f | $side | $code | $secs | $(awk -v a="$(cpu "$pid")" -v b="$c0" 'BEGIN{printf "%.1f",(a-b)/100}') | $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$pid/status") |" | tee -a "$OUT"
  done; done
  { echo; echo "Memory after the exports: A $(mem "$PID_A"); B $(mem "$PID_B")"; } | tee -a "$OUT"
fi
