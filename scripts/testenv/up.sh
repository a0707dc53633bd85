#!/usr/bin/env bash
# Brings up stig-gate's Docker test environment, idempotently:
#   - installs the Debian packages it needs (apt-get update only when one is missing),
#   - starts containerd + dockerd (no bridge, no iptables) unless a daemon already answers,
#   - starts a second engine beside it, Debian unstable's docker.io 28.5 with the containerd image
#     store (image mounts), on its own socket, containerd and data root (engine28.sh),
#   - starts two Debian docker-registry instances on loopback: 127.0.0.1:5000 (anonymous) and
#     127.0.0.1:5001 (htpasswd basic auth over plain HTTP; docker allows that for loopback
#     and --insecure-registry registries),
#   - builds the test images from debootstrap roots (no internet registry) and pushes them,
#   - writes $STATE/env (export lines for the tests) and prints its path on stdout.
# A second run with everything up only checks and rewrites the env file (about a second).
#
# Usage:  . "$(bash scripts/testenv/up.sh)"      # or: bash scripts/testenv/up.sh; . /run/stig-gate-testenv/env
# Knobs:  STIG_GATE_STATE (default /run/stig-gate-testenv: pid files, logs, env, password)
#         STIG_GATE_CACHE (default /var/cache/stig-gate: rootfs tarballs, .debs, registry storage)
#         STIG_GATE_DATASTREAM (else ../shared/scap/, else a checked download: see datastream.sh),
#         STIG_GATE_DEBIAN_MIRROR (else the Debian archive in this machine's apt sources),
#         STIG_GATE_DOCKER_WAIT (seconds, default 60)
# Stop:   bash scripts/testenv/down.sh (stops only what this script started; caches stay).
set -euo pipefail

# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PACKAGES=(docker.io containerd runc tini docker-registry debootstrap apache2-utils curl gcc libc6-dev libxml2-utils ssg-debian python3)
# The disk tests (disks.sh): libguestfs's tools, and a kernel for its appliance (never booted as a host).
PACKAGES+=(libguestfs-tools linux-image-amd64 qemu-utils)
# Tests that look at an output as its reader does: Markdown as GitHub renders it, HDF in Heimdall Lite.
# Debian's browser, driven by playwright-core (which downloads no browser of its own).
PACKAGES+=(chromium)

declare -a PHASES=()
phase_start=0
phase() {
  phase_end
  PHASES+=("$1")
  phase_start=$EPOCHREALTIME
  log "== $1"
}
declare -a PHASE_SECS=()
phase_end() {
  if ((${#PHASES[@]} > ${#PHASE_SECS[@]})); then
    PHASE_SECS+=("$(awk -v a="$phase_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')")
  fi
}

# --- packages ---------------------------------------------------------------------------------

install_packages() {
  local -a missing=()
  local p status
  for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    log "packages present"
    return
  fi
  log "installing: ${missing[*]} (log: $STATE/apt.log)"
  # Keep package scripts from starting docker/registry services with their default settings
  # (bridge, iptables, :5000 on all addresses): only this script starts them.
  local made_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  local rc=0
  {
    DEBIAN_FRONTEND=noninteractive apt-get update &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  } >>"$STATE/apt.log" 2>&1 || rc=$?
  ((made_policy)) && rm -f /usr/sbin/policy-rc.d
  if ((rc != 0)); then
    show_log_tail "$STATE/apt.log"
    die "apt-get failed to install: ${missing[*]}"
  fi
}

# --- docker daemon ----------------------------------------------------------------------------

DOCKER=""
DOCKER_VERSIONS=""
# pick_docker: the first client that talks to the daemon (PATH's docker, then Debian's).
# Docker CLI 28 (/usr/local/bin/docker here) negotiates down to the 20.10 daemon's API 1.41.
pick_docker() {
  local c out
  local -a candidates=()
  [[ -n ${STIG_GATE_DOCKER:-} ]] && candidates+=("$STIG_GATE_DOCKER")
  c=$(command -v docker 2>/dev/null || true)
  [[ -n $c ]] && candidates+=("$c")
  candidates+=(/usr/bin/docker)
  for c in "${candidates[@]}"; do
    [[ -x $c ]] || continue
    if out=$(timeout 20 "$c" version --format '{{.Client.Version}} (API {{.Client.APIVersion}}) -> {{.Server.Version}} (API {{.Server.APIVersion}}, min {{.Server.MinAPIVersion}})' 2>&1); then
      DOCKER=$c
      DOCKER_VERSIONS=$out
      return 0
    fi
  done
  return 1
}

# ctr keeps retrying a dead socket until its timeout, so look for the socket first.
containerd_ok() { [[ -S $CONTAINERD_SOCK ]] && timeout 3 ctr --address "$CONTAINERD_SOCK" version >/dev/null 2>&1; }

# start_bg NAME CMD...: run CMD in its own session, logs to $STATE/NAME.log, pid to $STATE/NAME.pid.
start_bg() {
  local name=$1
  shift
  printf '\n=== %s: %s\n' "$(date -u +%FT%TZ)" "$*" >>"$STATE/$name.log"
  setsid "$@" </dev/null >>"$STATE/$name.log" 2>&1 9>&- &
  printf '%s\n' "$!" >"$STATE/$name.pid"
}

# wait_ready SECONDS NAME CHECK...: poll CHECK until it succeeds, the process dies, or time runs out.
wait_ready() {
  local secs=$1 name=$2 pid
  shift 2
  local deadline=$((SECONDS + secs))
  while ((SECONDS < deadline)); do
    "$@" && return 0
    # Right after the fork the process may still be named bash or setsid: only check it is alive.
    pid=$(<"$STATE/$name.pid")
    if [[ ! -d /proc/$pid ]] || is_zombie "$pid"; then
      show_log_tail "$STATE/$name.log"
      die "$name exited during start-up (log: $STATE/$name.log)"
    fi
    sleep 0.2
  done
  show_log_tail "$STATE/$name.log"
  die "$name did not become ready within ${secs}s (log: $STATE/$name.log)"
}

daemon_up() {
  if pick_docker; then
    log "docker daemon already answers on $DOCKER_SOCK"
  else
    if containerd_ok; then
      log "containerd already answers on $CONTAINERD_SOCK"
    else
      pid_of containerd containerd >/dev/null || start_bg containerd containerd --address "$CONTAINERD_SOCK"
      wait_ready 30 containerd containerd_ok
      log "containerd started (pid $(<"$STATE/containerd.pid"))"
    fi
    # /run is on disk here: a pid file left by a dockerd that died with the machine blocks a start.
    local old
    if [[ -r /var/run/docker.pid ]]; then
      old=$(</var/run/docker.pid)
      if [[ ! $old =~ ^[0-9]+$ ]] || [[ $(cat "/proc/$old/comm" 2>/dev/null) != dockerd ]]; then
        rm -f /var/run/docker.pid
      fi
    fi
    if ! pid_of dockerd dockerd >/dev/null; then
      start_bg dockerd dockerd --containerd="$CONTAINERD_SOCK" \
        --bridge=none --iptables=false --ip-forward=false \
        --insecure-registry "$REGISTRY" --insecure-registry "$AUTH_REGISTRY"
    fi
    wait_ready "${STIG_GATE_DOCKER_WAIT:-60}" dockerd pick_docker
    log "dockerd started (pid $(<"$STATE/dockerd.pid"))"
  fi
  log "docker: $DOCKER $DOCKER_VERSIONS"
  # Loopback registries are insecure (plain HTTP allowed) by default; say so if a foreign daemon differs.
  local cidrs
  cidrs=$("$DOCKER" info --format '{{json .RegistryConfig.InsecureRegistryCIDRs}}' 2>/dev/null || true)
  [[ $cidrs == *127.0.0.0/8* ]] || log "warning: daemon does not list 127.0.0.0/8 as insecure ($cidrs); pushes over HTTP may fail"
}

# --- registries -------------------------------------------------------------------------------

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$@" || true; }
auth_ok() { [[ $(http_code -K "$AUTH_CURL_CONFIG" "http://$AUTH_REGISTRY/v2/") == 200 ]]; }

ensure_password() {
  if [[ ! -s $AUTH_PASSWORD_FILE ]]; then
    (
      umask 077
      od -An -N18 -tx1 /dev/urandom | tr -d ' \n' >"$AUTH_PASSWORD_FILE"
    )
    log "generated a password for $AUTH_USER in $AUTH_PASSWORD_FILE"
  fi
  chmod 600 "$AUTH_PASSWORD_FILE"
  (
    umask 077
    printf 'user = "%s:%s"\n' "$AUTH_USER" "$(<"$AUTH_PASSWORD_FILE")" >"$AUTH_CURL_CONFIG.tmp"
    mv "$AUTH_CURL_CONFIG.tmp" "$AUTH_CURL_CONFIG"
  )
  if [[ ! -s $STATE/htpasswd || $AUTH_PASSWORD_FILE -nt $STATE/htpasswd ]]; then
    (
      umask 077
      htpasswd -iBc "$STATE/htpasswd" "$AUTH_USER" <"$AUTH_PASSWORD_FILE" 2>>"$STATE/apt.log"
    ) || die "htpasswd failed"
  fi
}

write_registry_config() {
  local port=$1 auth=$2 cfg=$STATE/registry-$1.yml
  mkdir -p "$CACHE/registry/$port"
  {
    printf 'version: 0.1\nlog:\n  level: info\n  accesslog:\n    disabled: true\n'
    printf 'storage:\n  filesystem:\n    rootdirectory: %s\n  delete:\n    enabled: true\n' "$CACHE/registry/$port"
    printf 'http:\n  addr: 127.0.0.1:%s\n  headers:\n    X-Content-Type-Options: [nosniff]\n' "$port"
    if [[ $auth == auth ]]; then
      printf 'auth:\n  htpasswd:\n    realm: stig-gate-test\n    path: %s\n' "$STATE/htpasswd"
    fi
  } >"$cfg.tmp"
  mv "$cfg.tmp" "$cfg"
}

# registry_up PORT auth|open
registry_up() {
  local port=$1 auth=$2 name=registry-$1 want=200 code
  [[ $auth == auth ]] && want=401
  write_registry_config "$port" "$auth"
  code=$(http_code "http://127.0.0.1:$port/v2/")
  if [[ $code == "$want" ]]; then
    if [[ $auth == auth ]] && ! auth_ok; then
      # Running with another htpasswd (e.g. the state dir was wiped): restart it if it is ours.
      pid_of "$name" docker-registry >/dev/null ||
        die "a registry on 127.0.0.1:$port rejects the password in $AUTH_PASSWORD_FILE and was not started by this script; stop it"
      stop_pidfile "$name" docker-registry
    else
      log "registry on 127.0.0.1:$port already up (HTTP $code)"
      return
    fi
  elif [[ $code != 000 ]]; then
    die "something else answers on 127.0.0.1:$port (HTTP $code on /v2/); stop it or free the port"
  fi
  pid_of "$name" docker-registry >/dev/null && stop_pidfile "$name" docker-registry
  start_bg "$name" docker-registry serve "$STATE/registry-$port.yml"
  # shellcheck disable=SC2016
  wait_ready 20 "$name" bash -c '[[ $(curl -s -o /dev/null -w "%{http_code}" --max-time 2 "$1") == "$2" ]]' _ "http://127.0.0.1:$port/v2/" "$want"
  log "registry on 127.0.0.1:$port started (pid $(<"$STATE/$name.pid"), storage $CACHE/registry/$port)"
}

registries_up() {
  ensure_password
  registry_up "$REGISTRY_PORT" open
  registry_up "$AUTH_REGISTRY_PORT" auth
  # Basic auth over plain HTTP: the daemon sends credentials to a loopback/insecure registry.
  [[ $(http_code "http://$AUTH_REGISTRY/v2/") == 401 ]] || die "$AUTH_REGISTRY answers anonymous requests; auth is not on"
  mkdir -p "$STATE/docker-config"
  chmod 700 "$STATE/docker-config"
  if ! DOCKER_CONFIG=$STATE/docker-config "$DOCKER" login "$AUTH_REGISTRY" -u "$AUTH_USER" --password-stdin \
    <"$AUTH_PASSWORD_FILE" >>"$STATE/login.log" 2>&1; then
    show_log_tail "$STATE/login.log"
    die "docker login $AUTH_REGISTRY failed (basic auth over HTTP); see $STATE/login.log"
  fi
  log "docker login $AUTH_REGISTRY as $AUTH_USER works (client config in $STATE/docker-config)"
}

# --- env file ---------------------------------------------------------------------------------

write_env() {
  local f=$STATE/env
  {
    printf '# Written by scripts/testenv/up.sh; source it.\n'
    printf 'export %s=%q\n' \
      STIG_GATE_TEST_REGISTRY "$REGISTRY" \
      STIG_GATE_TEST_AUTH_REGISTRY "$AUTH_REGISTRY" \
      STIG_GATE_TEST_AUTH_USER "$AUTH_USER" \
      STIG_GATE_TEST_AUTH_PASSWORD_FILE "$AUTH_PASSWORD_FILE" \
      STIG_GATE_TEST_DOCKER_CONFIG "$STATE/docker-config" \
      STIG_GATE_TEST_DOCKER "$DOCKER" \
      STIG_GATE_TEST_DOCKER_SOCK "$DOCKER_SOCK" \
      STIG_GATE_TEST_DATASTREAM "$DATASTREAM" \
      STIG_GATE_TEST_DATASTREAM_IN_IMAGE "$DATASTREAM_IN_IMAGE" \
      STIG_GATE_TEST_IMAGE_CLEAN "${IMAGE_REF[clean]}" \
      STIG_GATE_TEST_IMAGE_REMOTE_ACCESS "${IMAGE_REF[remote-access]}" \
      STIG_GATE_TEST_IMAGE_WORLD_WRITABLE_LOG "${IMAGE_REF[world-writable-log]}" \
      STIG_GATE_TEST_IMAGE_SHADOW_UNLOCKED "${IMAGE_REF[shadow-unlocked]}" \
      STIG_GATE_TEST_IMAGE_NOSHELL "${IMAGE_REF[noshell]}" \
      STIG_GATE_TEST_IMAGE_PRIVATE "${IMAGE_REF[private]}" \
      STIG_GATE_TEST_IMAGE_NONROOT "${IMAGE_REF[nonroot]}" \
      STIG_GATE_TEST_IMAGE_DISTROLESS "${IMAGE_REF[distroless]}" \
      STIG_GATE_TEST_IMAGE_MULTITAG "${IMAGE_REF[multitag]}" \
      STIG_GATE_TEST_IMAGE_MULTITAG_ALIAS "${IMAGE_REF[multitag-alias]}" \
      STIG_GATE_TEST_IMAGE_BIG "${IMAGE_REF[big]}" \
      STIG_GATE_TEST_IMAGE_SCANNER "${IMAGE_REF[scanner]}" \
      STIG_GATE_TEST_IMAGE_SCANNER_BOOKWORM "${IMAGE_REF[scanner-bookworm]}" \
      STIG_GATE_TEST_IMAGE_SCANNER_NO_OSCAP_DOCKER "${IMAGE_REF[scanner-no-oscap-docker]}" \
      STIG_GATE_TEST_IMAGE_USRLIB_NONROOT "${IMAGE_REF[usrlib-nonroot]}" \
      STIG_GATE_TEST_IMAGE_HOSTILE_ENV_BIG "${IMAGE_REF[hostile-env-big]}" \
      STIG_GATE_TEST_IMAGE_HOSTILE_ENV_NEWLINE "${IMAGE_REF[hostile-env-newline]}" \
      STIG_GATE_TEST_IMAGE_HOSTILE_NAMES "${IMAGE_REF[hostile-names]}" \
      STIG_GATE_TEST_IMAGE_HOSTILE_DEVNULL "${IMAGE_REF[hostile-devnull]}" \
      STIG_GATE_TEST_IMAGE_HOSTILE_CHARDEV "${IMAGE_REF[hostile-chardev]}" \
      STIG_GATE_TEST_IMAGE_HOSTILE_FIFO "${IMAGE_REF[hostile-fifo]}" \
      STIG_GATE_TEST_IMAGE_HOSTILE_SECRETS "${IMAGE_REF[hostile-secrets]}" \
      STIG_GATE_TEST_IMAGE_HOSTILE_SLOW "${IMAGE_REF[hostile-slow]}" \
      STIG_GATE_TEST_IMAGE_PYLIB "${IMAGE_REF[pylib]}"
    # SSG scans for the assessor-format tests (images.sh, "SSG scans"): directories with results.xml and
    # results-arf.xml.
    printf 'export %s=%q\n' \
      STIG_GATE_TEST_SSG_ANSSI_HIGH "${SSG_SCAN_DIR[ssg-debian11-anssi-high]}" \
      STIG_GATE_TEST_SSG_ALL "${SSG_SCAN_DIR[ssg-debian11-all]}"
    # The Docker 28 engine with image mounts (engine28.sh), empty when skipped.
    if [[ ${STIG_GATE_ENGINE28:-1} != 0 ]]; then
      printf 'export %s=%q\n' STIG_GATE_TEST_DOCKER28_HOST "unix://$ENGINE28_SOCK" \
        STIG_GATE_TEST_DOCKER28 "$ENGINE28_ROOT/usr/bin/docker"
    fi
    # SSG's Debian 12 data stream (ssg-debian12.sh), which applies to the targets; absent when skipped.
    if [[ ${STIG_GATE_SSG_DEBIAN12:-1} != 0 ]]; then
      printf 'export %s=%q\n' STIG_GATE_TEST_SSG_DEBIAN12_DATASTREAM "$SSG_DEBIAN12_DS"
    fi
    # The disk tests: this machine's /dev/kvm makes qemu abort, so libguestfs runs its appliance under TCG.
    printf 'export %s=%q\n' \
      LIBGUESTFS_BACKEND direct \
      LIBGUESTFS_BACKEND_SETTINGS force_tcg \
      STIG_GATE_TEST_DISK_CLEAN_EXT4 "${DISK_PATH[clean-ext4]}" \
      STIG_GATE_TEST_DISK_REGRESSION_EXT4 "${DISK_PATH[world-writable-log-ext4]}" \
      STIG_GATE_TEST_DISK_REGRESSION_SPLIT "${DISK_PATH[world-writable-log-split]}"
  } >"$f.tmp"
  chmod 644 "$f.tmp"
  mv "$f.tmp" "$f"
}

main() {
  require_root
  local t0=$EPOCHREALTIME
  take_lock
  mkdir -p "$CACHE"

  phase packages
  install_packages
  phase daemon
  daemon_up
  phase registries
  registries_up
  phase datastream
  # shellcheck source=datastream.sh
  . "$TESTENV_DIR/datastream.sh"
  resolve_datastream
  phase images
  # shellcheck source=images.sh
  . "$TESTENV_DIR/images.sh"
  images_up
  phase ssg-scans
  ssg_scans_up
  # After the images: it uses images.sh's debian_mirror.
  phase engine28
  # shellcheck source=engine28.sh
  . "$TESTENV_DIR/engine28.sh"
  engine28_up
  # After engine28.sh: it uses that file's apt for Debian unstable.
  phase ssg-debian12
  # shellcheck source=ssg-debian12.sh
  . "$TESTENV_DIR/ssg-debian12.sh"
  ssg_debian12_up
  phase disks
  # shellcheck source=disks.sh
  . "$TESTENV_DIR/disks.sh"
  disks_up
  phase env
  write_env
  phase_end

  local i summary=""
  for i in "${!PHASES[@]}"; do summary+="${PHASES[$i]} ${PHASE_SECS[$i]}s, "; done
  log "ready in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')s (${summary%, })"
  log "env: $STATE/env"
  printf '%s\n' "$STATE/env"
}

main "$@"
