/** Why libguestfs could not stream a disk's files, in words a user can act on (pure, like diagnose.ts). */

/** What guestfish says, and what it means for the user. The first match wins. */
const CAUSES: readonly { said: RegExp; means: string }[] = [
  {
    said: /no operating system was found/i,
    means:
      'libguestfs found no operating system on it (expected a disk with a Linux root file system: /etc and ' +
      'an OS release file, possibly across the partitions its /etc/fstab mounts)',
  },
  {
    said: /multi-boot operating systems are not supported/i,
    means:
      'it holds more than one operating system, and stig-gate scans one (expected a disk with a single root)',
  },
  {
    said: /luks|cryptsetup|bitlocker|passphrase|\bkey\b/i,
    means:
      'it is encrypted (LUKS or similar), and stig-gate reads only unencrypted disks (expected the image ' +
      'as built, before encryption)',
  },
  {
    said: /supermin|kernel|vmlinuz/i,
    means:
      'libguestfs could not build its appliance (expected a readable kernel in /boot: install linux-image-amd64 on Debian or linux-image-generic on Ubuntu and make /boot/vmlinuz-* readable; see docs/vm-disks.md)',
  },
  {
    said: /\/dev\/kvm|kvm_init|KVM/,
    means:
      'qemu could not use KVM (expected a usable /dev/kvm, or LIBGUESTFS_BACKEND_SETTINGS=force_tcg to run without it)',
  },
  {
    said: /corrupt|not in .* format|could not open|invalid|unsupported|image is/i,
    means: 'qemu could not open it as a disk image (expected an intact qcow2, raw or vmdk file)',
  },
];

/**
 * The message for a disk whose reader (guestfish) failed on its own: the stream it gave the scanner was
 * cut short or empty, so nothing was scanned. `image` is the disk's name; `log` the line naming scan.log.
 */
export function describeDiskReadFailure(
  image: string,
  reader: { exitCode: number; stderr: string },
  log: string,
): string {
  const said = reader.stderr.trim();
  const cause = CAUSES.find(({ said: pattern }) => pattern.test(said));
  const what = cause?.means ?? `libguestfs could not read it (exit ${reader.exitCode})`;
  // Its last lines: libguestfs ends with the error, after any warnings.
  const shown =
    said === ''
      ? `(guestfish printed nothing; exit ${reader.exitCode})`
      : said.split('\n').slice(-8).join('\n');
  return `the disk ${image} was not scanned: ${what}.\nguestfish said:\n${shown}\n${log}`;
}
