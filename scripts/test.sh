#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs npm packages when the lock file changed, starts the
# Docker engine, the local registries and the test images (scripts/testenv/up.sh), then type-checks,
# lints, runs every test and checks that dist/ matches src/. Idempotent; warm runs skip what is done.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

if [ -f scripts/testenv/up.sh ]; then
  bash scripts/testenv/up.sh
  # shellcheck disable=SC1091
  source "${STIG_GATE_STATE:-/run/stig-gate-testenv}/env"
fi

echo '== type-check' && npx tsc --noEmit
echo '== lint' && npx eslint . && npx prettier --check . >/dev/null
echo '== dist' && bash scripts/check-dist.sh
echo '== tests'
mkdir -p .cache
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/vitest-results.json || status=$?
# A plain closing line that any CI reader understands, whatever vitest's own summary looks like.
node -e '
  const r = JSON.parse(require("fs").readFileSync(".cache/vitest-results.json", "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit "$status"
