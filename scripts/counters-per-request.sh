#!/usr/bin/env bash
# Per-request figures from a dotnet-counters csv written by `COUNTERS=prefix scripts/cpu-per-request.sh` (issue 12):
# bytes allocated, EF Core queries and gen0 GCs per request: each summed over the whole collection (which starts before
# wrk's window and ends after it; the few idle seconds add little) and divided by wrk's request count.
# Load-independent, unlike wall or CPU time.
#   scripts/counters-per-request.sh /tmp/x-detail.csv REQUESTS
set -euo pipefail
awk -F, -v n="$2" '
  $3 ~ /^dotnet.gc.heap.total_allocated/ { a += $5; s++ }
  $3 ~ /^microsoft.entityframeworkcore.queries/ { q += $5 }
  $3 ~ /^dotnet.gc.collections/ && $3 ~ /gen0/ { g += $5 }
  END {
    if (n == 0) { print "no requests"; exit 1 }
    printf "seconds %d  KB_allocated_per_request %.1f  ef_queries_per_request %.2f  gen0_per_1000 %.1f\n", s, a/n/1024, q/n, g*1000/n
  }' "$1"
