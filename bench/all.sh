#!/usr/bin/env bash
# Every figure of docs/benchmarks.md's before/after table (issue 12), in one command, into ONE results file:
#   bench/all.sh                     # 10k, 100k and 1M members; run it on an idle machine
#   SIZES="10000 100000" bench/all.sh
# 1. generation of each size's database (cached in bench/.cache; the dated membership counts included, checked at
#    the smallest size by `verify-counts` against the API's own start-up backfill);
# 2. reads at each size, each beside its raw baseline: member list, member detail, search, membership statistics
#    today and as of a past date (one bench/run.sh per size), then inspection statistics, rating statistics, target
#    progress, the dues summary and the dues arrears list (one bench/run.sh per size AND module read: a read that runs
#    into SLOW_TIMEOUT keeps the API busy after curl has given up, and a fresh API per read keeps that from slowing the
#    next measurement);
# 3. bulk: import of IMPORT_ROWS (100k) new members into the 10k register (dry run, then real; on a copy), export of
#    every member of the 100k register as CSV and xlsx (bench/run.sh import/export);
# 4. ingestion of 100k and 1M data values beside the raw insert (bench/ingest.sh, unless SKIP_INGEST=1);
# 5. the evaluation module's heaviest write: opening the root's rating campaign at each size, beside a raw INSERT … SELECT
#    of its lines (bench/campaign-open.sh, unless SKIP_CAMPAIGN=1);
# 6. the inspection module's heaviest write: a month of dues for every member of the root committee imported from one
#    CSV, then the same file again, beside two raw INSERT … SELECT (bench/dues-import.sh at DUES_SIZES, by default 10k
#    and 100k; unless SKIP_DUES=1);
# 7. the office's register-wide reports (the two statistical forms, the movements of a year, the badge eligibility),
#    timed with their bodies' md5 (bench/reports.sh at REPORT_SIZES, by default 10k and 100k; unless SKIP_REPORTS=1).
# A step that fails is recorded in the results file (FAILED, its exit code, the tail of its log) and the next one runs;
# the exit code is 1 when any step failed. Each step's wall and CPU time (of all its processes) is recorded at the end.
# Pinning as in run.sh (API and baselines on CPU 0, load generator on CPU 1).
# Needs: the .NET 10 SDK, wrk, sqlite3 and curl (apt-get install -y wrk sqlite3 curl). Cost: docs/benchmarks.md
# ("How long it takes").
set -uo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000 1000000"}
export DURATION=${DURATION:-10}
# A module read slower than wrk's 10 s timeout is timed once with curl, and abandoned after SLOW_TIMEOUT seconds.
export SLOW_TIMEOUT=${SLOW_TIMEOUT:-120}
export OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-all.md}
DATA=${DATA:-bench/.cache}   # run.sh's cache of generated databases (run.sh reads DATA too)
export DATA
READS=${READS:-"list detail search statistics statistics-history statistics-office statistics-history-office"}
MODULE_READS=${MODULE_READS:-"inspection-statistics rating-statistics target-progress dues-summary dues-arrears dues-page agenda"}
mkdir -p "$(dirname "$OUT")" "$DATA"
LOGS=$(mktemp -d)
started=$(date +%s)
failed=()
timings=()

for tool in dotnet wrk sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is required (apt-get install -y wrk sqlite3 curl; the .NET 10 SDK)" >&2; exit 1; }
done

# CPU seconds (user + system) of this shell's finished children so far (/proc: cutime + cstime, which include the
# API and baseline processes that run.sh stops and waits for): a step's CPU is the difference around it.
children_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($14 + $15) / hz }' "/proc/$$/stat"; }

# step NAME COMMAND...: runs one step, records its wall and CPU time; a failure is recorded and the run goes on.
step() {
  local name=$1; shift
  local t0 c0 rc log=$LOGS/step-${#timings[@]}.log
  echo "== $name ($(( $(date +%s) - started )) s into the run; load $(cut -d' ' -f1 /proc/loadavg))" >&2
  t0=$(date +%s); c0=$(children_cpu)
  "$@" 2> >(tee "$log" >&2)
  rc=$?
  local wall=$(( $(date +%s) - t0 )) cpu=$(( $(children_cpu) - c0 ))
  timings+=("| $name | $wall s | $cpu s | $(cut -d' ' -f1-3 /proc/loadavg) | $([ $rc = 0 ] && echo ok || echo "**FAILED** (exit $rc)") |")
  if [ $rc != 0 ]; then
    failed+=("$name")
    { echo; echo "**FAILED: $name** (exit $rc); the last lines of its log:"; echo; echo '```'; tail -n 15 "$log"; echo '```'; } >> "$OUT"
  fi
  return 0
}

{
  echo "# bench/all.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "$(nproc) cores; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
} > "$OUT"

build() {
  dotnet build src/Api -c Release -v quiet -nologo >/dev/null &&
  dotnet build bench/PartyCommittee.Bench -c Release -v quiet -nologo >/dev/null
}
step "build" build
export SKIP_BUILD=1

# Generation on its own (run.sh would otherwise do it inside the first read step): its time is a step of its own.
GENERATOR_VERSION=$(awk -F= '/^GENERATOR_VERSION=/ {print $2}' bench/run.sh)
BENCH="dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll"
generate() {
  local db=$DATA/bench-v$GENERATOR_VERSION-$1.db
  [ -f "$db" ] && { echo "cached: $db" >&2; return 0; }
  $BENCH generate --members "$1" --db "$db.tmp" >&2 && mv "$db.tmp" "$db" && rm -f "$db.tmp-wal" "$db.tmp-shm" &&
    echo "| $1 | generation (cached in $DATA for the next run) | $(du -m "$db" | cut -f1) MB |" >> "$OUT"
}
for size in $SIZES; do step "generate $size" generate "$size"; done

# The generated counts equal the API's own backfill (smallest size; minutes per 100k members on a loaded machine).
smallest=$(tr ' ' '\n' <<<"$SIZES" | grep . | sort -n | head -1)
verify() { { echo; echo "verify-counts at $smallest members:"; echo '```'; } >> "$OUT"; $BENCH verify-counts "$DATA/bench-v$GENERATOR_VERSION-$smallest.db" | tee -a "$OUT"; local rc=${PIPESTATUS[0]}; echo '```' >> "$OUT"; return "$rc"; }
[ "${SKIP_VERIFY:-0}" != 1 ] && step "verify-counts $smallest" verify

for size in $SIZES; do
  # The reads whose ratios are issue 12's targets, in READ_ROUNDS rounds (run.sh's ROUNDS: API and baseline in turn,
  # the median round kept; about 20 minutes more over the three sizes than one round).
  step "reads at $size" env SIZES="$size" SCENARIOS="$READS" ROUNDS="${READ_ROUNDS:-3}" bench/run.sh
  for read in $MODULE_READS; do
    step "$read at $size" env SIZES="$size" SCENARIOS="$read" bench/run.sh
  done
done

if [[ " $SIZES " == *" 10000 "* ]]; then
  step "import of ${IMPORT_ROWS:-100000} rows into the 10k register" env SIZES=10000 SCENARIOS="import" IMPORT_ROWS="${IMPORT_ROWS:-100000}" bench/run.sh
fi

if [[ " $SIZES " == *" 100000 "* ]]; then
  step "export of the 100k register" env SIZES=100000 SCENARIOS="export" bench/run.sh
fi

ingest() { { echo; echo "# Ingestion (bench/ingest.sh)"; echo; } >> "$OUT"; env -u DATA ROWS="${INGEST_ROWS:-100000 1000000}" bench/ingest.sh | tee -a "$OUT"; return "${PIPESTATUS[0]}"; }
if [ "${SKIP_INGEST:-0}" != 1 ] && [ -x bench/ingest.sh ]; then
  step "ingestion" ingest
fi

campaign() { { echo; echo "# Rating campaign opening (bench/campaign-open.sh)"; echo; } >> "$OUT"; env -u DATA -u OUT SIZES="$SIZES" SKIP_BUILD=1 bench/campaign-open.sh | tee -a "$OUT"; return "${PIPESTATUS[0]}"; }
if [ "${SKIP_CAMPAIGN:-0}" != 1 ] && [ -x bench/campaign-open.sh ]; then
  step "rating campaign opening" campaign
fi

# The inspection module's heaviest write: a committee's month of dues imported (10k and 100k: a province's month; 1M
# is one file of 960k rows, which the synchronous import is not sized for: run it alone with SIZES=1000000).
dues() { { echo; echo "# Dues import (bench/dues-import.sh)"; echo; } >> "$OUT"; env -u DATA -u OUT SIZES="${DUES_SIZES:-10000 100000}" SKIP_BUILD=1 bench/dues-import.sh | tee -a "$OUT"; return "${PIPESTATUS[0]}"; }
if [ "${SKIP_DUES:-0}" != 1 ] && [ -x bench/dues-import.sh ]; then
  step "dues import" dues
fi

# The office's register-wide reports (not target rows; session 55): 10k and 100k by default, 1M alone (REPORT_SIZES).
reports() { { echo; echo "# Register-wide reports (bench/reports.sh)"; echo; } >> "$OUT"; env -u DATA -u OUT -u DB SIZES="${REPORT_SIZES:-10000 100000}" SKIP_BUILD=1 bench/reports.sh | tee -a "$OUT"; return "${PIPESTATUS[0]}"; }
if [ "${SKIP_REPORTS:-0}" != 1 ] && [ -x bench/reports.sh ]; then
  step "register-wide reports" reports
fi

# Concurrent small writes (session 66, ADR 0098): one data value per POST at 1, 2, 4 and 8 connections.
writes() { { echo; echo "# Concurrent writes (bench/writes.sh)"; echo; } >> "$OUT"; env -u DATA -u OUT SKIP_BUILD=1 bench/writes.sh | tee -a "$OUT"; return "${PIPESTATUS[0]}"; }
if [ "${SKIP_WRITES:-0}" != 1 ] && [ -x bench/writes.sh ]; then
  step "concurrent writes" writes
fi

{
  echo
  echo "## How long each step took"
  echo
  echo "| step | wall | CPU (all its processes) | load average after |  |"
  echo "|---|---:|---:|---|---|"
  printf '%s\n' "${timings[@]}"
  echo
  echo "bench/all.sh total: $(( $(date +%s) - started )) s wall; load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
  [ ${#failed[@]} -gt 0 ] && echo "Failed steps: $(IFS=';'; echo "${failed[*]}")."
} | tee -a "$OUT"
rm -rf "$LOGS"
echo "results: $OUT"
[ ${#failed[@]} -eq 0 ]
