# shellcheck shell=bash disable=SC2034
# Shared by up.sh, down.sh and verify.sh: paths, logging, pid files and the lock.
# Sourced, not run. Everything here is plain bash + coreutils so down.sh works even
# when the packages up.sh installs are missing.

TESTENV_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$TESTENV_DIR/../.." && pwd)
STATE=${STIG_GATE_STATE:-/run/stig-gate-testenv}
CACHE=${STIG_GATE_CACHE:-/var/cache/stig-gate}
# The datastream the test scanners carry: see resolve_datastream in datastream.sh (set by up.sh).
DATASTREAM=""

# Ports are fixed in the tests' expectations; override only to run a second, separate environment.
REGISTRY_PORT=${STIG_GATE_REGISTRY_PORT:-5000}
AUTH_REGISTRY_PORT=${STIG_GATE_AUTH_REGISTRY_PORT:-5001}
REGISTRY=127.0.0.1:$REGISTRY_PORT
AUTH_REGISTRY=127.0.0.1:$AUTH_REGISTRY_PORT
AUTH_USER=stig
AUTH_PASSWORD_FILE=$STATE/auth-password
AUTH_CURL_CONFIG=$STATE/auth-curl.conf # `curl -K` file with the same credentials (mode 600)
DOCKER_SOCK=/var/run/docker.sock
CONTAINERD_SOCK=/run/containerd/containerd.sock

log() { printf '[testenv] %s\n' "$*" >&2; }
die() {
  printf '[testenv] ERROR: %s\n' "$*" >&2
  exit 1
}

require_root() {
  [[ $(id -u) == 0 ]] || die "must run as root (it installs packages and starts dockerd); got uid $(id -u)"
}

# take_lock NAME: serialise up.sh/down.sh runs on one machine (fd 9 stays open until exit).
# Children that must outlive the script are started with 9>&- so they do not hold the lock.
take_lock() {
  mkdir -p "$STATE"
  chmod 755 "$STATE"
  exec 9>>"$STATE/lock"
  if ! flock -n 9; then
    log "another testenv script holds $STATE/lock; waiting (up to ${STIG_GATE_LOCK_WAIT:-1800}s)"
    flock -w "${STIG_GATE_LOCK_WAIT:-1800}" 9 || die "timed out waiting for $STATE/lock"
  fi
}

# pid_of NAME COMM: print the pid from $STATE/NAME.pid if that process is alive and its
# command name starts with COMM (pid files survive a reboot here, pids get reused).
pid_of() {
  local file=$STATE/$1.pid want=$2 pid comm
  [[ -r $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
  [[ $comm == "$want"* ]] || return 1
  ! is_zombie "$pid" || return 1
  printf '%s\n' "$pid"
}

# is_zombie PID: exited but not yet reaped (PID 1 here reaps orphans only now and then).
is_zombie() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat%% *} == Z ]]
}

# stop_pidfile NAME COMM [TIMEOUT]: SIGTERM, wait, then SIGKILL; removes the pid file.
stop_pidfile() {
  local name=$1 comm=$2 timeout=${3:-20} pid i
  if pid=$(pid_of "$name" "$comm"); then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < timeout * 10; i++)); do
      if [[ ! -d /proc/$pid ]] || is_zombie "$pid"; then break; fi
      sleep 0.1
    done
    if [[ -d /proc/$pid ]] && ! is_zombie "$pid"; then
      log "$name did not stop in ${timeout}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$STATE/$name.pid"
}

# show_log_tail FILE: the last lines of a service log, for error messages.
show_log_tail() {
  local file=$1
  if [[ -s $file ]]; then
    printf '[testenv] --- last 30 lines of %s ---\n' "$file" >&2
    tail -n 30 "$file" >&2
    printf '[testenv] ---\n' >&2
  fi
}
