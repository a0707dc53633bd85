#!/usr/bin/env bash
# shellcheck disable=SC2015 # `cond && ok ... || bad ...` is safe here: ok always returns 0.
# Checks the test environment end to end with the real scanner, the way the action runs it:
# pulls each target from the registry, scans it with oscap-docker in container mode and in image
# mode, and compares the result counts with the known figures; then exercises the fault cases.
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

OUT=${STIG_GATE_VERIFY_KEEP:-$(mktemp -d /tmp/stig-gate-verify.XXXXXX)}
mkdir -p "$OUT"
PREFIX=stig-gate-verify-$$
passed=0
failed=0
cleanup() {
  local c
  for c in $("$D" ps -aq --filter "name=$PREFIX" 2>/dev/null); do "$D" rm -f "$c" >/dev/null 2>&1 || true; done
  "$D" rmi "$PREFIX-a:x" "$PREFIX-b:x" >/dev/null 2>&1 || true
  [[ -n ${STIG_GATE_VERIFY_KEEP:-} ]] || rm -rf "$OUT"
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

# scan MODE TARGET DIR [extra docker run args...]: the action's scanner invocation; prints exit code.
scan() {
  local mode=$1 target=$2 dir=$3 rc=0
  shift 3
  mkdir -p "$dir"
  "$D" run --rm --network none --pid=host -u 0:0 -v /var/run/docker.sock:/var/run/docker.sock \
    -v "$dir:/out" --entrypoint oscap-docker "$@" "$SCANNER" \
    "$mode" "$target" xccdf eval --profile "$PROFILE" --results /out/results.xml \
    --results-arf /out/results-arf.xml --report /out/report.html "$DS" \
    >"$dir/stdout.txt" 2>"$dir/stderr.txt" || rc=$?
  printf '%s\n' "$rc"
}

# check_target NAME REF EXPECTED [DOCKER_CONFIG]
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
  [[ $rc == 2 && $got == "$want" ]] && ok "$name: image mode exit $rc, $got ($((SECONDS - t0))s)" ||
    bad "$name: image mode exit $rc, '$got', expected exit 2, '$want' ($(tail -n 2 "$OUT/$name-image/stderr.txt" | tr '\n' ' '))"
  if [[ -s $OUT/$name-container/results.xml && -s $OUT/$name-image/results.xml ]]; then
    if diff <(failing "$OUT/$name-container/results.xml") <(failing "$OUT/$name-image/results.xml") >/dev/null; then
      ok "$name: container and image mode fail the same rules"
    else
      bad "$name: container and image mode fail different rules"
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

"$D" pull -q "$SCANNER" >/dev/null
check_target clean "$STIG_GATE_TEST_IMAGE_CLEAN" "fail=10 pass=81 notapplicable=107"
if [[ -s $OUT/clean-container/results.xml ]]; then
  diff <(failing "$OUT/clean-container/results.xml") <(failing "$(dirname "$STIG_GATE_TEST_DATASTREAM")/samples/debian12-gpos-results.xml") >/dev/null &&
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
[[ $rc != 0 && $rc != 2 ]] && ok "noshell: image mode fails, exit $rc ($(grep -m1 'Cannot run image' "$OUT/noshell-image/stderr.txt" || true) $(grep -m1 -o 'exec: [^:]*: executable file not found' "$OUT/noshell-image/stdout.txt" || true))" ||
  bad "noshell: image mode exit $rc"
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
[[ $rc == 1 ]] && ok "scanner without -u 0:0: exit 1 ($(tail -n 1 <<<"$out" | cut -c1-140))" || bad "scanner without -u 0:0: exit $rc"
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
grep -q 'invalid reference format' "$OUT/two-tags/stderr.txt" "$OUT/two-tags/stdout.txt" && [[ $rc == 255 ]] &&
  ok "image mode on an image with two tags: exit $rc (invalid reference format)" || bad "image mode with two tags: exit $rc"
[[ -n $("$D" ps -aq --filter name=tmp_oscap_ --filter "ancestor=$STIG_GATE_TEST_IMAGE_CLEAN") ]] &&
  bad "oscap-docker left tmp_oscap_ containers of $STIG_GATE_TEST_IMAGE_CLEAN" || ok "no tmp_oscap_ containers left"

[[ -n ${STIG_GATE_VERIFY_KEEP:-} ]] && log "scan outputs kept in $OUT"
printf 'verify: %s passed, %s failed\n' "$passed" "$failed"
((failed == 0))
