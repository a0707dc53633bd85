# shellcheck shell=bash
# Image recipes for the test environment. Sourced by up.sh after lib.sh; needs $DOCKER set.
#
# Nothing comes from a container registry on the internet: every root file system is made by
# debootstrap from the Debian mirror apt already uses, then `docker import`ed; variants are one
# `docker run --network none` + `docker commit` on top. The debootstrap results are cached as
# tarballs under $CACHE/rootfs, keyed by a hash of their recipe, so a fresh clone only re-imports.
#
# Every image carries LABEL stig-gate.recipe=<hash of its recipe> (the hash includes the source
# of the function that builds it, the rootfs key and, for the scanner, the datastream's sha256),
# and up.sh skips an image whose tag in the registry already has that label.
#
# Expected results of the profile xccdf_basic_profile_.check (198 rules), measured with
# verify.sh (container and image mode give the same counts):
#   target:clean               fail 10 / pass 81 / notapplicable 107  (= shared/scap/samples)
#   target:remote-access       fail 56 / pass 35 / notapplicable 107  (46 new failures)
#   target:world-writable-log  fail 13 / pass 78 / notapplicable 107  (3 new failures)
#   private:clean              same as target:clean
#   target:noshell             image mode fails (no bash); container mode on a `docker run -d`
#                              of it (CMD /pause) gives fail 13 / pass 78 / notapplicable 107

SUITE=bookworm
SCANNER_PACKAGES=openscap-scanner,openscap-utils,python3-docker,python3-requests
DATASTREAM_IN_IMAGE=/usr/share/xml/scap/ssg/content/ssg-chainguard-gpos-ds.xml

declare -gA IMAGE_REF=(
  [clean]=$REGISTRY/stig-gate/target:clean
  [remote-access]=$REGISTRY/stig-gate/target:remote-access
  [world-writable-log]=$REGISTRY/stig-gate/target:world-writable-log
  [noshell]=$REGISTRY/stig-gate/target:noshell
  [private]=$AUTH_REGISTRY/stig-gate/private:clean
  [scanner]=$REGISTRY/stig-gate/openscap:latest
  [scanner-no-oscap-docker]=$REGISTRY/stig-gate/openscap:no-oscap-docker
)
# Build order (a parent before its children).
ALL_IMAGES=(clean remote-access world-writable-log noshell private scanner scanner-no-oscap-docker)
# Local tags of these are removed after the push so tests exercise the real pull path.
TARGET_IMAGES=(world-writable-log remote-access noshell private clean)

declare -gA KEY=() # image name -> recipe hash
declare -ga BUILD_CONTAINERS=()

recipe_hash() { sha256sum | cut -c1-24; }

dk() { "$DOCKER" "$@"; }

# The Debian mirror this machine's apt uses for $SUITE (not -security), or $STIG_GATE_DEBIAN_MIRROR.
debian_mirror() {
  if [[ -n ${STIG_GATE_DEBIAN_MIRROR:-} ]]; then
    printf '%s\n' "$STIG_GATE_DEBIAN_MIRROR"
    return
  fi
  local m="" f
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -r $f ]] || continue
    m=$(awk -v suite="$SUITE" 'BEGIN { RS = ""; FS = "\n" }
      {
        uri = ""; ok = 0
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, a, /[ \t]+/); uri = a[1] }
          if ($i ~ /^Suites:/) { n = split($i, s, /[ \t]+/); for (j = 2; j <= n; j++) if (s[j] == suite) ok = 1 }
        }
        if (ok && uri != "") { print uri; exit }
      }' "$f")
    [[ -n $m ]] && break
  done
  if [[ -z $m ]]; then
    m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk -v suite="$SUITE" '$1 == "deb" { u = ""; for (i = 2; i <= NF; i++) { if ($i ~ /^https?:/) u = $i; else if (u != "" && $i == suite) { print u; exit } } }')
  fi
  printf '%s\n' "${m:-http://deb.debian.org/debian}"
}

# --- root file systems (cached tarballs) -------------------------------------------------------

# make_rootfs NAME INCLUDE: debootstrap minbase $SUITE (+ INCLUDE packages) into a tarball.
make_rootfs() {
  local name=$1 include=$2 out=$3 dir mirror
  mirror=$(debian_mirror)
  dir=$(mktemp -d "$CACHE/tmp/$name.XXXXXX")
  local t0=$SECONDS
  log "debootstrap $name from $mirror${include:+ with $include} (log: $STATE/debootstrap-$name.log)"
  if ! debootstrap --variant=minbase ${include:+"--include=$include"} --cache-dir="$CACHE/debs" \
    "$SUITE" "$dir" "$mirror" >"$STATE/debootstrap-$name.log" 2>&1; then
    show_log_tail "$STATE/debootstrap-$name.log"
    remove_tree "$dir"
    die "debootstrap of $name failed (mirror $mirror; set STIG_GATE_DEBIAN_MIRROR to use another)"
  fi
  # apt's download cache and package lists are not part of the image.
  rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/*
  tar -C "$dir" --numeric-owner -cf "$out.tmp" .
  mv "$out.tmp" "$out"
  remove_tree "$dir"
  log "cached $out ($(du -m "$out" | cut -f1) MiB) in $((SECONDS - t0))s"
}

# remove_tree DIR: rm -rf that never crosses into a mount debootstrap may have left behind.
remove_tree() {
  local dir=$1 m
  while read -r m; do umount -l "$m" 2>/dev/null || true; done < <(awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r)
  rm -rf --one-file-system "$dir"
}

# Bump when make_rootfs changes what ends up in a root (a debootstrap costs 30-100s, so its key is
# not the function's source, unlike the image recipes below, whose keys are).
ROOTFS_RECIPE_VERSION=1
rootfs_key() { printf '%s\n' rootfs "$ROOTFS_RECIPE_VERSION" "$SUITE" minbase "$1" | recipe_hash; }

# ensure_rootfs NAME INCLUDE: print the path of the cached tarball, building it if missing.
ensure_rootfs() {
  local name=$1 include=$2 key out
  key=$(rootfs_key "$include")
  out=$CACHE/rootfs/$name-$key.tar
  if [[ ! -s $out ]]; then
    make_rootfs "$name" "$include" "$out"
    find "$CACHE/rootfs" -maxdepth 1 -name "$name-*.tar" ! -name "$name-$key.tar" -delete
  fi
  printf '%s\n' "$out"
}

# --- build helpers ------------------------------------------------------------------------------

build_tag() { printf 'stig-gate-build/%s:%s\n' "$1" "${KEY[$1]}"; }
have_local() { dk image inspect "$1" >/dev/null 2>&1; }

# mutate FROM TO ENTRYPOINT SCRIPT [commit --change args...]
# Runs SCRIPT with /bin/sh as root in FROM (stdin is passed through), commits the result as TO.
# ENTRYPOINT=yes overrides the image's entrypoint (the commit must then set ENTRYPOINT again).
mutate() {
  local from=$1 to=$2 entry=$3 script=$4 name
  shift 4
  name=stig-gate-build-$$-${#BUILD_CONTAINERS[@]}
  BUILD_CONTAINERS+=("$name")
  if [[ $entry == yes ]]; then
    dk run -i --name "$name" --network none --user 0:0 --entrypoint /bin/sh "$from" -ec "$script" >>"$STATE/build.log" 2>&1
  else
    dk run -i --name "$name" --network none "$from" /bin/sh -ec "$script" >>"$STATE/build.log" 2>&1
  fi || {
    show_log_tail "$STATE/build.log"
    die "building $to failed in a container from $from"
  }
  dk commit "$@" "$name" "$to" >>"$STATE/build.log"
  dk rm "$name" >/dev/null
}

cleanup_build_containers() {
  local c
  for c in "${BUILD_CONTAINERS[@]}"; do dk rm -f "$c" >/dev/null 2>&1 || true; done
}

# --- the images -------------------------------------------------------------------------------

# Debian 12 minbase: bash, /bin/sh, tail. Single layer; CMD like debian:bookworm.
build_clean() {
  local tar
  tar=$(ensure_rootfs base "")
  dk import --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[clean]}" \
    "$tar" "$(build_tag clean)" >>"$STATE/build.log"
}

# The same root plus /usr/lib/apk/db/installed (apk's "installed" database) recording dropbear.
# The datastream's RemoteAccessServicesTest (oval:org.RemoteAccessServices:def:1) is a
# textfilecontent54 check with check_existence=none_exist on /usr/lib/apk/db/installed for
# ^P:(openssh|...|dropbear|...)(-version)?$ ; a "P:dropbear" line makes it fail, and 46 rules
# use that definition (among them xccdf_mil.disa.stig_rule_SV-263652r982557_rule), all of
# which pass on the clean root: 46 new failures, none fixed.
build_remote_access() {
  mutate "$(build_tag clean)" "$(build_tag remote-access)" no \
    'mkdir -p /usr/lib/apk/db && cat >/usr/lib/apk/db/installed && chmod 644 /usr/lib/apk/db/installed' \
    --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[remote-access]}" <<'APKDB'
C:Q1iE6PJxyuz6XLO2M2SUsnoE8ZgB8=
P:wolfi-baselayout
V:20230201-r16
A:x86_64
S:6221
I:28672
T:baselayout data for Wolfi
U:https://wolfi.dev
L:MIT
o:wolfi-baselayout
m:Wolfi Packages Team
t:1727000000
F:etc
R:os-release
a:0:0:644
Z:Q1Xl7P5u0K9t6N2bW6p7u0k0Cq7V1k=

C:Q1mW9p0a5v7dS0qZ1b3k2R9yHn8gQ4=
P:dropbear
V:2024.86-r0
A:x86_64
S:118020
I:344064
T:Small SSH2 server and client
U:https://matt.ucc.asn.au/dropbear/dropbear.html
L:MIT
o:dropbear
m:Wolfi Packages Team
t:1727000000
D:so:libc.so.6 so:libcrypt.so.1 so:libz.so.1
p:cmd:dropbear=2024.86-r0 cmd:dropbearkey=2024.86-r0
F:usr
F:usr/bin
R:dropbearkey
a:0:0:755
Z:Q1b2kq8yR4mT0pN6cV3xW9sL1dE5fA=
F:usr/sbin
R:dropbear
a:0:0:755
Z:Q1p7fK3nW0cX5vB8mQ2rT6yL9hD4sE=

APKDB
}

# The clean root with /var/log owned by nobody:nogroup (65534) and mode 0777.
# The datastream's VarLogPermissionsTest (oval:org.varlog:def:2) is a unix file_test on /var/log
# requiring user_id 0 and group_id 0 (it does not look at the mode). Three rules use it, and each
# passes on the clean root and fails here (3 new failures, none fixed):
#   xccdf_mil.disa.stig_rule_SV-203616r958434_rule
#   xccdf_mil.disa.stig_rule_SV-203617r958436_rule
#   xccdf_mil.disa.stig_rule_SV-203664r958566_rule
build_world_writable_log() {
  mutate "$(build_tag clean)" "$(build_tag world-writable-log)" no \
    'chown 65534:65534 /var/log && chmod 0777 /var/log' \
    --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[world-writable-log]}" </dev/null
}

# No shell, no tail, no bash: only /pause (a static binary that sleeps until SIGTERM/SIGINT) and
# /etc/os-release. `docker run IMAGE` runs /pause; `docker run IMAGE tail -f /dev/null` fails
# ("executable file not found"), and oscap-docker's image mode (which starts `bash`) fails.
build_noshell() {
  local dir
  dir=$(mktemp -d "$CACHE/tmp/noshell.XXXXXX")
  mkdir -p "$dir/root/etc" "$dir/root/tmp"
  chmod 1777 "$dir/root/tmp"
  cat >"$dir/pause.c" <<'C'
#include <signal.h>
#include <unistd.h>
static void stop(int sig) { (void)sig; _exit(0); }
int main(void) {
  signal(SIGTERM, stop);
  signal(SIGINT, stop);
  for (;;) pause();
}
C
  cc -static -Os -s -o "$dir/root/pause" "$dir/pause.c" 2>>"$STATE/build.log" ||
    die "could not compile the static /pause for target:noshell (needs gcc and libc6-dev; see $STATE/build.log)"
  printf 'ID=stig-gate-noshell\nNAME="stig-gate test image without a shell"\n' >"$dir/root/etc/os-release"
  tar -C "$dir/root" --numeric-owner --owner=0 --group=0 -c . |
    dk import --change 'CMD ["/pause"]' --change "LABEL stig-gate.recipe=${KEY[noshell]}" \
      - "$(build_tag noshell)" >>"$STATE/build.log"
  rm -rf "$dir"
}

# The clean root again, for the registry with auth. Same layer as target:clean but its own
# label, so its image id differs: oscap-docker's image mode breaks on an image with two tags.
build_private() {
  local tar
  tar=$(ensure_rootfs base "")
  dk import --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[private]}" \
    "$tar" "$(build_tag private)" >>"$STATE/build.log"
}

# Laid out like cgr.dev/chainguard/openscap:latest-dev: oscap + oscap-docker + python docker
# library, the datastream at $DATASTREAM_IN_IMAGE, ENTRYPOINT /usr/bin/oscap, user nonroot
# (65532). So, as with Chainguard's image, run it with `--entrypoint oscap-docker -u 0:0`
# (or --entrypoint /bin/bash). No docker CLI: oscap-docker talks to the socket via python3-docker.
build_scanner() {
  local tar
  tar=$(ensure_rootfs scanner "$SCANNER_PACKAGES")
  dk import --change "LABEL stig-gate.recipe=${KEY[scanner]}-rootfs" "$tar" "$(build_tag scanner)-rootfs" >>"$STATE/build.log"
  mutate "$(build_tag scanner)-rootfs" "$(build_tag scanner)" yes \
    "mkdir -p '${DATASTREAM_IN_IMAGE%/*}' && cat >'$DATASTREAM_IN_IMAGE' && chmod 644 '$DATASTREAM_IN_IMAGE'
     echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/bin/sh' >>/etc/passwd
     echo 'nonroot:x:65532:' >>/etc/group
     mkdir -p /home/nonroot && chown 65532:65532 /home/nonroot
     command -v oscap-docker >/dev/null && python3 -c 'import docker, requests'" \
    --change 'ENTRYPOINT ["/usr/bin/oscap"]' --change 'CMD []' --change 'USER 65532' \
    --change "LABEL stig-gate.recipe=${KEY[scanner]}" <"$DATASTREAM"
  dk rmi "$(build_tag scanner)-rootfs" >/dev/null
}

# The scanner without oscap-docker (fault case: "oscap-docker: executable file not found").
build_scanner_no_oscap_docker() {
  mutate "$(build_tag scanner)" "$(build_tag scanner-no-oscap-docker)" yes \
    'rm -f /usr/bin/oscap-docker && ! command -v oscap-docker' \
    --change 'ENTRYPOINT ["/usr/bin/oscap"]' --change 'CMD []' --change 'USER 65532' \
    --change "LABEL stig-gate.recipe=${KEY[scanner-no-oscap-docker]}" </dev/null
}

declare -gA BUILD_FN=(
  [clean]=build_clean
  [remote-access]=build_remote_access
  [world-writable-log]=build_world_writable_log
  [noshell]=build_noshell
  [private]=build_private
  [scanner]=build_scanner
  [scanner-no-oscap-docker]=build_scanner_no_oscap_docker
)
declare -gA PARENT=([remote-access]=clean [world-writable-log]=clean [scanner-no-oscap-docker]=scanner)

compute_keys() {
  [[ -r $DATASTREAM ]] || die "datastream not found at $DATASTREAM (expected shared/ beside the repo; set STIG_GATE_DATASTREAM)"
  local ds base scanner
  ds=$(sha256sum "$DATASTREAM" | cut -d' ' -f1)
  base=$(rootfs_key "")
  scanner=$(rootfs_key "$SCANNER_PACKAGES")
  KEY[clean]=$(printf '%s\n' "$base" "$(declare -f build_clean)" | recipe_hash)
  KEY[remote-access]=$(printf '%s\n' "${KEY[clean]}" "$(declare -f build_remote_access mutate)" | recipe_hash)
  KEY[world-writable-log]=$(printf '%s\n' "${KEY[clean]}" "$(declare -f build_world_writable_log mutate)" | recipe_hash)
  KEY[noshell]=$(declare -f build_noshell | recipe_hash)
  KEY[private]=$(printf '%s\n' "$base" "$(declare -f build_private)" | recipe_hash)
  KEY[scanner]=$(printf '%s\n' "$scanner" "$ds" "$(declare -f build_scanner mutate)" | recipe_hash)
  KEY[scanner-no-oscap-docker]=$(printf '%s\n' "${KEY[scanner]}" "$(declare -f build_scanner_no_oscap_docker mutate)" | recipe_hash)
}

# ensure_built NAME: the local build image for NAME exists (building its parent first).
ensure_built() {
  local name=$1
  have_local "$(build_tag "$name")" && return 0
  [[ -n ${PARENT[$name]:-} ]] && ensure_built "${PARENT[$name]}"
  local t0=$SECONDS
  log "building ${IMAGE_REF[$name]}"
  "${BUILD_FN[$name]}"
  log "built ${IMAGE_REF[$name]} in $((SECONDS - t0))s"
}

# registry_recipe REF: the stig-gate.recipe label of REF in its registry, or nothing.
registry_recipe() {
  local ref=$1 host rest repo tag manifest cfg blob
  local -a auth=()
  host=${ref%%/*}
  rest=${ref#*/}
  repo=${rest%:*}
  tag=${rest##*:}
  [[ $host == "$AUTH_REGISTRY" ]] && auth=(-K "$AUTH_CURL_CONFIG")
  manifest=$(curl -fsS --max-time 10 "${auth[@]}" \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    -H 'Accept: application/vnd.oci.image.manifest.v1+json' \
    "http://$host/v2/$repo/manifests/$tag" 2>/dev/null) || return 0
  cfg=$(tr -d ' \t\r\n' <<<"$manifest" | grep -o '"config":{[^}]*}' | grep -o 'sha256:[0-9a-f]\{64\}' | head -n 1) || true
  [[ -n $cfg ]] || return 0
  blob=$(curl -fsS --max-time 10 "${auth[@]}" "http://$host/v2/$repo/blobs/$cfg" 2>/dev/null) || return 0
  tr -d ' \t\r\n' <<<"$blob" | grep -o '"stig-gate.recipe":"[^"]*"' | head -n 1 | cut -d'"' -f4 || true
}

# publish NAME: tag the build image as its ref, push it, and check the registry has the label.
publish() {
  local name=$1 ref=${IMAGE_REF[$1]} got
  local -a env=()
  [[ ${ref%%/*} == "$AUTH_REGISTRY" ]] && env=(env "DOCKER_CONFIG=$STATE/docker-config")
  dk tag "$(build_tag "$name")" "$ref"
  local t0=$SECONDS
  "${env[@]}" "$DOCKER" push "$ref" >>"$STATE/build.log" 2>&1 || {
    show_log_tail "$STATE/build.log"
    die "docker push $ref failed"
  }
  got=$(registry_recipe "$ref")
  [[ $got == "${KEY[$name]}" ]] || die "after pushing $ref the registry reports recipe '$got', expected '${KEY[$name]}'"
  log "pushed $ref in $((SECONDS - t0))s"
}

# images_up: build and push whatever the registries lack; print one status line per image.
images_up() {
  local name got
  local -a todo=()
  mkdir -p "$CACHE/rootfs" "$CACHE/debs" "$CACHE/tmp"
  compute_keys
  for name in "${ALL_IMAGES[@]}"; do
    got=$(registry_recipe "${IMAGE_REF[$name]}")
    if [[ $got == "${KEY[$name]}" ]]; then
      log "up to date: ${IMAGE_REF[$name]} (recipe $got)"
    else
      todo+=("$name")
    fi
  done
  if ((${#todo[@]})); then
    trap cleanup_build_containers EXIT
    for name in "${todo[@]}"; do
      ensure_built "$name"
      publish "$name"
    done
    # Drop the local copies of the targets pushed now, so tests really pull them (the rootfs
    # tarballs stay in $CACHE, so a rebuild is only an import). Targets pulled earlier by tests
    # are left alone when nothing was rebuilt. The scanner images stay, under their pushed names.
    for name in "${TARGET_IMAGES[@]}"; do
      if [[ " ${todo[*]} " == *" $name "* ]] && have_local "${IMAGE_REF[$name]}"; then
        dk rmi "${IMAGE_REF[$name]}" >>"$STATE/build.log" 2>&1 || log "warning: could not remove local image ${IMAGE_REF[$name]}"
      fi
    done
    # Older versions of the refs, untagged by the new push, go too unless a container uses them.
    local -a dangling=()
    mapfile -t dangling < <(dk images -q --filter dangling=true --filter "reference=$REGISTRY/stig-gate/*" \
      --filter "reference=$AUTH_REGISTRY/stig-gate/*" | sort -u)
    ((${#dangling[@]})) && { dk rmi "${dangling[@]}" >>"$STATE/build.log" 2>&1 || true; }
    cleanup_build_containers
    trap - EXIT
  fi
  # Build tags always go (also those left by an interrupted run): a second tag on a pulled image
  # breaks oscap-docker's image mode, which joins all tags of an image into one name.
  local -a build_tags=()
  mapfile -t build_tags < <(dk images --filter 'reference=stig-gate-build/*' --format '{{.Repository}}:{{.Tag}}')
  if ((${#build_tags[@]})); then
    dk rmi "${build_tags[@]}" >>"$STATE/build.log" 2>&1 || log "warning: could not remove build images: ${build_tags[*]}"
  fi
}
