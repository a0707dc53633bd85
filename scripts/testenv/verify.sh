#!/usr/bin/env bash
# shellcheck disable=SC2015 # `cond && ok ... || bad ...` is safe here: ok always returns 0.
# Checks the test environment end to end with both scanners (trixie's OpenSCAP 1.4, the default, and
# bookworm's 1.3.7), the way the action runs them: pulls each target from the registry, scans it with
# oscap-docker in container mode and in image mode, and compares the results with the known figures;
# then exercises the fault cases and what each oscap-docker can and cannot scan.
# Needs a running environment (scripts/testenv/up.sh). Leaves no containers behind, and removes no
# shared image (the pulled targets stay), so it can run beside other users of the environment.
# Prints one line per check and closes with "verify: N passed, N failed"; exits 1 on a failure.
# STIG_GATE_VERIFY_KEEP=DIR keeps the scan outputs in DIR.
set -euo pipefail

# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ -r $STATE/env ]] || die "no $STATE/env: run scripts/testenv/up.sh first"
# shellcheck source=/dev/null
. "$STATE/env"
D=$STIG_GATE_TEST_DOCKER
DS=$STIG_GATE_TEST_DATASTREAM_IN_IMAGE
PROFILE=xccdf_basic_profile_.check
SCANNER=$STIG_GATE_TEST_IMAGE_SCANNER
# 1.4.x's image mode reads a `docker export` copy, in which these two rules pass that fail through
# /proc/<pid>/root (container mode, and 1.3.7's image mode): oscap does not see /usr/lib there.
EXPORT_ONLY_PASSES=(xccdf_mil.disa.stig_rule_SV-203675r991560_rule xccdf_mil.disa.stig_rule_SV-203716r982210_rule)

OUT_ROOT=${STIG_GATE_VERIFY_KEEP:-$(mktemp -d /tmp/stig-gate-verify.XXXXXX)}
OUT=$OUT_ROOT
mkdir -p "$OUT"
PREFIX=stig-gate-verify-$$
passed=0
failed=0
cleanup() {
  local c
  for c in $("$D" ps -aq --filter "name=$PREFIX" 2>/dev/null); do "$D" rm -f "$c" >/dev/null 2>&1 || true; done
  "$D" rmi "$PREFIX-a:x" "$PREFIX-b:x" >/dev/null 2>&1 || true
  [[ -n ${STIG_GATE_VERIFY_KEEP:-} ]] || rm -rf "$OUT_ROOT"
}
trap cleanup EXIT

ok() {
  passed=$((passed + 1))
  printf 'ok    %s\n' "$*"
}
bad() {
  failed=$((failed + 1))
  printf 'FAIL  %s\n' "$*"
}

# counts FILE: "fail=N pass=N notapplicable=N ..." for the results that occur.
counts() {
  local r n s=""
  for r in fail pass notapplicable error unknown notchecked notselected informational fixed; do
    n=$(grep -c "<result>$r</result>" "$1" || true)
    ((n)) && s+="$r=$n "
  done
  printf '%s\n' "${s% }"
}
# failing FILE: the ids of failing rules, sorted.
failing() { awk '/<rule-result /{ match($0, /idref="[^"]*"/); id = substr($0, RSTART + 7, RLENGTH - 8) } /<result>fail<\/result>/{ print id }' "$1" | sort; }

# scan MODE TARGET DIR [extra docker run args...]: the action's scanner invocation ($SCANNER; container
# mode with CAP_SYS_PTRACE, as the action gives it, unless NO_PTRACE=1); prints the exit code.
scan() {
  local mode=$1 target=$2 dir=$3 rc=0
  local -a cap=()
  [[ $mode == container && ${NO_PTRACE:-0} != 1 ]] && cap=(--cap-add SYS_PTRACE)
  shift 3
  mkdir -p "$dir"
  "$D" run --rm --network none --pid=host -u 0:0 "${cap[@]}" -v /var/run/docker.sock:/var/run/docker.sock \
    -v "$dir:/out" --entrypoint oscap-docker "$@" "$SCANNER" \
    "$mode" "$target" xccdf eval --profile "$PROFILE" --results /out/results.xml \
    --results-arf /out/results-arf.xml --report /out/report.html "$DS" \
    >"$dir/stdout.txt" 2>"$dir/stderr.txt" || rc=$?
  printf '%s\n' "$rc"
}

# failing_in_image_mode FILE: the rules container mode fails that image mode should fail with $SCANNER.
failing_in_image_mode() {
  if [[ $EXPORTS == 1 ]]; then failing "$1" | grep -vxF -f <(printf '%s\n' "${EXPORT_ONLY_PASSES[@]}"); else failing "$1"; fi
}

# check_target NAME REF EXPECTED [DOCKER_CONFIG]: EXPECTED is container mode's counts; image mode must
# fail the rules failing_in_image_mode says.
check_target() {
  local name=$1 ref=$2 want=$3 cfg=${4:-} rc got c t0
  local -a env=()
  [[ -n $cfg ]] && env=(env "DOCKER_CONFIG=$cfg")
  if "${env[@]}" "$D" pull -q "$ref" >"$OUT/pull.log" 2>&1; then ok "$name: docker pull $ref"; else
    bad "$name: docker pull $ref: $(tail -n 1 "$OUT/pull.log")"
    return
  fi
  c=$PREFIX-$name
  "$D" run -d --name "$c" --network none "$ref" tail -f /dev/null >/dev/null
  t0=$SECONDS
  rc=$(scan container "$c" "$OUT/$name-container")
  got=$(counts "$OUT/$name-container/results.xml" 2>/dev/null || true)
  [[ $rc == 2 && $got == "$want" ]] && ok "$name: container mode exit $rc, $got ($((SECONDS - t0))s)" ||
    bad "$name: container mode exit $rc, '$got', expected exit 2, '$want' ($(tail -n 2 "$OUT/$name-container/stderr.txt" | tr '\n' ' '))"
  "$D" rm -f "$c" >/dev/null
  t0=$SECONDS
  rc=$(scan image "$ref" "$OUT/$name-image")
  got=$(counts "$OUT/$name-image/results.xml" 2>/dev/null || true)
  [[ $rc == 2 && -n $got ]] && ok "$name: image mode exit $rc, $got ($((SECONDS - t0))s)" ||
    bad "$name: image mode exit $rc, '$got', expected exit 2 ($(tail -n 2 "$OUT/$name-image/stderr.txt" | tr '\n' ' '))"
  if [[ -s $OUT/$name-container/results.xml && -s $OUT/$name-image/results.xml ]]; then
    if diff <(failing_in_image_mode "$OUT/$name-container/results.xml") <(failing "$OUT/$name-image/results.xml") >/dev/null; then
      ok "$name: image mode fails container mode's rules$([[ $EXPORTS == 1 ]] && echo " but the ${#EXPORT_ONLY_PASSES[@]} the export sees pass")"
    else
      bad "$name: image mode fails other rules than expected"
    fi
  fi
}

# new_failures NAME EXPECTED_COUNT [RULE...]: failures beyond target:clean's.
new_failures() {
  local name=$1 want=$2 n r
  shift 2
  n=$(comm -13 <(failing "$OUT/clean-container/results.xml") <(failing "$OUT/$name-container/results.xml") | wc -l)
  [[ $n == "$want" ]] && ok "$name: $n new failures vs clean" || bad "$name: $n new failures vs clean, expected $want"
  for r in "$@"; do
    failing "$OUT/$name-container/results.xml" | grep -qx "$r" && ok "$name: $r fails" || bad "$name: $r does not fail"
  done
  n=$(comm -23 <(failing "$OUT/clean-container/results.xml") <(failing "$OUT/$name-container/results.xml") | wc -l)
  [[ $n == 0 ]] && ok "$name: no rule fixed vs clean" || bad "$name: $n rules fixed vs clean"
}

# verify_with SCANNER_REF EXPORTS: every check with one scanner (EXPORTS=1: oscap-docker 1.3.8+).
verify_with() {
SCANNER=$1
EXPORTS=$2
OUT=$OUT_ROOT/$3
mkdir -p "$OUT"
printf -- '--- scanner %s (%s)\n' "$SCANNER" "$("$D" run --rm --network none --entrypoint oscap "$SCANNER" --version | head -n 1)"
check_target clean "$STIG_GATE_TEST_IMAGE_CLEAN" "fail=10 pass=81 notapplicable=107"
# The real oscap sample beside the datastream, when it came from ../shared/scap (not from a download).
SAMPLE=$(dirname "$STIG_GATE_TEST_DATASTREAM")/samples/debian12-gpos-results.xml
if [[ -s $OUT/clean-container/results.xml && -r $SAMPLE ]]; then
  diff <(failing "$OUT/clean-container/results.xml") <(failing "$SAMPLE") >/dev/null &&
    ok "clean: same failing rules as shared/scap/samples/debian12-gpos-results.xml" ||
    bad "clean: failing rules differ from shared/scap/samples/debian12-gpos-results.xml"
fi
check_target remote-access "$STIG_GATE_TEST_IMAGE_REMOTE_ACCESS" "fail=56 pass=35 notapplicable=107"
new_failures remote-access 46 xccdf_mil.disa.stig_rule_SV-263652r982557_rule
check_target world-writable-log "$STIG_GATE_TEST_IMAGE_WORLD_WRITABLE_LOG" "fail=13 pass=78 notapplicable=107"
new_failures world-writable-log 3 xccdf_mil.disa.stig_rule_SV-203616r958434_rule \
  xccdf_mil.disa.stig_rule_SV-203617r958436_rule xccdf_mil.disa.stig_rule_SV-203664r958566_rule

# Auth registry: anonymous pull refused, pull with the testenv's login works and scans.
if out=$(DOCKER_CONFIG=$(mktemp -d) "$D" pull "$STIG_GATE_TEST_IMAGE_PRIVATE" 2>&1); then
  bad "private: anonymous pull of $STIG_GATE_TEST_IMAGE_PRIVATE succeeded"
else
  ok "private: anonymous pull refused ($(tail -n 1 <<<"$out"))"
fi
check_target private "$STIG_GATE_TEST_IMAGE_PRIVATE" "fail=10 pass=81 notapplicable=107" "$STIG_GATE_TEST_DOCKER_CONFIG"

# Fault cases.
"$D" pull -q "$STIG_GATE_TEST_IMAGE_NOSHELL" >/dev/null
if out=$("$D" run -d --name "$PREFIX-noshell" --network none "$STIG_GATE_TEST_IMAGE_NOSHELL" tail -f /dev/null 2>&1); then
  bad "noshell: 'tail -f /dev/null' started"
else
  ok "noshell: 'docker run ... tail -f /dev/null' fails ($(grep -m1 -o 'exec: [^:]*: executable file not found[^"]*' <<<"$out" || tail -n 1 <<<"$out"))"
fi
"$D" rm -f "$PREFIX-noshell" >/dev/null 2>&1 || true
rc=$(scan image "$STIG_GATE_TEST_IMAGE_NOSHELL" "$OUT/noshell-image")
if [[ $EXPORTS == 1 ]]; then
  [[ $rc == 2 ]] && ok "noshell: image mode (docker export) exit 2, $(counts "$OUT/noshell-image/results.xml")" || bad "noshell: image mode exit $rc"
else
  [[ $rc != 0 && $rc != 2 ]] && ok "noshell: image mode fails, exit $rc ($(grep -m1 'Cannot run image' "$OUT/noshell-image/stderr.txt" || true) $(grep -m1 -o 'exec: [^:]*: executable file not found' "$OUT/noshell-image/stdout.txt" || true))" ||
    bad "noshell: image mode exit $rc"
fi
# oscap-docker created its temporary container (tmp_oscap_<uuid>) but could not start it, and its
# crash path does not remove it: the action has to clean those up itself.
mapfile -t left < <("$D" ps -aq --filter name=tmp_oscap_ --filter "ancestor=$STIG_GATE_TEST_IMAGE_NOSHELL" --filter status=created)
if ((${#left[@]})); then
  "$D" rm -f "${left[@]}" >/dev/null
  ok "noshell: image mode left ${#left[@]} 'Created' tmp_oscap_ container(s) behind (removed)"
fi
"$D" run -d --name "$PREFIX-noshell-pause" --network none "$STIG_GATE_TEST_IMAGE_NOSHELL" >/dev/null
rc=$(scan container "$PREFIX-noshell-pause" "$OUT/noshell-container")
ok "noshell: container mode on its /pause container: exit $rc, $(counts "$OUT/noshell-container/results.xml" 2>/dev/null || echo 'no results')"
"$D" rm -f "$PREFIX-noshell-pause" >/dev/null

"$D" pull -q "$STIG_GATE_TEST_IMAGE_SCANNER_NO_OSCAP_DOCKER" >/dev/null
rc=0
out=$("$D" run --rm --network none --entrypoint oscap-docker "$STIG_GATE_TEST_IMAGE_SCANNER_NO_OSCAP_DOCKER" --help 2>&1) || rc=$?
[[ $rc == 127 ]] && ok "no-oscap-docker: exit 127 ($(grep -m1 -o 'exec: [^:]*: executable file not found[^"]*' <<<"$out" || tail -n 1 <<<"$out"))" || bad "no-oscap-docker: exit $rc"

c=$PREFIX-faults
"$D" run -d --name "$c" --network none "$STIG_GATE_TEST_IMAGE_CLEAN" tail -f /dev/null >/dev/null
rc=0
out=$("$D" run --rm --network none --pid=host -u 0:0 -v /var/run/docker.sock:/var/run/docker.sock "$SCANNER" \
  oscap-docker container "$c" xccdf eval --profile "$PROFILE" "$DS" 2>&1) || rc=$?
[[ $rc == 101 ]] && ok "scanner without --entrypoint oscap-docker: exit 101 ($(tail -n 1 <<<"$out"))" || bad "scanner without --entrypoint: exit $rc"
rc=0
out=$("$D" run --rm --network none --pid=host -v /var/run/docker.sock:/var/run/docker.sock --entrypoint oscap-docker "$SCANNER" \
  container "$c" xccdf eval --profile "$PROFILE" "$DS" 2>&1) || rc=$?
# (1.3.7 exits 1; 1.4.x's python-docker fails on the socket first, exit 255: either way no result.)
[[ $rc != 0 && $rc != 2 ]] && ok "scanner without -u 0:0: exit $rc ($(tail -n 1 <<<"$out" | cut -c1-140))" || bad "scanner without -u 0:0: exit $rc"
rc=0
out=$("$D" run --rm --network none -u 0:0 -v /var/run/docker.sock:/var/run/docker.sock --entrypoint oscap-docker "$SCANNER" \
  container "$c" xccdf eval --profile "$PROFILE" "$DS" 2>&1) || rc=$?
[[ $rc == 1 ]] && ok "scanner without --pid=host: exit 1 ($(grep -m1 -o 'Cannot access mountpoint[^,]*' <<<"$out" || true))" || bad "scanner without --pid=host: exit $rc"
"$D" rm -f "$c" >/dev/null

# oscap-docker's image mode joins all tags of the image with ", " into one name: two tags break it.
# (On a copy with its own image id, so scans of the shared refs running meanwhile are not hit.)
"$D" run --name "$PREFIX-copy" --network none "$STIG_GATE_TEST_IMAGE_CLEAN" true >/dev/null
"$D" commit --change "LABEL stig-gate.verify=$PREFIX" "$PREFIX-copy" "$PREFIX-a:x" >/dev/null
"$D" rm "$PREFIX-copy" >/dev/null
"$D" tag "$PREFIX-a:x" "$PREFIX-b:x"
rc=$(scan image "$PREFIX-a:x" "$OUT/two-tags")
"$D" rmi "$PREFIX-a:x" "$PREFIX-b:x" >/dev/null
if [[ $EXPORTS == 1 ]]; then
  [[ $rc == 2 ]] && ok "image mode on an image with two tags: exit 2 (1.4.x takes the first tag)" || bad "image mode with two tags: exit $rc"
else
  grep -q 'invalid reference format' "$OUT/two-tags/stderr.txt" "$OUT/two-tags/stdout.txt" && [[ $rc == 255 ]] &&
    ok "image mode on an image with two tags: exit $rc (invalid reference format)" || bad "image mode with two tags: exit $rc"
fi
[[ -n $("$D" ps -aq --filter name=tmp_oscap_ --filter "ancestor=$STIG_GATE_TEST_IMAGE_CLEAN") ]] &&
  bad "oscap-docker left tmp_oscap_ containers of $STIG_GATE_TEST_IMAGE_CLEAN" || ok "no tmp_oscap_ containers left"


# A USER 65532 target in container mode: CAP_SYS_PTRACE lets root in the scanner read its /proc/<pid>/root.
"$D" pull -q "$STIG_GATE_TEST_IMAGE_NONROOT" >/dev/null
"$D" run -d --name "$PREFIX-nonroot" --network none --entrypoint tail "$STIG_GATE_TEST_IMAGE_NONROOT" -f /dev/null >/dev/null
rc=$(NO_PTRACE=1 scan container "$PREFIX-nonroot" "$OUT/nonroot-noptrace")
[[ $rc == 1 ]] && grep -q 'Cannot access mountpoint' "$OUT/nonroot-noptrace/stderr.txt" &&
  ok "nonroot: container mode without SYS_PTRACE: exit 1 (Cannot access mountpoint)" || bad "nonroot: container mode without SYS_PTRACE: exit $rc"
rc=$(scan container "$PREFIX-nonroot" "$OUT/nonroot-container")
[[ $rc == 2 ]] && diff <(failing "$OUT/clean-container/results.xml") <(failing "$OUT/nonroot-container/results.xml") >/dev/null &&
  ok "nonroot: container mode with SYS_PTRACE: exit 2, $(counts "$OUT/nonroot-container/results.xml"), as target:clean" ||
  bad "nonroot: container mode with SYS_PTRACE: exit $rc, $(counts "$OUT/nonroot-container/results.xml" 2>/dev/null)"
"$D" rm -f "$PREFIX-nonroot" >/dev/null
}

"$D" pull -q "$STIG_GATE_TEST_IMAGE_SCANNER" >/dev/null
"$D" pull -q "$STIG_GATE_TEST_IMAGE_SCANNER_BOOKWORM" >/dev/null
verify_with "$STIG_GATE_TEST_IMAGE_SCANNER" 1 trixie
verify_with "$STIG_GATE_TEST_IMAGE_SCANNER_BOOKWORM" 0 bookworm
OUT=$OUT_ROOT
[[ -n ${STIG_GATE_VERIFY_KEEP:-} ]] && log "scan outputs kept in $OUT"
printf 'verify: %s passed, %s failed\n' "$passed" "$failed"
((failed == 0))
