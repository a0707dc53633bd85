/**
 * The scanner programs' os-release reader, run with this machine's python3 on trees made like hostile
 * images: links are resolved inside the tree, and a FIFO at the path is never opened (it would block).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OS_RELEASE_PY } from '../../src/scan/os-release-py.js';

const PROGRAM = `import json, os, stat, sys\n${OS_RELEASE_PY}\nprint(json.dumps(os_release(sys.argv[1])))`;

function readOsRelease(tree: string): unknown {
  const ran = spawnSync('python3', ['-I', '-c', PROGRAM, tree], { encoding: 'utf8', timeout: 10_000 });
  expect(ran.stderr).toBe('');
  expect(ran.status).toBe(0);
  return JSON.parse(ran.stdout) as unknown;
}

describe('OS_RELEASE_PY', () => {
  let tree: string;
  beforeEach(() => {
    tree = mkdtempSync(join(tmpdir(), 'os-release-'));
    mkdirSync(join(tree, 'etc'));
    mkdirSync(join(tree, 'usr/lib'), { recursive: true });
  });
  afterEach(() => rmSync(tree, { recursive: true, force: true }));
  const usrLib = (text: string) => writeFileSync(join(tree, 'usr/lib/os-release'), text);

  it("follows Debian's relative link and reads ID, ID_LIKE and PRETTY_NAME only", () => {
    usrLib('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\nHOME_URL=x\n');
    symlinkSync('../usr/lib/os-release', join(tree, 'etc/os-release'));
    expect(readOsRelease(tree)).toEqual({ PRETTY_NAME: 'Debian GNU/Linux 12 (bookworm)', ID: 'debian' });
  });

  it("resolves an absolute link from the tree's root, not the scanner's", () => {
    usrLib('ID=wolfi\n');
    symlinkSync('/usr/lib/os-release', join(tree, 'etc/os-release'));
    expect(readOsRelease(tree)).toEqual({ ID: 'wolfi' });
  });

  it('never leaves the tree: a link to a host path or above the root finds nothing there', () => {
    symlinkSync('/proc/self/environ', join(tree, 'etc/os-release'));
    symlinkSync('../../../../../../etc/os-release', join(tree, 'usr/lib/os-release'));
    expect(readOsRelease(tree)).toBeNull();
  });

  it('does not open a FIFO (it would block) and falls back to /usr/lib/os-release', () => {
    const fifo = spawnSync('mkfifo', [join(tree, 'etc/os-release')]);
    expect(fifo.status).toBe(0);
    usrLib('ID=rocky\nID_LIKE="rhel centos fedora"\n');
    expect(readOsRelease(tree)).toEqual({ ID: 'rocky', ID_LIKE: 'rhel centos fedora' });
  });

  it('gives up on a link loop', () => {
    symlinkSync('os-release', join(tree, 'etc/os-release'));
    symlinkSync('/usr/lib/os-release', join(tree, 'usr/lib/os-release'));
    expect(readOsRelease(tree)).toBeNull();
  });
});
