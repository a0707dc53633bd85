#!/usr/bin/env bash
# Builds dist/ afresh from src/ into a scratch folder and fails when it differs from dist/ as it stands
# (on a clean checkout, as in CI, that is the committed dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
if ! STIG_GATE_DIST_DIR="$fresh" npx rollup --config rollup.config.mjs --silent >"$fresh/build.log" 2>&1; then
  cat "$fresh/build.log" >&2
  echo 'check-dist: the build failed.' >&2
  exit 1
fi
rm -f "$fresh/build.log"
if ! diff -r -q "$fresh" dist >/dev/null; then
  echo 'check-dist: dist/ is stale: run `npm run build` and commit dist/ with the change.' >&2
  diff -r -q "$fresh" dist >&2 || true
  exit 1
fi
echo 'check-dist: dist/ matches src/.'
