#!/usr/bin/env bash
# Load benchmark of the reads of issue 12 (member list, detail, search, statistics, the modules' reads), each beside a raw
# ADO.NET baseline on the same data, and of the bulk import and export.
#   bench/run.sh                      # sizes 10k, 100k and 1M members, 15 s per run, 32 connections
#   SIZES="10000 100000" DURATION=10 CONNECTIONS=32 SCENARIOS="list search" bench/run.sh
#   SIZES=10000 SCENARIOS="import export" IMPORT_ROWS=100000 bench/run.sh   # bulk import (dry run + real) and export
#   (the import is measured after a warm-up dry run of IMPORT_WARMUP_ROWS=10000 rows; 0 measures the cold process)
#   SCENARIOS="inspection-statistics rating-statistics target-progress" bench/run.sh   # the modules' reads, each beside its raw SQL baseline
#   SCENARIOS="dues-summary dues-arrears" bench/run.sh   # party dues of the year over the committee's subtree (GET /dues/summary,
#     GET /dues/arrears: every member with arrears, unpaged) beside their raw SQL; over the generator's dues rows (12 sheets
#     per cell, ~12 lines per member: 12M lines at 1M members); one request at a time, like the statistics
#   SCENARIOS="dues-page" bench/run.sh   # the first page of GET /dues/member-years (the members in arrears, 20, with the total) beside its raw SQL
#   SCENARIOS="agenda" bench/run.sh   # the committee's agenda as of the year's end, default page; one request at a time, no baseline
#   SCENARIOS="statistics-office statistics-history-office" bench/run.sh   # the two statistics as the committee office of the root (a scoped role)
#   ROUNDS=3 SIZES=100000 SCENARIOS="detail list" bench/run.sh   # API and baseline alternated three times, each round and the median round written
#   bench/all.sh                      # everything docs/benchmarks.md's table needs, one results file (idle machine)
# Generated databases are cached per size in bench/.cache (gitignored; GENERATOR_VERSION in the name): a second run
# reuses them. Scenarios that write (import) run on a copy, so the cache stays as generated.
# Needs: the .NET 10 SDK, wrk and sqlite3 (apt-get install wrk sqlite3). Everything runs on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000 1000000"}
DURATION=${DURATION:-15}
# Warm-up before each measured run, API and baseline alike. The API's hot methods need ~30-40 s of load on one pinned
# core to reach tier 1 of the JIT (measured in session 23 from the perf map): with a 2 s warm-up the member detail ran
# 850 req/s in its first 20 s and ~2,000 req/s once tiered, so short warm-ups measured the JIT rather than the stack.
# A server runs for days: the figures that matter are the steady ones. WARMUP=2 gives the cold figures.
WARMUP=${WARMUP:-30}
# Rounds of a scenario with a baseline: the API and the baseline measured in turn ROUNDS times (API, baseline, API, ...),
# each round's figures written, and the round with the median ratio as the scenario's line. One API process measured
# the detail within ±3% over five starts (session 66), while the same build's ratio moved 50-81% between runs of
# session 65: the machine's speed moves between minutes, so a ratio is read from measurements taken close together.
# Rounds after the first warm up ROUND_WARMUP seconds (both processes are tiered by then).
ROUNDS=${ROUNDS:-1}
ROUND_WARMUP=${ROUND_WARMUP:-5}
# Before the first measurement of each started API, the read scenarios are run in turn for PROCESS_WARMUP seconds in all.
PROCESS_WARMUP=${PROCESS_WARMUP:-60}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
# Statistics are measured for latency, one request at a time (the target is a response time, not throughput).
STATS_CONNECTIONS=${STATS_CONNECTIONS:-1}
# Pinning: the API and the baseline share SERVER_CPUS, wrk runs on LOAD_CPUS, so that the ratio measures the stack and
# not the contention with the load generator. On a 2-core machine: server on core 0, wrk on core 1. Set PIN=0 to not pin.
PIN=${PIN:-1}
SERVER_CPUS=${SERVER_CPUS:-0}
LOAD_CPUS=${LOAD_CPUS:-1}
if [ "$PIN" = 1 ] && command -v taskset >/dev/null; then
  ON_SERVER=(taskset -c "$SERVER_CPUS"); ON_LOAD=(taskset -c "$LOAD_CPUS")
  PINNING="API and baseline pinned to CPU $SERVER_CPUS, wrk to CPU $LOAD_CPUS (taskset)"
else
  ON_SERVER=(); ON_LOAD=(); PINNING="not pinned: API, baseline and wrk share every core"
fi
DATA=${DATA:-bench/.cache}
. bench/lib.sh   # bench_subjects (run.sh starts its own API and baseline, and stops them itself)
# Bump when the generator writes different rows: older cached databases are then ignored (delete them by hand).
GENERATOR_VERSION=10
# A request slower than wrk can time (none completes in a run) is timed once with curl, up to SLOW_TIMEOUT seconds.
SLOW_TIMEOUT=${SLOW_TIMEOUT:-300}
API_URL=http://127.0.0.1:${API_PORT:-5081}
BASE_URL=http://127.0.0.1:${BASE_PORT:-5090}
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ).md}
STARTED=$(date +%s)
mkdir -p bench/results "$DATA" "$(dirname "$OUT")"
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is required (ids of the bench database): apt-get install -y sqlite3" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build src/Api -c Release -v quiet -nologo >/dev/null
  dotnet build bench/PartyCommittee.Bench -c Release -v quiet -nologo >/dev/null
fi
API_DLL=src/Api/bin/Release/net10.0/PartyCommittee.Api.dll
BENCH="dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll"
TOKEN=$($BENCH token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)

pids=()
# Stopped and waited for, so that their CPU time counts as this script's children's (bench/all.sh records it).
# A process still busy with an abandoned slow query after 30 s is killed (SIGKILL) rather than waited for.
cleanup() {
  for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done
  for _ in $(seq 1 60); do local alive=0; for p in "${pids[@]:-}"; do kill -0 "$p" 2>/dev/null && alive=1; done; [ "$alive" = 0 ] && break; sleep 0.5; done
  for p in "${pids[@]:-}"; do kill -9 "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

# The first start on a generated database backfills the dated membership counts (ADR 0030, once, recorded): minutes at 1M.
wait_for() { for _ in $(seq 1 "${2:-120}"); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done; echo "no answer from $1" >&2; return 1; }

# run URL CONNECTIONS [auth] -> "rps p50_ms p99_ms"
run() {
  local url=$1 connections=$2 auth=${3:-}
  local threads=$(( connections < THREADS ? connections : THREADS ))
  local args=(-t"$threads" -c"$connections" -d"${DURATION}s" --latency --timeout 10s)
  [ -n "$auth" ] && args+=(-H "Authorization: Bearer ${token:-$TOKEN}")
  # Warm-up at the scenario's own concurrency: four warm-up connections on a slow read left requests running on the
  # server's core after wrk had gone, which slowed the baseline measured next.
  "${ON_LOAD[@]}" wrk -t1 -c"$connections" -d"${warmup:-$WARMUP}s" ${auth:+-H "Authorization: Bearer ${token:-$TOKEN}"} "$url" >/dev/null   # warm-up
  local out; out=$("${ON_LOAD[@]}" wrk "${args[@]}" "$url")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  if ! awk '/requests in/ { exit ($1 > 0 ? 0 : 1) }' <<<"$out"; then
    # Nothing completed within wrk's 10 s timeout: one request timed with curl instead (p50 = p99 = its time).
    local t; t=$("${ON_LOAD[@]}" curl -sS -o /dev/null -w "%{http_code} %{time_total}" --max-time "$SLOW_TIMEOUT" ${auth:+-H "Authorization: Bearer ${token:-$TOKEN}"} "$url" || true)
    read -r code secs <<<"$t"
    if [ "${code:-000}" = 200 ]; then
      echo "$(awk -v s="$secs" 'BEGIN{printf "%.3f", 1/s}') $(awk -v s="$secs" 'BEGIN{printf "%.0f", s*1000}') $(awk -v s="$secs" 'BEGIN{printf "%.0f", s*1000}')"
    else
      echo "WARNING: $url gave HTTP ${code:-none} after ${secs:-?}s (timeout ${SLOW_TIMEOUT}s)" >&2
      if [ "${code:-000}" = 000 ]; then echo "timeout >${SLOW_TIMEOUT}000 —"; else echo "HTTP_${code} ${secs:-?}s —"; fi
    fi
    return
  fi
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  [ -n "$non2xx" ] && echo "WARNING: $non2xx non-2xx responses from $url" >&2
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); printf "%.2f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/,"",v); printf "%.2f", v*1000 } else print v }'; }

# speed_probe WHEN: the machine's speed at that moment, for comparing import runs (session 26): a fixed SQLite workload
# (1.5M rows into an indexed in-memory table, the kind of work the import's real pass does) on the server's CPUs. On a
# shared virtual machine the same work took 3.1 to 5.9 s within one hour; an import figure is read beside it.
speed_probe() {
  command -v sqlite3 >/dev/null || return 0
  local start; start=$(date +%s.%N)
  "${ON_SERVER[@]}" sqlite3 :memory: "CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT, c INT); CREATE INDEX ic ON t(c);
    WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 1500000)
    INSERT INTO t SELECT i, hex(randomblob(16)), abs(random()) % 100000 FROM r; SELECT count(*) FROM t WHERE c < 50;" >/dev/null
  echo "| $size | machine speed probe, $1 (fixed SQLite work on the server's CPUs; lower is faster) | | $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.2f", e-s}')s wall | | | | | |" | tee -a "$OUT"
}

# bulk import|export SIZE DB: one timed request each (wall time, CPU seconds of the API process, its peak working set).
# import: IMPORT_ROWS new members (dry run, then real); export: every member as CSV and xlsx. Baselines: the same rows
# written by one raw INSERT per row in one transaction (bench import-file + sqlite3 .import), and a raw SELECT to CSV.
bulk() {
  local scenario=$1 size=$2 db=$3 api_pid=${pids[0]} rows=${IMPORT_ROWS:-100000}
  cpu() { awk '{printf "%.1f", ($14+$15)/100}' "/proc/$api_pid/stat"; }
  hwm() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$api_pid/status"; }
  timed() { local c0; c0=$(cpu); local t; t=$(curl -sS -o /dev/null -w "%{http_code} %{time_total}" -H "Authorization: Bearer $TOKEN" "$@"); echo "$t $(awk -v a="$(cpu)" -v b="$c0" 'BEGIN{printf "%.1f", a-b}') $(hwm)"; }
  if [ "$scenario" = import ]; then
    # The file names the register it was made for: its rows are placed in that register's cells (a file made for the
    # 100k register refers to cells the 10k one does not have, and 90% of its rows fail there).
    local register=bench-v$GENERATOR_VERSION-$size
    local file=$DATA/import-$rows-for-$register.csv warm=${IMPORT_WARMUP_ROWS:-10000}
    speed_probe "before the import"
    [ -f "$file" ] || $BENCH import-file --rows "$rows" --db "$db" --out "$file"
    # The process's warm-up (as the reads have theirs): a dry run of a small file first, so that the measured requests
    # run the code a serving instance runs, not its first compilation (IMPORT_WARMUP_ROWS=0 measures the cold process).
    if [ "$warm" -gt 0 ]; then
      local warmfile=$DATA/import-warmup-$warm-for-$register.csv
      [ -f "$warmfile" ] || $BENCH import-file --rows "$warm" --db "$db" --out "$warmfile"
      read -r code secs cpus mb < <(timed -F "file=@$warmfile;type=text/csv" "$API_URL/api/v1/members/import?dryRun=true")
      echo "| $size | import warm-up: dry run ($warm rows, the process's first request; not part of the figures) | HTTP $code | ${secs}s wall | ${cpus}s CPU | peak ${mb} MB | | | |" | tee -a "$OUT"
    fi
    read -r code secs cpus mb < <(timed -F "file=@$file;type=text/csv" "$API_URL/api/v1/members/import?dryRun=true")
    echo "| $size | import dry run ($rows rows) | HTTP $code | ${secs}s wall | ${cpus}s CPU | peak ${mb} MB | | | |" | tee -a "$OUT"
    read -r code secs cpus mb < <(timed -F "file=@$file;type=text/csv" "$API_URL/api/v1/members/import")
    echo "| $size | import ($rows rows) | HTTP $code | ${secs}s wall | ${cpus}s CPU | peak ${mb} MB | | | |" | tee -a "$OUT"
    speed_probe "after the import"
    # A refused import (e.g. rows in error) is not a figure: the run fails.
    [ "$code" = 200 ] || { echo "the import answered HTTP $code, not 200: its time is not an import's (see the API log)" | tee -a "$OUT" >&2; return 1; }
  else
    # The API's high-water mark before the export (started, warmed by the reads), so that the export's own share shows.
    local rest; rest=$(hwm)
    for format in csv xlsx; do
      read -r code secs cpus mb < <(timed -o /dev/null "$API_URL/api/v1/members/export?format=$format")
      echo "| $size | export $format | HTTP $code | ${secs}s wall | ${cpus}s CPU | peak ${mb} MB (before the exports: ${rest} MB) | | | |" | tee -a "$OUT"
    done
    if command -v sqlite3 >/dev/null; then
      local start; start=$(date +%s.%N)
      sqlite3 -csv "$db" "SELECT * FROM Members ORDER BY NameSortKey, Id" >/dev/null
      echo "| $size | export baseline (sqlite3 SELECT to CSV) | | $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.2f", e-s}')s wall | | | | | |" | tee -a "$OUT"
    fi
  fi
}

# A results file named by the caller (bench/all.sh) collects several runs: each adds its own heading and table.
{
  [ -s "$OUT" ] && echo
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%M:%SZ): sizes $SIZES; scenarios ${SCENARIOS:-list search statistics statistics-history}"
  echo
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; wrk up to ${THREADS} threads, c = connections, ${DURATION}s per run after a ${WARMUP} s warm-up, load generator on the same machine; $PINNING.$([ "$ROUNDS" -gt 1 ] && echo " $ROUNDS rounds per scenario with a baseline: API and baseline in turn, later rounds after a ${ROUND_WARMUP} s warm-up; the scenario's line is the round with the median ratio.")"
  echo
  echo "| members | scenario | API req/s | API p50 ms | API p99 ms | baseline req/s | baseline p50 ms | baseline p99 ms | API/baseline throughput |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
} >> "$OUT"

# scenario_urls SCENARIO: sets api and base (the API's URL and the baseline's) of a read scenario; fails for import/export.
scenario_urls() {
  local scenario=$1
  token=$TOKEN
  case $scenario in
    import|export) return 1;;
    list) api="$API_URL/api/v1/members?page=1&pageSize=20"; base="$BASE_URL/baseline/members?page=1&pageSize=20";;
    detail) api="$API_URL/api/v1/members/$member"; base="$BASE_URL/baseline/members/$member";;
    search) api="$API_URL/api/v1/members?search=nguyen%20van%20an&pageSize=20"; base="$BASE_URL/baseline/members?search=nguyen%20van%20an&pageSize=20";;
    statistics) api="$API_URL/api/v1/statistics/membership"; base="$BASE_URL/baseline/statistics";;
    statistics-history) api="$API_URL/api/v1/statistics/membership?asOf=2025-12-31"; base="$BASE_URL/baseline/statistics?asOf=2025-12-31";;
    # The same two as the committee office of the register's root (a scoped role, as the product's users are; the
    # rows above are an unrestricted administrator's): its scope holds every organisation (session 41).
    statistics-office) api="$API_URL/api/v1/statistics/membership"; base="$BASE_URL/baseline/statistics"; token=$OFFICE_TOKEN;;
    statistics-history-office) api="$API_URL/api/v1/statistics/membership?asOf=2025-12-31"; base="$BASE_URL/baseline/statistics?asOf=2025-12-31"; token=$OFFICE_TOKEN;;
    # The modules' heaviest reads (issue 12), over the generator's module rows of $year (ModuleData.cs), each beside
    # the same aggregates in raw SQL (ModuleBaselines.cs).
    inspection-statistics) api="$API_URL/api/v1/statistics/inspection?organizationId=$root&year=$year"; base="$BASE_URL/baseline/statistics/inspection?organizationId=$root&year=$year";;
    rating-statistics) api="$API_URL/api/v1/statistics/ratings?organizationId=$root&year=$year"; base="$BASE_URL/baseline/statistics/ratings?organizationId=$root&year=$year";;
    target-progress) api="$API_URL/api/v1/targets/progress?organizationId=$root&year=$year"; base="$BASE_URL/baseline/targets/progress?organizationId=$root&year=$year";;
    # Party dues of $year over the committee's subtree (ModuleData.cs's dues rows; ModuleBaselines.MapDues).
    dues-summary) api="$API_URL/api/v1/dues/summary?organizationId=$root&year=$year"; base="$BASE_URL/baseline/dues/summary?organizationId=$root&year=$year";;
    dues-arrears) api="$API_URL/api/v1/dues/arrears?organizationId=$root&year=$year"; base="$BASE_URL/baseline/dues/arrears?organizationId=$root&year=$year";;
    # The paged form of the arrears list, its default first page (ADR 0068).
    dues-page) api="$API_URL/api/v1/dues/member-years?organizationId=$root&year=$year"; base="$BASE_URL/baseline/dues/member-years?organizationId=$root&year=$year";;
    # The committee's agenda as of the year's end, default page (every module's due items merged; ADR 0066). No raw
    # baseline: eight sources' rules have no single SQL equivalent, so the figure is reported without a ratio.
    agenda) api="$API_URL/api/v1/agenda?organizationId=$root&asOf=$year-12-31"; base="";;
    *) echo "unknown scenario $scenario" >&2; exit 2;;
  esac
}

for size in $SIZES; do
  db=$DATA/bench-v$GENERATOR_VERSION-$size.db
  if [ ! -f "$db" ]; then
    gen_start=$(date +%s)
    $BENCH generate --members "$size" --db "$db.tmp" >&2 && mv "$db.tmp" "$db"
    rm -f "$db.tmp-wal" "$db.tmp-shm"
    echo "| $size | generation (cached in $DATA for the next run) | $(( $(date +%s) - gen_start )) s wall | $(du -m "$db" | cut -f1) MB | | | | | |" | tee -a "$OUT"
  fi
  # Import writes into the register: it runs on a copy so that the cached database stays as generated.
  if [[ " ${SCENARIOS:-} " == *" import "* ]]; then cp "$db" "$DATA/work-$size.db"; rm -f "$DATA/work-$size.db-wal" "$DATA/work-$size.db-shm"; db=$DATA/work-$size.db; fi
  # The root committee, the bench year and the detail scenario's member (bench/lib.sh).
  bench_subjects "$db"
  OFFICE_TOKEN=$($BENCH token --key "$KEY" --issuer party-committee-bench --audience party-committee-api --role CommitteeOffice --org "$root")

  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$API_URL \
  Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$db" Database__SeedDemoData=false \
  RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
  Import__MaxRows=${IMPORT_ROWS:-100000} Import__MaxFileBytes=1073741824 \
  Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
  Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
    "${ON_SERVER[@]}" dotnet "$API_DLL" >/tmp/bench-api-${API_PORT:-5081}.log 2>&1 & pids+=($!)
  "${ON_SERVER[@]}" $BENCH baseline --db "$db" --urls $BASE_URL >/tmp/bench-baseline-${BASE_PORT:-5090}.log 2>&1 & pids+=($!)
  wait_for $API_URL/health/ready 1800; wait_for "$BASE_URL/baseline/members?pageSize=1"

  # The process's warm-up: every read scenario of the run in turn, PROCESS_WARMUP seconds in all, before the first
  # measurement, so that the code the scenarios share is tiered (the first scenario measured was otherwise colder).
  reads=(); for scenario in ${SCENARIOS:-list search statistics statistics-history}; do
    c=$CONNECTIONS; [[ $scenario == *statistics* || $scenario == target-progress || $scenario == dues-summary || $scenario == dues-arrears || $scenario == dues-page || $scenario == agenda ]] && c=$STATS_CONNECTIONS
    scenario_urls "$scenario" && reads+=("$token|$c $api")
  done
  if [ "${#reads[@]}" -gt 0 ] && [ "$PROCESS_WARMUP" -gt 0 ]; then
    each=$(( PROCESS_WARMUP / ${#reads[@]} )); [ "$each" -lt 1 ] && each=1
    for read in "${reads[@]}"; do
      local_read=${read#*|}
      "${ON_LOAD[@]}" wrk -t1 -c"${local_read%% *}" -d"${each}s" -H "Authorization: Bearer ${read%%|*}" "${local_read#* }" >/dev/null
    done
  fi

  for scenario in ${SCENARIOS:-list search statistics statistics-history}; do
    if ! scenario_urls "$scenario"; then bulk "$scenario" "$size" "$db"; continue; fi
    connections=$CONNECTIONS; [[ $scenario == *statistics* || $scenario == target-progress || $scenario == dues-summary || $scenario == dues-arrears || $scenario == dues-page || $scenario == agenda ]] && connections=$STATS_CONNECTIONS
    if [ -z "$base" ]; then
      read -r a_rps a_p50 a_p99 < <(run "$api" "$connections" auth)
      echo "| $size | $scenario (c=$connections) | $a_rps | $a_p50 | $a_p99 | — | — | — | — |" | tee -a "$OUT"
      continue
    fi
    rounds=(); label="$scenario (c=$connections)"
    for round in $(seq 1 "$ROUNDS"); do
      warmup=$WARMUP; [ "$round" -gt 1 ] && warmup=$ROUND_WARMUP
      read -r a_rps a_p50 a_p99 < <(run "$api" "$connections" auth)
      read -r b_rps b_p50 b_p99 < <(run "$base" "$connections")
      warmup=
      ratio=$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN { if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b == 0) print "—"; else printf "%.0f%%", 100*a/b }')
      row="$a_rps | $a_p50 | $a_p99 | $b_rps | $b_p50 | $b_p99 | $ratio"
      rounds+=("$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN { if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b == 0) print -1; else printf "%.6f", a/b }')|$row")
      [ "$ROUNDS" -gt 1 ] && echo "| $size | $label, round $round of $ROUNDS | $row |" | tee -a "$OUT"
    done
    # The round with the median ratio (the lower middle one of an even count); a single round is itself.
    median=$(printf '%s\n' "${rounds[@]}" | sort -t'|' -k1,1g | sed -n "$(( (${#rounds[@]} + 1) / 2 ))p")
    [ "$ROUNDS" -gt 1 ] && label="$label, median of $ROUNDS rounds"
    echo "| $size | $label | ${median#*|} |" | tee -a "$OUT"
  done

  cleanup; pids=(); sleep 1
done

echo "Total time: $(( $(date +%s) - STARTED )) s" | tee -a "$OUT"
echo; echo "results: $OUT"
