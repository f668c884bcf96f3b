#!/usr/bin/env bash
# Shared by the bench scripts of the modules' writes (campaign-open.sh, dues-import.sh): the build, the bench token, the
# API started on a database file pinned to SERVER_CPUS, its CPU seconds and peak memory. Source it after setting
# SERVER_CPUS, PORT, DATA and API_DLL.

# Builds the API and the bench tool (unless SKIP_BUILD=1), sets TOKEN (an Admin bearer token of the bench issuer) and
# stops the API on exit.
bench_setup() {
  mkdir -p "$DATA" bench/results
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    dotnet build src/Api -c Release -v quiet -nologo >/dev/null
    dotnet build bench/PartyCommittee.Bench -c Release -v quiet -nologo >/dev/null
  fi
  KEY=$(printf 'bench-signing-key-0123456789abcdef-party' | base64 -w0)
  TOKEN=$(dotnet bench/PartyCommittee.Bench/bin/Release/net10.0/PartyCommittee.Bench.dll token --key "$KEY" --issuer party-committee-bench --audience party-committee-api)
  api_pid=
  trap api_stop EXIT
}

# api_start DB LOG [NAME=value ...]: the API on DB (no demo data, no rate limit, the bench issuer's tokens), pinned to
# SERVER_CPUS, with the extra settings given; returns once /health/ready answers.
api_start() {
  local db=$1 log=$2
  shift 2
  env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$db" Database__SeedDemoData=false \
    RateLimiting__Enabled=false Logging__LogLevel__Default=Warning \
    Authentication__Schemes__Bearer__Authority= Authentication__Schemes__Bearer__ValidIssuer=party-committee-bench \
    Authentication__Schemes__Bearer__ValidAudiences__0=party-committee-api \
    Authentication__Schemes__Bearer__SigningKeys__0__Issuer=party-committee-bench Authentication__Schemes__Bearer__SigningKeys__0__Value="$KEY" \
    "$@" taskset -c "$SERVER_CPUS" dotnet "$API_DLL" > "$log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 480); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null && break; sleep 0.5; done
}

api_stop() {
  if [ -n "${api_pid:-}" ]; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  api_pid=
}

# The API's CPU seconds so far (user + system) and its peak resident memory in MB.
api_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$api_pid/stat"; }
api_peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$api_pid/status"; }

# bench_subjects DB: sets root (the register's root committee), year (the bench year: the rating campaigns' latest) and
# member (a current member in the middle of the name order: the same one at every run), the subjects of run.sh's
# scenarios and profile.sh's.
bench_subjects() {
  root=$(sqlite3 "$1" "SELECT Id FROM Organizations WHERE Code='DB-BENCH'")
  year=$(sqlite3 "$1" "SELECT MAX(Year) FROM RatingCampaigns"); year=${year:-$(date -u +%Y)}
  member=$(sqlite3 "$1" "SELECT lower(Id) FROM Members WHERE Status = 'Full' ORDER BY NameSortKey, Id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM Members WHERE Status = 'Full')")
}
