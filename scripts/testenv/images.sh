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
# Expected results of the profile xccdf_basic_profile_.check (198 rules), measured with verify.sh
# and the end-to-end tests (container mode; the scanner has CAP_SYS_PTRACE, as stig-gate gives it):
#   target:clean               fail 10 / pass 81 / notapplicable 107  (= shared/scap/samples)
#   target:remote-access       fail 56 / pass 35 / notapplicable 107  (46 new failures)
#   target:world-writable-log  fail 13 / pass 78 / notapplicable 107  (3 new failures)
#   private:clean, target:multitag, target:nonroot   same as target:clean (the same files)
#   target:noshell             container mode: no tail; on a `docker run -d` of it (/pause):
#                              fail 13 / pass 78 / notapplicable 107
#   target:distroless          container mode: no tail; image mode (1.4.x): fail 13 / pass 78 / n/a 107
# Image mode with the bookworm scanner (1.3.7) gives container mode's figures where it works (root
# images without an ENTRYPOINT, with bash). With the trixie scanner (1.4.x, `docker export`) two rules
# that fail through /proc/<pid>/root pass (SV-203675, SV-203716): target:clean fail 8 / pass 83.

# The base of every target and of the older scanner; the default scanner is built from trixie.
SUITE=bookworm
SCANNER_PACKAGES=openscap-scanner,openscap-utils,python3-docker,python3-requests
DATASTREAM_IN_IMAGE=/usr/share/xml/scap/ssg/content/ssg-chainguard-gpos-ds.xml

declare -gA IMAGE_REF=(
  [clean]=$REGISTRY/stig-gate/target:clean
  [remote-access]=$REGISTRY/stig-gate/target:remote-access
  [world-writable-log]=$REGISTRY/stig-gate/target:world-writable-log
  [noshell]=$REGISTRY/stig-gate/target:noshell
  [nonroot]=$REGISTRY/stig-gate/target:nonroot
  [distroless]=$REGISTRY/stig-gate/target:distroless
  [multitag]=$REGISTRY/stig-gate/target:multitag
  [multitag-alias]=$REGISTRY/stig-gate/target-alias:v1
  [big]=$REGISTRY/stig-gate/target:big
  [private]=$AUTH_REGISTRY/stig-gate/private:clean
  [scanner]=$REGISTRY/stig-gate/openscap:latest
  [scanner-bookworm]=$REGISTRY/stig-gate/openscap:bookworm
  [scanner-no-oscap-docker]=$REGISTRY/stig-gate/openscap:no-oscap-docker
)
# Build order (a parent before its children).
ALL_IMAGES=(clean remote-access world-writable-log noshell nonroot distroless multitag big private
  scanner scanner-bookworm scanner-no-oscap-docker)
# Local tags of these are removed after the push so tests exercise the real pull path.
TARGET_IMAGES=(world-writable-log remote-access noshell nonroot distroless multitag big private clean)
# More refs pushed for the same image (an image with several tags, as users have: a version and latest).
declare -gA ALIAS=([multitag]=multitag-alias)

declare -gA KEY=() # image name -> recipe hash
declare -ga BUILD_CONTAINERS=()

recipe_hash() { sha256sum | cut -c1-24; }

dk() { "$DOCKER" "$@"; }

# The Debian archive this machine's apt uses, or $STIG_GATE_DEBIAN_MIRROR: the first URI of an apt
# source that lists a Debian suite we build from (bookworm or trixie, not -security or -updates).
# The same archive serves both suites. No built-in fallback: a machine whose apt knows no Debian
# archive (e.g. an Ubuntu runner) must say which one to use.
debian_mirror() {
  if [[ -n ${STIG_GATE_DEBIAN_MIRROR:-} ]]; then
    printf '%s\n' "$STIG_GATE_DEBIAN_MIRROR"
    return
  fi
  local m="" f
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -r $f ]] || continue
    m=$(awk 'BEGIN { RS = ""; FS = "\n" }
      {
        uri = ""; ok = 0
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, a, /[ \t]+/); uri = a[1] }
          if ($i ~ /^Suites:/) { n = split($i, s, /[ \t]+/); for (j = 2; j <= n; j++) if (s[j] == "bookworm" || s[j] == "trixie") ok = 1 }
        }
        if (ok && uri != "") { print uri; exit }
      }' "$f")
    [[ -n $m ]] && break
  done
  if [[ -z $m ]]; then
    m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk '$1 == "deb" { u = ""; for (i = 2; i <= NF; i++) { if ($i ~ /^https?:/) u = $i; else if (u != "" && ($i == "bookworm" || $i == "trixie")) { print u; exit } } }')
  fi
  [[ -n $m ]] || die "no Debian archive in this machine's apt sources (/etc/apt/sources.list*: no entry for bookworm or trixie); set STIG_GATE_DEBIAN_MIRROR to a Debian mirror URL that serves bookworm and trixie"
  printf '%s\n' "$m"
}

# --- root file systems (cached tarballs) -------------------------------------------------------

# make_rootfs NAME SUITE INCLUDE OUT: debootstrap minbase SUITE (+ INCLUDE packages) into a tarball.
make_rootfs() {
  local name=$1 suite=$2 include=$3 out=$4 dir mirror
  mirror=$(debian_mirror)
  dir=$(mktemp -d "$CACHE/tmp/$name.XXXXXX")
  local t0=$SECONDS
  log "debootstrap $suite as $name from $mirror${include:+ with $include} (log: $STATE/debootstrap-$name.log)"
  # One .deb cache per suite: debootstrap picks files by name, and both suites have packages of the same name.
  mkdir -p "$CACHE/debs/$suite"
  if ! debootstrap --variant=minbase ${include:+"--include=$include"} --cache-dir="$CACHE/debs/$suite" \
    "$suite" "$dir" "$mirror" >"$STATE/debootstrap-$name.log" 2>&1; then
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
rootfs_key() { printf '%s\n' rootfs "$ROOTFS_RECIPE_VERSION" "$1" minbase "$2" | recipe_hash; }

# ensure_rootfs NAME SUITE INCLUDE: print the path of the cached tarball, building it if missing.
ensure_rootfs() {
  local name=$1 suite=$2 include=$3 key out
  key=$(rootfs_key "$suite" "$include")
  out=$CACHE/rootfs/$name-$key.tar
  if [[ ! -s $out ]]; then
    make_rootfs "$name" "$suite" "$include" "$out"
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
  tar=$(ensure_rootfs base "$SUITE" "")
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

# static_root DIR: DIR/root with only /pause, a static binary that sleeps until SIGTERM/SIGINT
# (compiled here, so nothing comes from a registry), and /etc.
static_root() {
  local dir=$1
  mkdir -p "$dir/root/etc"
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
    die "could not compile the static /pause for the shell-less targets (needs gcc and libc6-dev; see $STATE/build.log)"
}

# No shell, no tail, no bash: only /pause, /etc/os-release and /tmp; runs as root. `docker run IMAGE`
# runs /pause; `docker run IMAGE tail -f /dev/null` fails ("executable file not found"), and the
# old oscap-docker's image mode (1.3.x, which starts `bash`) fails.
build_noshell() {
  local dir
  dir=$(mktemp -d "$CACHE/tmp/noshell.XXXXXX")
  static_root "$dir"
  mkdir -p "$dir/root/tmp"
  chmod 1777 "$dir/root/tmp"
  printf 'ID=stig-gate-noshell\nNAME="stig-gate test image without a shell"\n' >"$dir/root/etc/os-release"
  tar -C "$dir/root" --numeric-owner --owner=0 --group=0 -c . |
    dk import --change 'CMD ["/pause"]' --change "LABEL stig-gate.recipe=${KEY[noshell]}" \
      - "$(build_tag noshell)" >>"$STATE/build.log"
  rm -rf "$dir"
}

# Like a distroless or chainguard/static application image: a static binary as ENTRYPOINT,
# /etc/passwd (root and nonroot), /etc/os-release and nothing else (no shell, no tail, no /tmp),
# USER 65532. Container mode cannot keep it running (no tail); image mode with oscap-docker 1.4.x
# reads it with `docker export` and needs nothing from it.
build_distroless() {
  local dir
  dir=$(mktemp -d "$CACHE/tmp/distroless.XXXXXX")
  static_root "$dir"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >"$dir/root/etc/passwd"
  printf 'ID=stig-gate-distroless\nNAME="stig-gate test image like a distroless one"\n' >"$dir/root/etc/os-release"
  chmod 644 "$dir/root/etc/passwd" "$dir/root/etc/os-release"
  tar -C "$dir/root" --numeric-owner --owner=0 --group=0 -c . |
    dk import --change 'ENTRYPOINT ["/pause"]' --change 'USER 65532' \
      --change "LABEL stig-gate.recipe=${KEY[distroless]}" - "$(build_tag distroless)" >>"$STATE/build.log"
  rm -rf "$dir"
}

# The clean root's files exactly, configured like Chainguard's application images: USER 65532 and an
# ENTRYPOINT (a long-running command). Only the image configuration differs from target:clean, so
# every scan of it must give target:clean's results rule for rule. (No passwd entry is added for
# 65532, on purpose: a changed /etc/passwd could change a rule's result, and docker runs a numeric
# USER without one.) Container mode's `tail` then runs as 65532, which the scanner (root) may only
# read through /proc/<pid>/root with CAP_SYS_PTRACE.
build_nonroot() {
  local tar
  tar=$(ensure_rootfs base "$SUITE" "")
  dk import --change 'ENTRYPOINT ["/usr/bin/sleep"]' --change 'CMD ["infinity"]' --change 'USER 65532' \
    --change "LABEL stig-gate.recipe=${KEY[nonroot]}" "$tar" "$(build_tag nonroot)" >>"$STATE/build.log"
}

# The clean root with its own label (so its own image id), pushed under two refs
# (${IMAGE_REF[multitag]} and ${IMAGE_REF[multitag-alias]}): pulled by both, the local image has two
# tags, as a user's `app:1.2` and `app:latest` do. oscap-docker 1.3.x's image mode joins all tags into
# one name ("a:1, b:2") and fails; 1.4.x takes the first.
build_multitag() {
  local tar
  tar=$(ensure_rootfs base "$SUITE" "")
  dk import --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[multitag]}" \
    "$tar" "$(build_tag multitag)" >>"$STATE/build.log"
}

# The clean root plus 1.1 GB in 100,064 more files under /opt/stig-gate-big (100,000 files of 4 KiB
# and 64 of 10 MiB), for the image-mode benchmark: oscap-docker 1.4.x copies the whole image out with
# `docker export` before it scans, so time and disk grow with the image. The data is zeros and one
# repeated line, so the layer compresses to almost nothing: push, pull and the registry stay cheap;
# the uncompressed size, which is what image mode copies, is real. Built in one shell (printf is a
# builtin: no process per file).
build_big() {
  mutate "$(build_tag clean)" "$(build_tag big)" no \
    'd=/opt/stig-gate-big
     mkdir -p "$d/small" "$d/large"
     line="stig-gate big test image: 64 bytes of filler text; 4 KiB a file."
     blob=$line; k=0; while [ $k -lt 6 ]; do blob="$blob$blob"; k=$((k + 1)); done
     i=0
     while [ $i -lt 100 ]; do
       mkdir "$d/small/$i"; j=0
       while [ $j -lt 1000 ]; do printf "%s" "$blob" >"$d/small/$i/$j"; j=$((j + 1)); done
       i=$((i + 1))
     done
     i=0
     while [ $i -lt 64 ]; do head -c 10485760 /dev/zero >"$d/large/$i"; i=$((i + 1)); done
     [ "$(find "$d" -type f | wc -l)" -eq 100064 ]' \
    --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[big]}" </dev/null
}

# The clean root again, for the registry with auth. Same layer as target:clean but its own
# label, so its image id differs: oscap-docker's image mode breaks on an image with two tags.
build_private() {
  local tar
  tar=$(ensure_rootfs base "$SUITE" "")
  dk import --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[private]}" \
    "$tar" "$(build_tag private)" >>"$STATE/build.log"
}

# make_scanner NAME SUITE: laid out like cgr.dev/chainguard/openscap:latest-dev: oscap + oscap-docker +
# the python docker library, bash, the datastream at $DATASTREAM_IN_IMAGE, ENTRYPOINT /usr/bin/oscap,
# user nonroot (65532). So, as with Chainguard's image, run it with `--entrypoint oscap-docker -u 0:0`
# (or --entrypoint /bin/bash). No docker CLI: oscap-docker talks to the socket via python3-docker.
make_scanner() {
  local name=$1 suite=$2 tar
  tar=$(ensure_rootfs "oscap-$suite" "$suite" "$SCANNER_PACKAGES")
  dk import --change "LABEL stig-gate.recipe=${KEY[$name]}-rootfs" "$tar" "$(build_tag "$name")-rootfs" >>"$STATE/build.log"
  mutate "$(build_tag "$name")-rootfs" "$(build_tag "$name")" yes \
    "mkdir -p '${DATASTREAM_IN_IMAGE%/*}' && cat >'$DATASTREAM_IN_IMAGE' && chmod 644 '$DATASTREAM_IN_IMAGE'
     echo 'nonroot:x:65532:65532:nonroot:/home/nonroot:/bin/sh' >>/etc/passwd
     echo 'nonroot:x:65532:' >>/etc/group
     mkdir -p /home/nonroot && chown 65532:65532 /home/nonroot
     command -v oscap-docker >/dev/null && command -v bash >/dev/null && python3 -c 'import docker, requests'
     oscap --version | head -n 1" \
    --change 'ENTRYPOINT ["/usr/bin/oscap"]' --change 'CMD []' --change 'USER 65532' \
    --change "LABEL stig-gate.recipe=${KEY[$name]}" <"$DATASTREAM"
  dk rmi "$(build_tag "$name")-rootfs" >/dev/null
}

# The default scanner: Debian 13's OpenSCAP 1.4.x (oscap-docker's image mode reads the image with
# `docker export`, as the real image's 1.4.4 does) and python3-docker 7.x.
build_scanner() { make_scanner scanner trixie; }

# The older oscap-docker: Debian 12's OpenSCAP 1.3.7, whose image mode starts `bash` in the image.
build_scanner_bookworm() { make_scanner scanner-bookworm bookworm; }

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
  [nonroot]=build_nonroot
  [distroless]=build_distroless
  [multitag]=build_multitag
  [big]=build_big
  [private]=build_private
  [scanner]=build_scanner
  [scanner-bookworm]=build_scanner_bookworm
  [scanner-no-oscap-docker]=build_scanner_no_oscap_docker
)
declare -gA PARENT=([remote-access]=clean [world-writable-log]=clean [big]=clean [scanner-no-oscap-docker]=scanner)

compute_keys() {
  [[ -r $DATASTREAM ]] || die "datastream not readable at '$DATASTREAM'"
  local ds base
  ds=$(sha256sum "$DATASTREAM" | cut -d' ' -f1)
  base=$(rootfs_key "$SUITE" "")
  KEY[clean]=$(printf '%s\n' "$base" "$(declare -f build_clean)" | recipe_hash)
  KEY[remote-access]=$(printf '%s\n' "${KEY[clean]}" "$(declare -f build_remote_access mutate)" | recipe_hash)
  KEY[world-writable-log]=$(printf '%s\n' "${KEY[clean]}" "$(declare -f build_world_writable_log mutate)" | recipe_hash)
  KEY[shadow-unlocked]=$(printf '%s\n' "${KEY[clean]}" "$(declare -f build_shadow_unlocked mutate)" | recipe_hash)
  KEY[noshell]=$(declare -f build_noshell static_root | recipe_hash)
  KEY[distroless]=$(declare -f build_distroless static_root | recipe_hash)
  KEY[nonroot]=$(printf '%s\n' "$base" "$(declare -f build_nonroot)" | recipe_hash)
  KEY[multitag]=$(printf '%s\n' "$base" "$(declare -f build_multitag)" | recipe_hash)
  KEY[big]=$(printf '%s\n' "${KEY[clean]}" "$(declare -f build_big mutate)" | recipe_hash)
  KEY[private]=$(printf '%s\n' "$base" "$(declare -f build_private)" | recipe_hash)
  KEY[scanner]=$(printf '%s\n' "$(rootfs_key trixie "$SCANNER_PACKAGES")" "$ds" \
    "$(declare -f build_scanner make_scanner mutate)" | recipe_hash)
  KEY[scanner-bookworm]=$(printf '%s\n' "$(rootfs_key bookworm "$SCANNER_PACKAGES")" "$ds" \
    "$(declare -f build_scanner_bookworm make_scanner mutate)" | recipe_hash)
  KEY[scanner-no-oscap-docker]=$(printf '%s\n' "${KEY[scanner]}" "$(declare -f build_scanner_no_oscap_docker mutate)" | recipe_hash)
  compute_rootfs_keys
  compute_hostile_keys
  compute_speed_keys
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
  local alias=${ALIAS[$name]:-}
  if [[ -n $alias ]]; then
    dk tag "$(build_tag "$name")" "${IMAGE_REF[$alias]}"
    "${env[@]}" "$DOCKER" push "${IMAGE_REF[$alias]}" >>"$STATE/build.log" 2>&1 || die "docker push ${IMAGE_REF[$alias]} failed"
    got=$(registry_recipe "${IMAGE_REF[$alias]}")
    [[ $got == "${KEY[$name]}" ]] || die "after pushing ${IMAGE_REF[$alias]} the registry reports recipe '$got', expected '${KEY[$name]}'"
    # Its local tag goes with the target's (see images_up): tests pull both refs to make the two tags.
    have_local "${IMAGE_REF[$alias]}" && dk rmi "${IMAGE_REF[$alias]}" >>"$STATE/build.log" 2>&1
    log "pushed ${IMAGE_REF[$alias]} (same image)"
  fi
}

# images_up: build and push whatever the registries lack; print one status line per image.
images_up() {
  local name got
  local -a todo=()
  mkdir -p "$CACHE/rootfs" "$CACHE/debs" "$CACHE/tmp"
  compute_keys
  for name in "${ALL_IMAGES[@]}"; do
    got=$(registry_recipe "${IMAGE_REF[$name]}")
    [[ -n ${ALIAS[$name]:-} && $(registry_recipe "${IMAGE_REF[${ALIAS[$name]}]}") != "$got" ]] && got=""
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

# === rootfs mode's targets (issue 14) ===========================================================
# Kept apart so that merging with the other image recipes stays easy. compute_keys calls
# compute_rootfs_keys; up.sh's env file lists STIG_GATE_TEST_IMAGE_USRLIB_NONROOT.
#
# target:usrlib-nonroot: the clean root plus /usr/lib/stig-gate/owned-by-1000.conf owned by uid/gid
# 1000. SV-203675r991560 and SV-203716r982210 (oval:org.LibraryPermissions:def:2: every file and
# directory under /usr/lib owned by root) fail here in rootfs mode, and the OVAL items name that
# file; they pass on target:clean in rootfs mode. Container mode and oscap-docker 1.3.7's image mode
# fail them on every image (oscap does not walk /proc/<pid>/root/usr/lib: not a local file system).
IMAGE_REF[usrlib-nonroot]=$REGISTRY/stig-gate/target:usrlib-nonroot
ALL_IMAGES+=(usrlib-nonroot)
TARGET_IMAGES+=(usrlib-nonroot)
BUILD_FN[usrlib-nonroot]=build_usrlib_nonroot
PARENT[usrlib-nonroot]=clean

build_usrlib_nonroot() {
  mutate "$(build_tag clean)" "$(build_tag usrlib-nonroot)" no \
    'mkdir -p /usr/lib/stig-gate && printf "owned by uid 1000\n" >/usr/lib/stig-gate/owned-by-1000.conf &&
     chown 1000:1000 /usr/lib/stig-gate/owned-by-1000.conf && chmod 644 /usr/lib/stig-gate/owned-by-1000.conf' \
    --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[usrlib-nonroot]}" </dev/null
}

compute_rootfs_keys() {
  KEY[usrlib-nonroot]=$(printf '%s\n' "${KEY[clean]}" "$(declare -f build_usrlib_nonroot mutate)" | recipe_hash)
}
# === end of rootfs mode's targets ===============================================================

# === the first pull request's regression =========================================================
# target:shadow-unlocked: the clean root with a login-capable account. The datastream's NoUsersTest
# (oval:org.NoUsers:def:1) is a textfilecontent54 check with check_existence=none_exist on /etc/shadow
# for an entry whose password field does not start with '!' or '*'; every entry of the clean root is
# locked, so one account with a (made-up) SHA-512 crypt hash fails the rules using that definition newly:
# a regression a pull request could bring (test/action/action-first-pr.test.ts).
IMAGE_REF[shadow-unlocked]=$REGISTRY/stig-gate/target:shadow-unlocked
ALL_IMAGES+=(shadow-unlocked)
TARGET_IMAGES+=(shadow-unlocked)
BUILD_FN[shadow-unlocked]=build_shadow_unlocked
PARENT[shadow-unlocked]=clean

build_shadow_unlocked() {
  mutate "$(build_tag clean)" "$(build_tag shadow-unlocked)" no \
    'echo "intruder:x:1500:1500::/home/intruder:/bin/bash" >>/etc/passwd &&
     echo "intruder:\$6\$stiggate\$Q0uJ3mWz1m0o6yY3aBvjvB7mQxHn0n8i5Qe6n3k1ZlC9mQ2pQ9l2:20794:0:99999:7:::" >>/etc/shadow' \
    --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[shadow-unlocked]}" </dev/null
}

# === hostile targets (issue 25) =================================================================
# The clean target plus one crafted layer and configuration each, made by hostile-image.py from a
# `docker save` of target:clean (device nodes, FIFOs and an Env value with a line break cannot be made
# with `docker run` + `docker commit`). up.sh's env file lists STIG_GATE_TEST_IMAGE_HOSTILE_<NAME>.
HOSTILE_IMAGES=(hostile-env-big hostile-env-newline hostile-names hostile-devnull hostile-chardev hostile-fifo
  hostile-secrets hostile-slow)
HOSTILE_SCRIPT=${BASH_SOURCE[0]%/*}/hostile-image.py
for _hostile in "${HOSTILE_IMAGES[@]}"; do
  IMAGE_REF[$_hostile]=$REGISTRY/stig-gate/target:$_hostile
  ALL_IMAGES+=("$_hostile")
  TARGET_IMAGES+=("$_hostile")
  BUILD_FN[$_hostile]=build_hostile
  PARENT[$_hostile]=clean
done
unset _hostile

# build_hostile: the image named by the calling ensure_built (its $name).
build_hostile() {
  local hostile=$name
  dk save "$(build_tag clean)" | python3 "$HOSTILE_SCRIPT" "$hostile" "$(build_tag "$hostile")" "${KEY[$hostile]}" |
    dk load >>"$STATE/build.log" || die "building ${IMAGE_REF[$hostile]} with $HOSTILE_SCRIPT failed"
}

compute_hostile_keys() {
  local script_hash hostile
  script_hash=$(recipe_hash <"$HOSTILE_SCRIPT")
  for hostile in "${HOSTILE_IMAGES[@]}"; do
    KEY[$hostile]=$(printf '%s\n' "${KEY[clean]}" "$hostile" "$script_hash" "$(declare -f build_hostile)" | recipe_hash)
  done
}
# === end of hostile targets =====================================================================
# === speed targets (issue 23) ===================================================================
# Kept apart, like rootfs mode's targets. up.sh's env file lists STIG_GATE_TEST_IMAGE_PYLIB.
#
# target:pylib: a Python-like /usr/lib: the clean root (1,287 files under /usr/lib) plus 6,720 small
# .py files in 48 packages under /usr/lib/python3.11/site-packages, 8,100 entries under /usr/lib as in
# Python, Node and Java images (the /usr/lib ownership rules collect one item per file: the shape that
# made OpenSCAP's debug validation quadratic). Also, for the least-privilege scanner modes, what plain
# root cannot read without CAP_DAC_READ_SEARCH: /etc/shadow with mode 0000 (as RHEL and Fedora ship it)
# and an application's private directory, mode 0700 and owned by 65532, under site-packages.
IMAGE_REF[pylib]=$REGISTRY/stig-gate/target:pylib
ALL_IMAGES+=(pylib)
TARGET_IMAGES+=(pylib)
BUILD_FN[pylib]=build_pylib
PARENT[pylib]=clean

build_pylib() {
  mutate "$(build_tag clean)" "$(build_tag pylib)" no \
    'd=/usr/lib/python3.11/site-packages
     body="# stig-gate pylib test target: a module of a Python-like package.
def value():
    return 42
"
     p=0
     while [ $p -lt 48 ]; do
       mkdir -p "$d/pkg$p/sub"; m=0
       while [ $m -lt 70 ]; do
         printf "%s" "$body" >"$d/pkg$p/mod$m.py"; printf "%s" "$body" >"$d/pkg$p/sub/mod$m.py"
         m=$((m + 1))
       done
       p=$((p + 1))
     done
     mkdir -m 0700 "$d/app-private" && printf "token-placeholder\n" >"$d/app-private/cache.txt"
     chmod 0600 "$d/app-private/cache.txt" && chown -R 65532:65532 "$d/app-private"
     chmod 0000 /etc/shadow
     [ "$(find /usr/lib | wc -l)" -ge 8000 ]' \
    --change 'CMD ["/bin/bash"]' --change "LABEL stig-gate.recipe=${KEY[pylib]}" </dev/null
}

compute_speed_keys() {
  KEY[pylib]=$(printf '%s\n' "${KEY[clean]}" "$(declare -f build_pylib mutate)" | recipe_hash)
}
# === end of speed targets =======================================================================
# === SSG scans (issue 24) =======================================================================
# Real SCAP Security Guide results for the assessor-format tests: ComplianceAsCode content as Debian
# ships it (bookworm's ssg-debian 0.1.65, in up.sh's packages: its newest content is Debian 11's) evaluated
# on a Debian 11 (bullseye) minbase root, the platform it applies to, by the default test scanner (trixie's
# OpenSCAP 1.4.x) the way rootfs mode runs it: OSCAP_PROBE_ROOT on the extracted tree, mounted read-only,
# no network. Not images: results files, cached in $CACHE/ssg-scans/<name>-<key>/ (results.xml and
# results-arf.xml), keyed by the root, the data stream, the scanner and this recipe. Two scans:
#   ssg-debian11-anssi-high  profile anssi_np_nt28_high: 50 rules (35 with CCIs), pass 25 / fail 23 / n/a 2
#   ssg-debian11-all         every rule ('(all)'): 354 rules, 21 notchecked with oscap's message
# Cost: one bullseye debootstrap (about a minute, 124 MiB tarball, cached like the other roots) and a few
# seconds per scan when cold; nothing when warm. up.sh's env file names the two directories
# (STIG_GATE_TEST_SSG_ANSSI_HIGH, STIG_GATE_TEST_SSG_ALL).
SSG_DATASTREAM=/usr/share/xml/scap/ssg/content/ssg-debian11-ds.xml
SSG_SUITE=bullseye
declare -gA SSG_PROFILE=(
  [ssg-debian11-anssi-high]=xccdf_org.ssgproject.content_profile_anssi_np_nt28_high
  [ssg-debian11-all]='(all)'
)
declare -gA SSG_SCAN_DIR=()

# ssg_scan NAME TREE OUT: evaluate SSG_PROFILE[NAME] on TREE into OUT (results.xml, results-arf.xml).
ssg_scan() {
  local name=$1 tree=$2 out=$3 rc=0
  mkdir -p "$out"
  chmod 777 "$out"
  dk run --rm --network none --user 0:0 --entrypoint oscap \
    -v "$tree:/target:ro" -v "$SSG_DATASTREAM:/content/${SSG_DATASTREAM##*/}:ro" -v "$out:/out" \
    -e OSCAP_PROBE_ROOT=/target -e OSCAP_EVALUATION_TARGET="$name" -e SEXP_VALIDATE_DISABLE=1 \
    "${IMAGE_REF[scanner]}" xccdf eval --profile "${SSG_PROFILE[$name]}" \
    --results /out/results.xml --results-arf /out/results-arf.xml "/content/${SSG_DATASTREAM##*/}" \
    >"$STATE/$name.log" 2>&1 || rc=$?
  # oscap: 0 all passed, 2 some failed; 1 (or anything else) is an error.
  if [[ $rc != 0 && $rc != 2 ]] || [[ ! -s $out/results.xml || ! -s $out/results-arf.xml ]]; then
    show_log_tail "$STATE/$name.log"
    die "the SSG scan $name failed (oscap exit $rc; log: $STATE/$name.log)"
  fi
  chmod 755 "$out"
  chmod 644 "$out"/results.xml "$out"/results-arf.xml
}

# ssg_scans_up: make the scans that are missing (after images_up: it needs the scanner image).
ssg_scans_up() {
  [[ -r $SSG_DATASTREAM ]] || die "$SSG_DATASTREAM is missing (Debian package ssg-debian, in up.sh's PACKAGES)"
  local ds key name tar="" tree="" out
  ds=$(sha256sum "$SSG_DATASTREAM" | cut -d' ' -f1)
  mkdir -p "$CACHE/ssg-scans"
  for name in "${!SSG_PROFILE[@]}"; do
    key=$(printf '%s\n' "$(rootfs_key "$SSG_SUITE" "")" "$ds" "${KEY[scanner]}" "$name" "${SSG_PROFILE[$name]}" \
      "$(declare -f ssg_scan)" | recipe_hash)
    out=$CACHE/ssg-scans/$name-$key
    SSG_SCAN_DIR[$name]=$out
    if [[ -s $out/results-arf.xml ]]; then
      log "up to date: SSG scan $name ($out)"
      continue
    fi
    if [[ -z $tree ]]; then
      tar=$(ensure_rootfs ssg-bullseye "$SSG_SUITE" "")
      tree=$(mktemp -d "$CACHE/tmp/ssg-tree.XXXXXX")
      tar -C "$tree" --numeric-owner -xf "$tar"
    fi
    local t0=$SECONDS
    rm -rf "$out.tmp"
    ssg_scan "$name" "$tree" "$out.tmp"
    find "$CACHE/ssg-scans" -maxdepth 1 -name "$name-*" ! -name "$name-$key.tmp" -exec rm -rf {} +
    mv "$out.tmp" "$out"
    log "SSG scan $name (${SSG_PROFILE[$name]}) made in $((SECONDS - t0))s: $out"
  done
  [[ -n $tree ]] && remove_tree "$tree"
  return 0
}
# === end of SSG scans ===========================================================================
