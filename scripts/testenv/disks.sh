# shellcheck shell=bash
# VM disk images for the disk tests (issue 22). Sourced by up.sh after images.sh (needs $DOCKER, KEY[],
# IMAGE_REF[] and the registry up); nothing here boots a guest.
#
# Each disk is made from a test target's own files (`docker export` of a container created from the
# pushed image and never started), so a disk scan and a container scan of the same target see the same
# tree:
#   <target>-ext4.qcow2   one ext4 file system over the whole disk, no partition table;
#   <target>-split.qcow2  an MBR disk with two ext4 partitions, / (LABEL=stig-root) and /usr
#                         (LABEL=stig-usr), and an /etc/fstab that mounts /usr: a scan must inspect the
#                         fstab to see the image whole.
# Disks are cached in $CACHE/disks by content: the name carries a hash of the target's recipe key and
# of the functions below, so a changed target or recipe builds a new disk and a warm run only checks
# that the files exist.
#
# libguestfs runs here with LIBGUESTFS_BACKEND=direct and LIBGUESTFS_BACKEND_SETTINGS=force_tcg: this
# machine's /dev/kvm makes qemu abort, so its appliance runs under TCG (slow: ~30-60 s a disk on 2
# shared cores). The env file exports the same two variables for the tests.

# TARGET:LAYOUT,... (kept to three: each disk scan in the tests costs an appliance under TCG).
DISKS=(clean:ext4 world-writable-log:ext4,split)
declare -gA DISK_PATH=()

export LIBGUESTFS_BACKEND=direct
export LIBGUESTFS_BACKEND_SETTINGS=force_tcg

# disk_tree_tar NAME OUT: the target's files as `docker export` gives them, re-packed with numeric owners
# only (docker names them by the host's users; tar in the appliance would map names through its own
# /etc/passwd, which is not the image's).
disk_tree_tar() {
  local name=$1 out=$2 ref=${IMAGE_REF[$1]} had=0 container
  have_local "$ref" && had=1
  ((had)) || dk pull "$ref" >>"$STATE/build.log" 2>&1 || die "docker pull $ref failed (for its disk)"
  container=stig-gate-disk-$$-$name
  dk create --pull=never --name "$container" --network none "$ref" >>"$STATE/build.log" 2>&1 ||
    dk create --pull=never --name "$container" --network none "$ref" true >>"$STATE/build.log" 2>&1 ||
    die "docker create $ref failed (for its disk)"
  local dir
  dir=$(mktemp -d "$CACHE/tmp/disk-tree-$name.XXXXXX")
  if ! dk export "$container" | tar -C "$dir" --numeric-owner --same-permissions -xf -; then
    dk rm -f "$container" >/dev/null 2>&1
    remove_tree "$dir"
    die "docker export of $ref failed (for its disk)"
  fi
  tar -C "$dir" --numeric-owner -cf "$out" .
  remove_tree "$dir"
  dk rm -f "$container" >/dev/null
  # Leave the engine as it was: tests pull the targets themselves.
  ((had)) || dk rmi "$ref" >>"$STATE/build.log" 2>&1 || true
}

# make_disk LAYOUT TREE_TAR OUT: a qcow2 disk of LAYOUT holding TREE_TAR's files (see the header).
make_disk() {
  local layout=$1 tree=$2 out=$3 mb size_mb
  mb=$(($(stat -c %s "$tree") / 1048576))
  size_mb=$((mb * 2 + 512))
  qemu-img create -q -f qcow2 "$out.tmp" "${size_mb}M" || die "qemu-img create $out failed"
  local -a script
  if [[ $layout == ext4 ]]; then
    script=(run : mkfs ext4 /dev/sda : set-label /dev/sda stig-root : mount /dev/sda / : tar-in "$tree" / : umount-all)
  else
    # / gets a third of the disk, /usr the rest (Debian's /usr holds most of the files).
    local root_end=$((size_mb / 3 * 2048))
    script=(run : part-init /dev/sda mbr : part-add /dev/sda p 2048 "$root_end"
      : part-add /dev/sda p $((root_end + 1)) -2048
      : mkfs ext4 /dev/sda1 : set-label /dev/sda1 stig-root : mkfs ext4 /dev/sda2 : set-label /dev/sda2 stig-usr
      : mount /dev/sda1 / : mkdir /usr : mount /dev/sda2 /usr : tar-in "$tree" /
      : rm-f /etc/fstab
      : write /etc/fstab $'LABEL=stig-root / ext4 defaults 0 1\nLABEL=stig-usr /usr ext4 defaults 0 2\n'
      : chmod 0644 /etc/fstab : umount-all)
  fi
  guestfish --rw --format=qcow2 -a "$out.tmp" -- "${script[@]}" >>"$STATE/disks.log" 2>&1 || {
    show_log_tail "$STATE/disks.log"
    rm -f "$out.tmp"
    die "building disk $out failed (guestfish; log: $STATE/disks.log)"
  }
  mv "$out.tmp" "$out"
}

disk_key() {
  printf '%s\n' "${KEY[$1]}" "$2" "$(declare -f disk_tree_tar make_disk)" | recipe_hash
}

# disks_up: build whatever disk is missing from the cache; set DISK_PATH[<target>-<layout>].
disks_up() {
  local entry name layout key out tree t0
  local -a layouts
  mkdir -p "$CACHE/disks" "$CACHE/tmp"
  for entry in "${DISKS[@]}"; do
    name=${entry%%:*}
    IFS=, read -r -a layouts <<<"${entry#*:}"
    tree=""
    for layout in "${layouts[@]}"; do
      key=$(disk_key "$name" "$layout")
      out=$CACHE/disks/$name-$layout-$key.qcow2
      DISK_PATH[$name-$layout]=$out
      if [[ -s $out ]]; then
        log "up to date: disk $out"
        continue
      fi
      t0=$SECONDS
      if [[ -z $tree ]]; then
        tree=$(mktemp --suffix=.tar "$CACHE/tmp/disk-tree-$name.XXXXXX")
        disk_tree_tar "$name" "$tree"
      fi
      make_disk "$layout" "$tree" "$out"
      find "$CACHE/disks" -maxdepth 1 -name "$name-$layout-*.qcow2" ! -name "${out##*/}" -delete
      log "built disk $out ($(du -m "$out" | cut -f1) MiB) in $((SECONDS - t0))s"
    done
    [[ -n $tree ]] && rm -f "$tree"
  done
  # Read-only: the tests never write to them.
  chmod 0444 "$CACHE"/disks/*.qcow2
}
