# shellcheck shell=bash
# A second Docker engine for the test environment: Debian unstable's docker.io 28.5 with the containerd
# image store, the first engine here that has image mounts (`--mount type=image`). Sourced by up.sh after
# lib.sh.
#
# It runs BESIDE the engine everyone uses, never instead of it: the .debs (docker.io, docker-cli,
# containerd) are fetched with apt-get using a private list and cache under $CACHE/apt-unstable (the
# machine's apt sources and installed packages are left alone) and unpacked with `dpkg -x` into
# $CACHE/engine28/root; its own containerd (2.1) and dockerd listen on sockets under $ENGINE28_RUN, keep
# their data under $CACHE/engine28 and their containers under their own cgroup parent, with no bridge and
# no iptables. runc is the machine's (unstable's needs a newer glibc). Images are not pushed into it: the
# tests pull them from the local registries like any engine.
#
# Knob: STIG_GATE_ENGINE28=0 skips it (the tests that need it then fail, naming this knob).

ENGINE28_RUN=/run/stig-gate-engine28
ENGINE28_DIR=$CACHE/engine28
ENGINE28_ROOT=$ENGINE28_DIR/root
ENGINE28_SOCK=$ENGINE28_RUN/docker.sock
ENGINE28_CONTAINERD_SOCK=$ENGINE28_RUN/containerd.sock
ENGINE28_APT=$CACHE/apt-unstable
# What is unpacked; bump the version to unpack again (e.g. after a change of the package list).
ENGINE28_PACKAGES=(docker.io docker-cli containerd)
ENGINE28_RECIPE=1

engine28_apt() {
  apt-get -o "Dir::Etc::SourceList=$ENGINE28_APT/sources.list" -o Dir::Etc::SourceParts=/nonexistent \
    -o "Dir::State::Lists=$ENGINE28_APT/lists" -o "Dir::State::Status=$ENGINE28_APT/status" \
    -o "Dir::Cache=$ENGINE28_APT" -o "Dir::Cache::archives=$ENGINE28_APT/archives" \
    -o APT::Architecture=amd64 -o APT::Sandbox::User=root "$@"
}

# engine28_unpack: the binaries in $ENGINE28_ROOT (downloaded once; cached across runs).
engine28_unpack() {
  local stamp=$ENGINE28_ROOT/.stig-gate-recipe want
  want="$ENGINE28_RECIPE ${ENGINE28_PACKAGES[*]}"
  [[ -x $ENGINE28_ROOT/usr/sbin/dockerd && -r $stamp && $(<"$stamp") == "$want" ]] && return 0
  local mirror t0=$SECONDS
  mirror=$(debian_mirror)
  mkdir -p "$ENGINE28_APT/lists/partial" "$ENGINE28_APT/archives/partial"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s unstable main\n' "$mirror" \
    >"$ENGINE28_APT/sources.list"
  : >"$ENGINE28_APT/status"
  log "fetching ${ENGINE28_PACKAGES[*]} from Debian unstable into $ENGINE28_APT (log: $STATE/engine28-apt.log)"
  rm -f "$ENGINE28_APT"/archives/*.deb
  if ! { engine28_apt update && (cd "$ENGINE28_APT/archives" && engine28_apt download "${ENGINE28_PACKAGES[@]}"); } \
    >"$STATE/engine28-apt.log" 2>&1; then
    show_log_tail "$STATE/engine28-apt.log"
    die "could not fetch ${ENGINE28_PACKAGES[*]} from Debian unstable ($mirror)"
  fi
  rm -rf "$ENGINE28_ROOT"
  mkdir -p "$ENGINE28_ROOT"
  local deb
  for deb in "$ENGINE28_APT"/archives/*.deb; do dpkg -x "$deb" "$ENGINE28_ROOT"; done
  printf '%s\n' "$want" >"$stamp"
  log "unpacked $("$ENGINE28_ROOT/usr/sbin/dockerd" --version) in $((SECONDS - t0))s"
}

engine28_docker() { "$ENGINE28_ROOT/usr/bin/docker" -H "unix://$ENGINE28_SOCK" "$@"; }
engine28_ok() { [[ -S $ENGINE28_SOCK ]] && timeout 10 "$ENGINE28_ROOT/usr/bin/docker" -H "unix://$ENGINE28_SOCK" version >/dev/null 2>&1; }
engine28_containerd_ok() {
  [[ -S $ENGINE28_CONTAINERD_SOCK ]] &&
    timeout 3 "$ENGINE28_ROOT/usr/bin/ctr" --address "$ENGINE28_CONTAINERD_SOCK" version >/dev/null 2>&1
}

engine28_config() {
  mkdir -p "$ENGINE28_RUN" "$ENGINE28_DIR/containerd" "$ENGINE28_DIR/docker"
  # Top-level keys before the first table (TOML); CRI and NRI are Kubernetes' and not wanted here.
  cat >"$ENGINE28_RUN/containerd.toml" <<EOF
version = 3
root = "$ENGINE28_DIR/containerd"
state = "$ENGINE28_RUN/containerd-state"
disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.cri.v1.runtime", "io.containerd.cri.v1.images", "io.containerd.nri.v1.nri"]
[grpc]
  address = "$ENGINE28_CONTAINERD_SOCK"
[ttrpc]
  address = "$ENGINE28_CONTAINERD_SOCK.ttrpc"
[plugins."io.containerd.internal.v1.opt"]
  path = "$ENGINE28_DIR/containerd-opt"
EOF
  cat >"$ENGINE28_RUN/daemon.json" <<EOF
{
  "data-root": "$ENGINE28_DIR/docker",
  "exec-root": "$ENGINE28_RUN/exec",
  "pidfile": "$ENGINE28_RUN/dockerd.pid",
  "hosts": ["unix://$ENGINE28_SOCK"],
  "containerd": "$ENGINE28_CONTAINERD_SOCK",
  "bridge": "none",
  "iptables": false,
  "ip6tables": false,
  "ip-forward": false,
  "userland-proxy": false,
  "cgroup-parent": "stig-gate-engine28",
  "features": { "containerd-snapshotter": true },
  "insecure-registries": ["$REGISTRY", "$AUTH_REGISTRY"]
}
EOF
}

engine28_up() {
  if [[ ${STIG_GATE_ENGINE28:-1} == 0 ]]; then
    log "Docker 28 engine skipped (STIG_GATE_ENGINE28=0)"
    return
  fi
  engine28_unpack
  # The shim must match the containerd; runc is the machine's.
  local path=$ENGINE28_ROOT/usr/bin:$ENGINE28_ROOT/usr/sbin:$PATH
  if engine28_ok; then
    log "Docker 28 engine already answers on $ENGINE28_SOCK"
    return
  fi
  engine28_config
  if ! engine28_containerd_ok; then
    pid_of engine28-containerd containerd >/dev/null ||
      start_bg engine28-containerd env PATH="$path" "$ENGINE28_ROOT/usr/bin/containerd" --config "$ENGINE28_RUN/containerd.toml"
    wait_ready 30 engine28-containerd engine28_containerd_ok
  fi
  # /run is on disk here: a pid file left by a dockerd that died with the machine blocks a start.
  local old
  if [[ -r $ENGINE28_RUN/dockerd.pid ]]; then
    old=$(<"$ENGINE28_RUN/dockerd.pid")
    [[ $old =~ ^[0-9]+$ && $(cat "/proc/$old/comm" 2>/dev/null) == dockerd ]] || rm -f "$ENGINE28_RUN/dockerd.pid"
  fi
  pid_of engine28-dockerd dockerd >/dev/null ||
    start_bg engine28-dockerd env PATH="$path" "$ENGINE28_ROOT/usr/sbin/dockerd" --config-file "$ENGINE28_RUN/daemon.json"
  wait_ready "${STIG_GATE_DOCKER_WAIT:-60}" engine28-dockerd engine28_ok
  local info
  info=$(engine28_docker info --format '{{.ServerVersion}} {{json .DriverStatus}}')
  [[ $info == *io.containerd.snapshotter* ]] || die "the Docker 28 engine does not use the containerd image store: $info"
  log "Docker 28 engine started on $ENGINE28_SOCK: $info"
}

engine28_down() {
  stop_pidfile engine28-dockerd dockerd 30
  stop_pidfile engine28-containerd containerd
}
