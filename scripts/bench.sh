#!/usr/bin/env bash
# The results-engine benchmark (issue #3, item 7): generates synthetic ARF files of 8 MiB to 1 GiB under
# bench/out/ (cached by a hash of the generator) and times `stig-gate summarize` against xmllint on each.
# Needs dist/cli.js (npm run build). BENCH_SIZES=8,32 picks sizes in MiB; BENCH_RUNS=3 the runs per size.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs Debian packages for missing commands; refreshes the package lists only if the install fails.
need() {
  local command=$1 package=$2
  command -v "$command" >/dev/null 2>&1 && return 0
  echo "== apt-get install $package (for $command)"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get install -y -q "$package" >/dev/null ||
    { "${sudo[@]}" apt-get update -q >/dev/null && "${sudo[@]}" apt-get install -y -q "$package" >/dev/null; }
}
need xmllint libxml2-utils
need /usr/bin/time time

if [ ! -f dist/cli.js ]; then
  echo 'bench: dist/cli.js is missing; run npm run build first' >&2
  exit 1
fi
exec node bench/run.mjs
