import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { DEFAULT_POLICY } from '../../src/gate/index.js';
import { gateFiles, writeReports } from '../../src/pipeline/gate-files.js';
import { parseWaivers } from '../../src/gate/waivers-file.js';
import { waiverSnippet } from '../../src/report/waiver-snippet.js';
import { gateJson } from '../../src/report/gate-json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { CLEAN_ARF, CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

let dir: string;
/** The clean sample with every result rewritten: what oscap writes when a tailoring file does not match. */
let allNotSelected: string;
let arfAllNotSelected: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stig-gate-pipeline-'));
  allNotSelected = join(dir, 'all-notselected.xml');
  arfAllNotSelected = join(dir, 'all-notselected-arf.xml');
  const rewrite = (xml: string) => xml.replace(/<((?:\w+:)?result)>\w+<\/\1>/g, '<$1>notselected</$1>');
  await writeFile(allNotSelected, rewrite(await readFile(CLEAN_RESULTS, 'utf8')));
  await writeFile(arfAllNotSelected, rewrite(await readFile(CLEAN_ARF, 'utf8')));
});

const policy = DEFAULT_POLICY;

describe('gateFiles', () => {
  it('reads the files and evaluates, with the clock given', async () => {
    const result = await gateFiles({
      current: REMOTE_ACCESS_RESULTS,
      baseline: CLEAN_ARF,
      inheritedFromHost: false,
      policy,
      now: new Date(5),
    });
    expect(result.counts.newFailures).toBe(46);
    expect(result.evaluatedAt).toBe('1970-01-01T00:00:00.005Z');
  });

  it.each([
    [1, () => allNotSelected, 'current'],
    [2, () => arfAllNotSelected, 'current'],
  ])(
    '%i. a scan where every rule is notselected is an error saying nothing was evaluated',
    async (_n, file, role) => {
      const attempt = gateFiles({
        current: file(),
        baseline: CLEAN_RESULTS,
        inheritedFromHost: false,
        policy,
      });
      await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
      await expect(gateFiles({ current: file(), inheritedFromHost: false, policy })).rejects.toThrow(
        `${file()}: nothing was evaluated in the ${role} scan (all 198 rules are notselected)`,
      );
    },
  );

  it('a baseline where every rule is notselected is an error too', async () => {
    await expect(
      gateFiles({ current: CLEAN_RESULTS, baseline: allNotSelected, inheritedFromHost: false, policy }),
    ).rejects.toThrow(/nothing was evaluated in the baseline scan/);
  });

  it.each([
    [
      1,
      { current: join('/nonexistent', 'r.xml') },
      /^the current results \/nonexistent\/r\.xml: no such file$/,
    ],
    [
      2,
      { current: CLEAN_RESULTS, baseline: '/nonexistent/b.xml' },
      /^the baseline results \/nonexistent\/b\.xml: no such file$/,
    ],
    [4, { current: '' }, /^the current results '' \(an empty path\): no such file$/],
    [
      3,
      { current: CLEAN_RESULTS, waivers: '/nonexistent/w.yml' },
      /waivers file \/nonexistent\/w\.yml: no such file/,
    ],
  ])('%i. a missing file is a configuration error naming it', async (_n, files, message) => {
    await expect(gateFiles({ ...files, inheritedFromHost: false, policy })).rejects.toThrow(message);
  });
});

describe('writeReports', () => {
  it('writes the JSON, SARIF and full Markdown reports, each from the same result', async () => {
    const result = await gateFiles({
      current: REMOTE_ACCESS_RESULTS,
      baseline: CLEAN_RESULTS,
      inheritedFromHost: true,
      policy,
      now: new Date(0),
    });
    const out = join(dir, 'reports', 'nested');
    const paths = await writeReports(result, out);
    expect(paths).toEqual({
      json: join(out, 'stig-gate.json'),
      sarif: join(out, 'stig-gate.sarif'),
      markdown: join(out, 'stig-gate.md'),
      waiversNew: join(out, 'waivers-new.yml'),
    });
    // The comment's waivers file for the 46 new failures, whole: refused until filled in.
    const waiversNew = await readFile(paths.waiversNew, 'utf8');
    expect(waiversNew).toBe(waiverSnippet(result.newFailures));
    expect(waiversNew.match(/^ {2}- rule: /gm)).toHaveLength(46);
    expect(() => parseWaivers(waiversNew, paths.waiversNew)).toThrow(/'reason' is required/);
    expect(JSON.parse(await readFile(paths.json, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(gateJson(result))),
    );
    expect(JSON.parse(await readFile(paths.sarif, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(renderSarif(result))),
    );
    expect(await readFile(paths.markdown, 'utf8')).toBe(
      renderMarkdown(result, { maxLength: Number.MAX_SAFE_INTEGER }),
    );
  });

  it('an unwritable folder is a configuration error naming it', async () => {
    const locked = join(dir, 'locked');
    await writeFile(locked, 'a file, not a folder');
    await expect(
      writeReports(
        await gateFiles({ current: CLEAN_RESULTS, inheritedFromHost: false, policy }),
        join(locked, 'x'),
      ),
    ).rejects.toThrow(new RegExp(`cannot write the reports to ${locked}/x: .*check the path`));
  });
});
