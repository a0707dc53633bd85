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
# The disks are made on the host (mke2fs -d, sfdisk, qemu-img): no appliance, seconds a disk. libguestfs
# reads them in the tests with LIBGUESTFS_BACKEND=direct and LIBGUESTFS_BACKEND_SETTINGS=force_tcg (this
# machine's /dev/kvm makes qemu abort), which the env file exports.

# TARGET:LAYOUT,... (kept to three: each disk scan in the tests costs an appliance under TCG).
DISKS=(clean:ext4 world-writable-log:ext4,split)
declare -gA DISK_PATH=()

# disk_tree NAME DIR: the target's files as `docker export` gives them, extracted into DIR as root with
# their numeric owners and modes (docker names owners by the host's users; the image's may differ).
disk_tree() {
  local name=$1 dir=$2 ref=${IMAGE_REF[$1]} had=0 container
  have_local "$ref" && had=1
  ((had)) || dk pull "$ref" >>"$STATE/build.log" 2>&1 || die "docker pull $ref failed (for its disk)"
  container=stig-gate-disk-$$-$name
  dk create --pull=never --name "$container" --network none "$ref" >>"$STATE/build.log" 2>&1 ||
    dk create --pull=never --name "$container" --network none "$ref" true >>"$STATE/build.log" 2>&1 ||
    die "docker create $ref failed (for its disk)"
  if ! dk export "$container" | tar -C "$dir" --numeric-owner --same-permissions -xf -; then
    dk rm -f "$container" >/dev/null 2>&1
    die "docker export of $ref failed (for its disk)"
  fi
  dk rm -f "$container" >/dev/null
  # Leave the engine as it was: tests pull the targets themselves.
  ((had)) || dk rmi "$ref" >>"$STATE/build.log" 2>&1 || true
}

# ext4_image DIR LABEL OUT: a raw ext4 file system holding DIR's files (owners, modes, links), made on the
# host by mke2fs -d: seconds, where writing it through libguestfs's appliance under TCG took minutes.
ext4_image() {
  local dir=$1 label=$2 out=$3 mb
  mb=$(($(du -sm "$dir" | cut -f1) * 3 / 2 + 64))
  mke2fs -q -F -t ext4 -L "$label" -d "$dir" "$out" "${mb}M" >>"$STATE/disks.log" 2>&1 ||
    die "mke2fs of $out from $dir failed (log: $STATE/disks.log)"
}

# make_disk LAYOUT TREE_DIR OUT: a qcow2 disk of LAYOUT holding TREE_DIR's files (see the header). The
# split layout moves TREE_DIR's usr out, so it comes after ext4 for one tree.
make_disk() {
  local layout=$1 tree=$2 out=$3 work
  work=$(mktemp -d "$CACHE/tmp/disk-$layout.XXXXXX")
  if [[ $layout == ext4 ]]; then
    ext4_image "$tree" stig-root "$work/disk.raw"
  else
    # /usr's own mount point keeps the image's owner and mode; /etc/fstab mounts it by label.
    mkdir "$work/usr"
    mv "$tree/usr" "$work/usr/tree"
    mkdir "$tree/usr"
    chown --reference="$work/usr/tree" "$tree/usr"
    chmod --reference="$work/usr/tree" "$tree/usr"
    rm -f "$tree/etc/fstab"
    printf 'LABEL=stig-root / ext4 defaults 0 1\nLABEL=stig-usr /usr ext4 defaults 0 2\n' >"$tree/etc/fstab"
    chmod 0644 "$tree/etc/fstab"
    ext4_image "$tree" stig-root "$work/root.ext4"
    ext4_image "$work/usr/tree" stig-usr "$work/usr.ext4"
    local root_sectors usr_sectors
    root_sectors=$(($(stat -c %s "$work/root.ext4") / 512))
    usr_sectors=$(($(stat -c %s "$work/usr.ext4") / 512))
    truncate -s $(((2048 + root_sectors + usr_sectors + 2048) * 512)) "$work/disk.raw"
    printf 'label: dos\nstart=2048, size=%s, type=83\nstart=%s, size=%s, type=83\n' \
      "$root_sectors" $((2048 + root_sectors)) "$usr_sectors" | sfdisk -q "$work/disk.raw" >>"$STATE/disks.log" 2>&1 ||
      die "sfdisk of $out failed (log: $STATE/disks.log)"
    dd if="$work/root.ext4" of="$work/disk.raw" bs=1M oflag=seek_bytes seek=$((2048 * 512)) conv=notrunc,sparse status=none
    dd if="$work/usr.ext4" of="$work/disk.raw" bs=1M oflag=seek_bytes seek=$(((2048 + root_sectors) * 512)) conv=notrunc,sparse status=none
  fi
  qemu-img convert -f raw -O qcow2 "$work/disk.raw" "$out.tmp" || die "qemu-img convert of $out failed"
  remove_tree "$work"
  mv "$out.tmp" "$out"
}

disk_key() {
  printf '%s\n' "${KEY[$1]}" "$2" "$(declare -f disk_tree ext4_image make_disk)" | recipe_hash
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
        tree=$(mktemp -d "$CACHE/tmp/disk-tree-$name.XXXXXX")
        disk_tree "$name" "$tree"
      fi
      make_disk "$layout" "$tree" "$out"
      find "$CACHE/disks" -maxdepth 1 -name "$name-$layout-*.qcow2" ! -name "${out##*/}" -delete
      log "built disk $out ($(du -m "$out" | cut -f1) MiB) in $((SECONDS - t0))s"
    done
    [[ -n $tree ]] && remove_tree "$tree"
  done
  # Read-only: the tests never write to them.
  chmod 0444 "$CACHE"/disks/*.qcow2
}
