#!/usr/bin/env bash
# Every figure of docs/benchmarks.md's before/after table (issue 12), in one command, into ONE results file:
#   bench/all.sh                     # 10k, 100k and 1M members; run it on an idle machine
#   SIZES="10000 100000" bench/all.sh
# 1. reads at each size, each beside its raw baseline: member list, member detail, search, membership statistics
#    today and as of a past date, inspection statistics, rating statistics, target progress (bench/run.sh);
# 2. bulk: import of IMPORT_ROWS (100k) new members into the 10k register (dry run, then real; on a copy), export of
#    every member of the 100k register as CSV and xlsx (bench/run.sh import/export);
# 3. ingestion of 100k and 1M data values beside the raw insert (bench/ingest.sh, unless SKIP_INGEST=1).
# Pinning as in run.sh (API and baselines on CPU 0, load generator on CPU 1). Databases are generated once per size
# and cached in bench/.cache. Cost on this 2-core machine when idle: see docs/benchmarks.md ("How long it takes").
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000 1000000"}
export DURATION=${DURATION:-10}
# A module read slower than wrk's 10 s timeout is timed once with curl, and abandoned after SLOW_TIMEOUT seconds.
export SLOW_TIMEOUT=${SLOW_TIMEOUT:-120}
export OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-all.md}
mkdir -p "$(dirname "$OUT")"
started=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - started )) s)" >&2; }

{
  echo "# bench/all.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "$(nproc) cores; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
} > "$OUT"

step "build"
dotnet build src/Api -c Release -v quiet -nologo >/dev/null
dotnet build bench/PartyCommittee.Bench -c Release -v quiet -nologo >/dev/null
export SKIP_BUILD=1

step "reads at $SIZES"
SIZES="$SIZES" SCENARIOS="list detail search statistics statistics-history inspection-statistics rating-statistics target-progress" bench/run.sh

step "import of ${IMPORT_ROWS:-100000} rows into the 10k register"
SIZES=10000 SCENARIOS="import" IMPORT_ROWS=${IMPORT_ROWS:-100000} bench/run.sh

if [[ " $SIZES " == *" 100000 "* ]]; then
  step "export of the 100k register"
  SIZES=100000 SCENARIOS="export" bench/run.sh
fi

if [ "${SKIP_INGEST:-0}" != 1 ] && [ -x bench/ingest.sh ]; then
  step "ingestion"
  { echo; echo "# Ingestion (bench/ingest.sh)"; echo; } >> "$OUT"
  SKIP_BUILD=1 ROWS="${INGEST_ROWS:-100000 1000000}" bench/ingest.sh | tee -a "$OUT"
fi

echo | tee -a "$OUT"
echo "bench/all.sh total: $(( $(date +%s) - started )) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
echo "results: $OUT"
