#!/usr/bin/env bash
# The whole gate in one command, on local images only: starts the Docker engine, the local registry and
# the test images (scripts/testenv/up.sh), scans a baseline image (a clean Debian 12 root), scans a changed
# one (the same root with the dropbear SSH server in its package database) and gates it against the
# baseline. Prints the verdict and the Markdown summary, and leaves oscap's report.html to open.
#
# Knobs: STIG_GATE_DEMO_DIR (default out/demo), STIG_GATE_CLI (default dist/cli.js).
# Exits 0 when the demo ran as intended (the changed image fails the gate), 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

now() { printf '%s' "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
started=$(now)

cli=${STIG_GATE_CLI:-dist/cli.js}
if [[ ! -f $cli ]]; then
  bash scripts/install-deps.sh
  npm run --silent build
fi

echo '== test environment: Docker engine, local registry, images (scripts/testenv/up.sh)'
setup_started=$(now)
bash scripts/testenv/up.sh >/dev/null
# shellcheck disable=SC1091
source "${STIG_GATE_STATE:-/run/stig-gate-testenv}/env"
setup_secs=$(since "$setup_started")

out=${STIG_GATE_DEMO_DIR:-out/demo}
rm -rf "$out"
mkdir -p "$out"

# scan LABEL IMAGE [gate options...]: runs `stig-gate scan`, keeping its exit code and wall time.
scan() {
  local label=$1 image=$2
  shift 2
  echo
  echo "== stig-gate scan $image"
  local t0 code=0
  t0=$(now)
  node "$cli" scan --image "$image" --scanner-image "$STIG_GATE_TEST_IMAGE_SCANNER" \
    --output-dir "$out/$label" "$@" >"$out/$label.stdout" || code=$?
  printf -v "secs_$label" '%s' "$(since "$t0")"
  printf -v "code_$label" '%s' "$code"
}

# The baseline: every failure is "new" without one, so --fail-on none just records the results.
scan baseline "$STIG_GATE_TEST_IMAGE_CLEAN" --fail-on none
# shellcheck disable=SC2154 # set by scan through printf -v
if [[ $code_baseline != 0 ]]; then
  echo "demo: the baseline scan failed (exit $code_baseline); see above and $out/baseline/scan.log" >&2
  exit 1
fi
scan changed "$STIG_GATE_TEST_IMAGE_REMOTE_ACCESS" --baseline "$out/baseline/results.xml" --format markdown

# shellcheck disable=SC2154
case $code_changed in
  2) verdict='FAILED (exit 2), as it should: the changed image brings new STIG failures' ;;
  0) verdict='passed (exit 0), which this demo did not expect' ;;
  *) verdict="error (exit $code_changed)" ;;
esac

echo
echo '================================================================================================'
echo "Markdown summary ($out/changed/stig-gate.md, as the PR comment and job summary show it):"
echo '================================================================================================'
cat "$out/changed.stdout"
echo '================================================================================================'
echo "Verdict: the gate $verdict"
echo "The pull request comment's Markdown (the job summary shows the same): $(realpath "$out/changed/stig-gate.md")"
echo "HTML report of the changed image, as oscap wrote it: $(realpath "$out/changed/report.html")"
echo "The results and the gate's reports (results.xml, results-arf.xml, scan.log, scan.json, stig-gate.json/.sarif/.md): $out/changed/"
echo "Evidence for assessors, in the same folder: stig-gate.cklb and .ckl (STIG Viewer), stig-gate-poam.csv (POA&M),"
echo "  stig-gate-oscal-ar.json and -oscal-poam.json (OSCAL), stig-gate-hdf.json (Heimdall), evidence.json and stig-gate.intoto.json"

# Where the time went: the scanner's share is oscap-docker running, from each scan's scan.json.
scanner_secs=$(node -e '
  const fs = require("node:fs");
  let total = 0;
  for (const f of process.argv.slice(1)) {
    for (const t of JSON.parse(fs.readFileSync(f, "utf8")).timings) if (t.phase === "run scanner") total += t.seconds;
  }
  console.log(total.toFixed(1));
' "$out/baseline/scan.json" "$out/changed/scan.json")
# shellcheck disable=SC2154
echo "Wall time: $(since "$started") s in all: setup ${setup_secs} s, baseline scan+gate ${secs_baseline} s," \
  "changed scan+gate ${secs_changed} s (the scanner itself ran ${scanner_secs} s of those)."
[[ $code_changed == 2 ]]
