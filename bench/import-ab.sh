#!/usr/bin/env bash
# Side-by-side A/B of the member import (issue 12) for a machine that is not idle: two API builds (or one build with
# two settings) run AT THE SAME TIME on the same pinned core, each on its own copy of the 10k bench database, and get
# the same file at the same moment (dry run, then real). Whatever else loads the machine loads both alike, so the
# ratio of their CPU seconds is comparable even when the absolute figures are not.
#   bench/import-ab.sh A_DLL B_DLL [VAR=value ...]     # the VAR=value settings apply to B only
#   ROWS=10000 bench/import-ab.sh /tmp/before/PartyCommittee.Api.dll src/Api/bin/Release/net10.0/PartyCommittee.Api.dll
#   bench/import-ab.sh src/Api/bin/Release/net10.0/PartyCommittee.Api.dll src/Api/bin/Release/net10.0/PartyCommittee.Api.dll Import__BatchSize=200
# Needs the cached 10k bench database (run `SIZES=10000 SCENARIOS=import bench/run.sh` once) and a built bench tool.
# REGISTER=path/to/another.db runs into another register (e.g. the 100k one; the script imports into copies of it). Only
# the file is copied, not a -wal beside it: give a checkpointed copy (sqlite3 "file:bench-v8-100000.db?mode=ro" ".backup r.db").
# REGISTER_B=path gives B its own register (e.g. the same data in another physical layout); A keeps REGISTER.
set -euo pipefail
cd "$(dirname "$0")/.."
ADLL=$1; BDLL=$2; shift 2
ROWS=${ROWS:-10000}
CPUS=${SERVER_CPUS:-0}
DATA=${DATA:-bench/.cache}
DB=${REGISTER:-$DATA/bench-v8-10000.db}
[ -f "$DB" ] || { echo "no $DB: run SIZES=10000 SCENARIOS=import bench/run.sh first" >&2; exit 1; }
KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
BENCH="dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll"
TOKEN=$($BENCH token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)
FILE=$DATA/import-$ROWS-for-$(basename "$DB" .db).csv   # made for this register: its rows are placed in its cells
[ -f "$FILE" ] || $BENCH import-file --rows "$ROWS" --db "$DB" --out "$FILE"
A_PORT=${A_PORT:-5381}; B_PORT=${B_PORT:-5382}
OUT=${OUT:-bench/results/$(date -u +%Y%m%dT%H%M%SZ)-import-ab.md}
TMP=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$TMP"' EXIT

start_api() { # dll port source-db extra-env...
  local dll=$1 port=$2 source=$3; shift 3
  local db=$TMP/$port.db
  cp "$source" "$db"
  env "$@" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$port \
    Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$db" Database__SeedDemoData=false \
    RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
    Import__MaxRows=1000000 Import__MaxFileBytes=1073741824 \
    Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
    Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
    Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
    taskset -c "$CPUS" dotnet "$dll" > "$TMP/$port.log" 2>&1 &
  pids+=($!)
}
start_api "$ADLL" "$A_PORT" "$DB"; A=${pids[0]}
start_api "$BDLL" "$B_PORT" "${REGISTER_B:-$DB}" "$@"; B=${pids[1]}
for port in "$A_PORT" "$B_PORT"; do
  for _ in $(seq 1 1200); do curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && break; sleep 0.5; done
done

cpu() { awk '{printf "%.2f", ($14+$15)/100}' "/proc/$1/stat"; }
hwm() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
request() { # pid port query -> "HTTP wall CPU peak"
  local c0 t; c0=$(cpu "$1")
  t=$(curl -sS -o /dev/null -w "%{http_code} %{time_total}" -H "Authorization: Bearer $TOKEN" -F "file=@$FILE;type=text/csv" "http://127.0.0.1:$2/api/v1/members/import$3")
  echo "$t $(awk -v a="$(cpu "$1")" -v b="$c0" 'BEGIN{printf "%.2f", a-b}') $(hwm "$1")"
}

{
  echo "# Import A/B $(date -u +%Y-%m-%dT%H:%M:%SZ): $ROWS new members into the register \`$(basename "$DB")\`${REGISTER_B:+ (B: \`$(basename "$REGISTER_B")\`)}"
  echo
  echo "Both APIs pinned to CPU $CPUS (taskset), requests sent at the same moment. A = \`$ADLL\`; B = \`$BDLL\` ${*:+with $*}."
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| request | A: HTTP, wall s, CPU s, peak MB | B: HTTP, wall s, CPU s, peak MB | B/A CPU |"
  echo "|---|---|---|---:|"
} > "$OUT"
for query in "?dryRun=true" ""; do
  request "$A" "$A_PORT" "$query" > "$TMP/a" & ra=$!
  request "$B" "$B_PORT" "$query" > "$TMP/b" & rb=$!
  wait "$ra" "$rb"
  ratio=$(awk -v a="$(cut -d' ' -f3 "$TMP/a")" -v b="$(cut -d' ' -f3 "$TMP/b")" 'BEGIN { if (a > 0) printf "%.2f", b/a; else print "—" }')
  echo "| import${query:- (real)} | $(cat "$TMP/a") | $(cat "$TMP/b") | $ratio |" >> "$OUT"
done
echo >> "$OUT"; echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$OUT"
cat "$OUT"
