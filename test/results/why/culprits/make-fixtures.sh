#!/usr/bin/env bash
# Remakes the real ARFs that test/results/why/culprits.test.ts reads: the content here
# (culprits-xccdf.xml, culprits-oval.xml: one rule per OVAL check and check_existence case) evaluated by
# both scanners of the test environment (OpenSCAP 1.4 and 1.3.7) over a small tree in which the files
# that fail each test are made last, after 60 that pass (past the first 50 items a test result lists).
# Needs root (chown) and scripts/testenv/up.sh. Run by hand when the content changes; the ARFs are kept.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck disable=SC1091
source "${STIG_GATE_STATE:-/run/stig-gate-testenv}/env"
docker=${STIG_GATE_TEST_DOCKER:-docker}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$work/tree/srv/culprits

# file DIR UID NAME...: empty-ish files owned by UID, made in the order given.
file() {
  local dir=$1 uid=$2
  shift 2
  mkdir -p "$tree/$dir"
  for name in "$@"; do
    printf 'stig-gate\n' >"$tree/$dir/$name"
    chown "$uid:$uid" "$tree/$dir/$name"
    chmod 644 "$tree/$dir/$name"
  done
}
sixty=()
for i in $(seq -w 0 59); do sixty+=("f-$i"); done

file all 0 "${sixty[@]}"
file all 1000 zz-owned-by-1000
file at-least-one 1000 a-1 a-2 a-3
file only-one-many 0 "${sixty[@]}"
file only-one-many 1000 zy-owned-by-1000 zz-owned-by-1000
file only-one-none 0 b-1 b-2 b-3
file none-satisfy 0 "${sixty[@]}"
file none-satisfy 1000 zz-owned-by-1000
file none-exist 0 "${sixty[@]}"
file none-exist 0 zy-left.bak zz-left.bak
file only-one-exists 0 "${sixty[@]}"
file only-one-exists 0 zy-first.conf zz-second.conf
file at-least-one-exists 0 "${sixty[@]}"

cp "$here/culprits-xccdf.xml" "$here/culprits-oval.xml" "$work/"
chmod -R a+rX "$work"
run() {
  local image=$1
  shift
  # The scanner image runs as 65532: root here, to read the tree as rootfs mode does.
  "$docker" run --rm --network none --user 0:0 -v "$work:/w" -w /w -e OSCAP_PROBE_ROOT=/w/tree "$image" "$@"
}
run "$STIG_GATE_TEST_IMAGE_SCANNER_BOOKWORM" ds sds-compose culprits-xccdf.xml culprits-ds.xml
for scanner in "$STIG_GATE_TEST_IMAGE_SCANNER" "$STIG_GATE_TEST_IMAGE_SCANNER_BOOKWORM"; do
  version=$(run "$scanner" --version | sed -n 's/.*(oscap) \([0-9.]*\).*/\1/p')
  status=0
  run "$scanner" xccdf eval --profile xccdf_org.stig-gate_profile_culprits \
    --results-arf "arf-$version.xml" culprits-ds.xml >/dev/null || status=$?
  [ "$status" -eq 2 ] || { echo "oscap $version exited $status, expected 2 (some rules fail)" >&2; exit 1; }
  cp "$work/arf-$version.xml" "$here/arf-oscap-$version.xml"
  echo "wrote $here/arf-oscap-$version.xml"
done
