#!/usr/bin/env bash
# The contract as clients use it: lints openapi/v1.json (Redocly, Spectral; settings in redocly.yaml and
# .spectral.yaml), generates the TypeScript client with openapi-typescript and compiles a usage file against it with
# `tsc --strict --noEmit`. The tools are pinned in tools/contract/package-lock.json and installed with `npm ci`.
# Needs Node.js 20+ and npm. The committed contract equals the served document (ContractTests), so this lints
# what the API serves.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=tools/contract
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is required (Node.js 20 or later)." >&2
  exit 1
fi

(cd "$tools" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
bin="$tools/node_modules/.bin"

echo "== redocly lint"
"$bin/redocly" lint openapi/v1.json --config redocly.yaml --format=stylish

echo "== spectral lint"
"$bin/spectral" lint openapi/v1.json --ruleset .spectral.yaml --fail-severity=warn

echo "== openapi-typescript + tsc --strict"
mkdir -p "$tools/generated"
"$bin/openapi-typescript" openapi/v1.json --output "$tools/generated/api.d.ts" --alphabetize
"$bin/tsc" --strict --noEmit --noUnusedLocals --target es2022 --module esnext --moduleResolution bundler \
  --skipLibCheck false "$tools/usage.ts"

echo "contract-lint: ok"
