#!/usr/bin/env bash
# Fails when src/payload-types.ts or the import map no longer match the config.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NODE_OPTIONS="--no-deprecation --conditions=production"
PAYLOAD_TS_OUTPUT_PATH="$tmp/payload-types.ts" npx payload generate:types >/dev/null
if ! diff -u src/payload-types.ts "$tmp/payload-types.ts"; then
  echo "src/payload-types.ts is stale: run npm run generate:types and commit it." >&2
  exit 1
fi
cp "src/app/(payload)/admin/importMap.js" "$tmp/importMap.js"
npx payload generate:importmap >/dev/null
if ! diff -u "$tmp/importMap.js" "src/app/(payload)/admin/importMap.js"; then
  cp "$tmp/importMap.js" "src/app/(payload)/admin/importMap.js"
  echo "The admin import map is stale: run npm run generate:importmap and commit it." >&2
  exit 1
fi
# A schema change needs a migration: migrate:create writes one only when the schema moved on.
before=$(ls -R src/migrations)
# (SQLite's; the PostgreSQL set is generated the same way against a PostgreSQL database.)
NODE_ENV=production DATABASE_URI="file:$tmp/migrations-check.db" PREPBANK_DATA_DIR="$tmp" \
  npx payload migrate:create schema-check --skip-empty >/dev/null 2>&1 </dev/null || true
if [ "$(ls -R src/migrations)" != "$before" ]; then
  git ls-files --others --exclude-standard src/migrations | xargs -r rm -f
  git checkout -q -- src/migrations
  echo "The schema changed without a migration: run npm run migrate:create -- <name> and commit src/migrations." >&2
  exit 1
fi
echo "generated files are up to date"
