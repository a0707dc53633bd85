#!/usr/bin/env bash
# Installs the npm packages when node_modules is missing or older than package-lock.json.
# `npm install` rather than `npm ci`: the registry this project is developed against serves only this
# platform's optional packages (e.g. rollup's native binary), so the lock file lacks the others and
# `npm ci` would refuse it as out of sync. `npm install` keeps the locked versions all the same.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.stig-gate-lock-sha256
want=$( (cat package.json package-lock.json; node --version) | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo '== npm install'
  npm install --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi
