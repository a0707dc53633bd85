/** The image's os-release as rootfs mode's extraction program reports it, read back from the scanner's output. */
import { describe, expect, it } from 'vitest';
import { imageOsFromOutput } from '../../src/scan/image-os.js';

describe('imageOsFromOutput', () => {
  it.each([
    [
      1,
      'stig-gate-rootfs: extracted 10 entries\nstig-gate-rootfs: os-release: {"ID": "debian", "PRETTY_NAME": "Debian GNU/Linux 12 (bookworm)"}\n',
      { ids: 'debian', name: 'Debian GNU/Linux 12 (bookworm)' },
    ],
    [
      2,
      'stig-gate-rootfs: os-release: {"ID": "rocky", "ID_LIKE": "rhel centos fedora"}',
      { ids: 'rocky rhel centos fedora' },
    ],
    [3, 'stig-gate-rootfs: os-release: null', { ids: 'none' }],
    [4, 'stig-gate-rootfs: os-release: {"PRETTY_NAME": "x"}', { ids: 'unknown', name: 'x' }],
    [5, 'oscap said: stig-gate-rootfs: os-release: {"ID": "wolfi"}', undefined],
    [6, 'Title   Ensure ...\nResult  pass', undefined],
    [7, 'stig-gate-rootfs: os-release: {not json', undefined],
    [
      8,
      `stig-gate-rootfs: os-release: {"ID": "a\\nb ${'x'.repeat(300)}"}`,
      { ids: `a b ${'x'.repeat(196)}` },
    ],
  ])('%i', (_n, output, expected) => {
    expect(imageOsFromOutput(output)).toEqual(expected);
  });
});
