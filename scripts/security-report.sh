#!/usr/bin/env bash
# Runs the security tests (authorization matrix, contract fuzz, races, hostile input, import abuse) and writes their
# figures into docs/security.md between the "figures" markers. Needs only the .NET SDK.
#   scripts/security-report.sh                 # fixed seed and CI budget
#   FUZZ_BUDGET=20000 scripts/security-report.sh   # a larger fuzz budget
set -euo pipefail
cd "$(dirname "$0")/.."

figures=$(mktemp -d)
trap 'rm -rf "$figures"' EXIT
export SECURITY_FIGURES_DIR="$figures"

log=$(mktemp)
dotnet test tests/Api.Tests --configuration Release \
  --filter "FullyQualifiedName~AuthorizationMatrixTests|FullyQualifiedName~ContractFuzzTests|FullyQualifiedName~EndpointAuthorizationTests|FullyQualifiedName~AuthorizationScopeTests|FullyQualifiedName~DataIntegrityTests|FullyQualifiedName~SqliteEngineTests|FullyQualifiedName~MemberImport|FullyQualifiedName~HostingSecurityTests" \
  2>&1 | tee "$log" | grep -E '^(Passed|Failed)!' || true

# value FILE KEY: a number from the indented JSON a test wrote ("Key": 123,)
value() { sed -n "s/^ *\"$2\": *\([0-9.]*\),\{0,1\}$/\1/p" "$figures/$1.json" 2>/dev/null | head -n 1; }
tests=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 passed, \1 failed, \3 skipped/')

table=$(cat <<MD
<!-- figures:start (written by scripts/security-report.sh on $(date -u +%Y-%m-%d); do not edit by hand) -->
| check | figure |
|---|---|
| security tests run | ${tests:-not run} |
| authorization matrix: operations × roles | $(value authorization-matrix Operations) × $(value authorization-matrix Roles) ($(value authorization-matrix RoleTokens) role tokens, own / sibling / parent scope and missing objects) |
| authorization matrix: requests | $(value authorization-matrix Requests): $(value authorization-matrix Forbidden) refused 403 by role, $(value authorization-matrix OutOfScope) out of scope answered as missing, $(value authorization-matrix InScope) in scope, $(value authorization-matrix Unscoped) unscoped |
| authorization matrix: checks that nothing was written | $(value authorization-matrix WriteChecks) |
| authorization matrix: deviations from the table (leaks, wrong status, 5xx) | $(value authorization-matrix Failures) |
| contract fuzz as Admin: operations, requests (valid) | $(value contract-fuzz-Admin Operations), $(value contract-fuzz-Admin Requests) ($(value contract-fuzz-Admin ValidRequests)), seed $(value contract-fuzz-Admin Seed) |
| contract fuzz as the scoped committee office: operations, requests (valid) | $(value contract-fuzz-CommitteeOffice Operations), $(value contract-fuzz-CommitteeOffice Requests) ($(value contract-fuzz-CommitteeOffice ValidRequests)) |
| contract fuzz as a cell's secretary: operations, requests (valid) | $(value contract-fuzz-CellSecretary Operations), $(value contract-fuzz-CellSecretary Requests) ($(value contract-fuzz-CellSecretary ValidRequests)) |
| contract fuzz: 5xx; violations (undocumented status, schema mismatch, write on refusal) | $(value contract-fuzz-Admin ServerErrors) + $(value contract-fuzz-CommitteeOffice ServerErrors) + $(value contract-fuzz-CellSecretary ServerErrors); $(value contract-fuzz-Admin Violations) + $(value contract-fuzz-CommitteeOffice Violations) + $(value contract-fuzz-CellSecretary Violations) |
<!-- figures:end -->
MD
)

doc=docs/security.md
awk -v table="$table" '
  /<!-- figures:start/ { print table; skip = 1; next }
  /<!-- figures:end -->/ { skip = 0; next }
  !skip { print }
' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
echo "docs/security.md updated"
