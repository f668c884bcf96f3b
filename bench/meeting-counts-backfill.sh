#!/usr/bin/env bash
# Session 60 (ADR 0092): how long an API started on DB (a copy of a bench register whose meetings have no attendance
# counts, e.g. after bench/sql/s59-monthly-meetings.sql) takes to be ready, and how long until its backfill job has
# recounted every meeting (polled with sqlite3). The API pinned to CPU 0 as run.sh pins it.
#   bench/meeting-counts-backfill.sh /path/to/copy.db
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER_CPUS=0; PORT=${PORT:-5299}; DATA=${DATA:-/tmp/party-committee-bench}; API_DLL=${API_DLL:-src/Api/bin/Release/net10.0/PartyCommittee.Api.dll}
source bench/lib.sh
bench_setup
start=$(date +%s.%N)
api_start "$1" "$DATA/meeting-counts-backfill.log" Logging__LogLevel__PartyCommittee.Infrastructure.Jobs=Information
echo "ready after $(echo "$(date +%s.%N) - $start" | bc) s"
for _ in $(seq 1 7200); do
  [ "$(sqlite3 "$1" 'SELECT count(*) FROM CellMeetings WHERE ExpectedAttendances IS NULL' 2>/dev/null)" = 0 ] && break
  sleep 0.5
done
echo "no meeting without counts after $(echo "$(date +%s.%N) - $start" | bc) s"
