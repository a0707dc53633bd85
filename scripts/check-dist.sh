#!/usr/bin/env bash
# Rebuilds dist/ from src/ and fails when the result differs from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build >/dev/null 2>&1 || { npm run build; exit 1; }
if ! git diff --quiet --exit-code -- dist/; then
  echo 'dist/ is stale: run `npm run build` and commit dist/ with the change.' >&2
  git diff --stat -- dist/ >&2
  exit 1
fi
if [ -n "$(git ls-files --others --exclude-standard -- dist/)" ]; then
  echo 'dist/ has files that are not committed:' >&2
  git ls-files --others --exclude-standard -- dist/ >&2
  exit 1
fi
echo 'dist/ is up to date.'
