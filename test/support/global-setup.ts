/**
 * Gives each test run its own temporary directory (TMPDIR, which os.tmpdir() reads) and removes it at the
 * end, so the files tests make under tmpdir() never pile up in /tmp, whether or not each test cleans up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'stig-gate-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDir, { recursive: true, force: true });
  };
}
