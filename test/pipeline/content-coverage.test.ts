/**
 * `stig-gate compare` on a scan's folder: the image's os-release recorded in scan.json and the data stream in
 * the ARF beside results.xml give the coverage notice, as the scan itself did.
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/gate/index.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { readResultsFile } from '../../src/results/read.js';
import { CLEAN_ARF, CLEAN_RESULTS } from '../support/paths.js';

async function scanFolder(record: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'stig-gate-coverage-'));
  await copyFile(CLEAN_RESULTS, join(dir, 'results.xml'));
  await copyFile(CLEAN_ARF, join(dir, 'results-arf.xml'));
  const { counts } = await readResultsFile(CLEAN_RESULTS);
  await writeFile(join(dir, 'scan.json'), JSON.stringify({ schemaVersion: 1, ...record, counts }));
  return join(dir, 'results.xml');
}

const gate = (current: string) =>
  gateFiles({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: new Date(0) });

describe('the coverage notice from a scan folder', () => {
  it('a Debian image recorded in scan.json: the notice, first among the notices', async () => {
    const result = await gate(
      await scanFolder({ imageOsIds: 'debian', imageOsName: 'Debian GNU/Linux 12 (bookworm)' }),
    );
    expect(result.current.facts).toMatchObject({ imageOsIds: 'debian' });
    expect(result.notices).toEqual([
      expect.stringMatching(/^this image is Debian GNU\/Linux 12 \(bookworm\) \(not Wolfi/),
    ]);
  });

  it('a Wolfi image, or a scan that recorded no os-release: no notice', async () => {
    expect((await gate(await scanFolder({ imageOsIds: 'wolfi' }))).notices).toEqual([]);
    expect((await gate(await scanFolder({}))).notices).toEqual([]);
  });
});
