#!/usr/bin/env bash
# Stops what scripts/testenv/up.sh started (by its pid files only): the two registries, dockerd
# and containerd. A daemon or registry that was already running before up.sh is left alone.
# Caches ($STIG_GATE_CACHE: rootfs tarballs, registry storage) and the password stay, so the
# next up.sh only restarts the services.
set -euo pipefail

# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_root
[[ -d $STATE ]] || {
  log "nothing to stop ($STATE does not exist)"
  exit 0
}
take_lock

stop_pidfile "registry-$AUTH_REGISTRY_PORT" docker-registry 10
stop_pidfile "registry-$REGISTRY_PORT" docker-registry 10
# shellcheck source=engine28.sh
. "$(dirname "${BASH_SOURCE[0]}")/engine28.sh"
engine28_down
# dockerd stops its running containers first (10s grace each), so give it time.
stop_pidfile dockerd dockerd 60
stop_pidfile containerd containerd 20
rm -f "$STATE/env"
log "stopped; caches kept in $CACHE"
