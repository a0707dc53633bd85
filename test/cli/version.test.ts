/** `stig-gate --version` and `-V` print package.json's version, in-process and from the bundle. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCli, cli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/paths.js';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('stig-gate --version', () => {
  it.each(['--version', '-V'])('%s prints package.json version and exits 0', async (flag) => {
    expect(await cli(flag)).toEqual({ code: 0, stdout: `stig-gate ${version}\n`, stderr: '' });
    expect(bundledCli([flag])).toMatchObject({ code: 0, stdout: `stig-gate ${version}\n` });
  });

  it('the help names the flag and no command claims oscap-docker for every mode', async () => {
    const help = (await cli('--help')).stdout;
    expect(help).toContain('--version');
    expect(help).not.toMatch(/with oscap-docker/);
    expect((await cli('scan', '--help')).stdout).not.toMatch(/OpenSCAP image with oscap-docker/);
  });
});
