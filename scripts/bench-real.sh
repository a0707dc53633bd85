#!/usr/bin/env bash
# The results-engine bench on real content (issue #12): installs SCAP Security Guide's Debian content, the
# OpenSCAP scanner, debootstrap, xmllint and GNU time when missing, makes (once, cached) a Debian 11 root and
# a real ARF of its full benchmark, grows it to ~32 MiB and 1 GiB, and times `stig-gate summarize` against
# xmllint on each. Needs dist/cli.js (npm run build) and root (debootstrap). BENCH_REAL_SIZES=32,1024 picks
# the grown sizes in MiB; BENCH_RUNS=3 the runs per file. Given a bench script and its arguments instead
# (`scripts/bench-real.sh bench/evidence-bench.mjs --real`), installs the same and runs that.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs a Debian package when `path` is missing; refreshes the package lists only if the install fails.
need() {
  local path=$1 package=$2
  { command -v "$path" || [ -e "$path" ]; } >/dev/null 2>&1 && return 0
  echo "== apt-get install $package (for $path)"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get install -y -q "$package" >/dev/null ||
    { "${sudo[@]}" apt-get update -q >/dev/null && "${sudo[@]}" apt-get install -y -q "$package" >/dev/null; }
}
need xmllint libxml2-utils
need /usr/bin/time time
need oscap openscap-scanner
need debootstrap debootstrap
need /usr/share/xml/scap/ssg/content/ssg-debian11-ds.xml ssg-debian
need /usr/share/xml/scap/ssg/content/ssg-rhel8-ds.xml ssg-nondebian

if [ ! -f dist/cli.js ]; then
  echo 'bench: dist/cli.js is missing; run npm run build first' >&2
  exit 1
fi
[ $# -gt 0 ] || set -- bench/real.mjs
exec node "$@"
