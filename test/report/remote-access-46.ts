/**
 * Issue #21's 46-failure case, from a real scan: `npm run demo`'s two scans (OpenSCAP 1.4.2 in rootfs mode)
 * of the clean Debian 12 test target and of the same root with `P:dropbear` in the apk database, kept in
 * fixtures/remote-access-46/ (the results gzipped, each with the scan.json written beside it). Against the
 * clean one, the changed one has 46 new failures with one cause. Regenerate: `STIG_GATE_DEMO_DIR=out/demo
 * npm run demo`, then gzip out/demo/changed/results-arf.xml and out/demo/baseline/results.xml into it and
 * copy each scan.json.
 */
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_POLICY } from '../../src/gate/index.js';
import type { GateResult } from '../../src/gate/types.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';

const FIXTURES = new URL('./fixtures/remote-access-46/', import.meta.url);

/** The scanned images, as scan.json names them. */
export const REMOTE_ACCESS_IMAGE = '127.0.0.1:5000/stig-gate/target:remote-access';

/** The two scans unpacked into a new folder: `current/results-arf.xml` and `baseline/results.xml`. */
export async function unpackRemoteAccess46(): Promise<{ current: string; baseline: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'stig-gate-46-'));
  const unpack = async (side: string, name: string) => {
    await mkdir(join(dir, side));
    const gz = await readFile(new URL(`${side}/${name}.gz`, FIXTURES));
    await writeFile(join(dir, side, name), gunzipSync(gz));
    await copyFile(new URL(`${side}/scan.json`, FIXTURES), join(dir, side, 'scan.json'));
    return join(dir, side, name);
  };
  return {
    current: await unpack('current', 'results-arf.xml'),
    baseline: await unpack('baseline', 'results.xml'),
  };
}

/** The gate of the 46-failure case as the action sees it: the baseline from the default branch's artifact. */
export async function remoteAccess46(options: { waivers?: string; now?: Date } = {}): Promise<GateResult> {
  const files = await unpackRemoteAccess46();
  return gateFiles({
    current: files.current,
    baseline: files.baseline,
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now: options.now ?? new Date('2026-12-08T12:00:00Z'),
    image: REMOTE_ACCESS_IMAGE,
    baselineFrom: 'artifact stig-gate-report from the default branch',
    ...(options.waivers !== undefined && { waivers: options.waivers }),
  });
}
