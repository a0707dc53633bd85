/** The set's report, from real oscap samples gated as the action gates them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { gateJson, type GateJson } from '../../src/report/gate-json.js';
import { renderSetMarkdown, renderSetSummary, setSections } from '../../src/report/set-markdown.js';
import { imagesJson, setVerdict, type SetMember } from '../../src/report/set-report.js';
import { parseWaivers } from '../../src/gate/waivers-file.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

const policy = { failOn: 'new', severityThreshold: 'low' } as const;
let remoteVsClean: GateJson;
let cleanAlone: GateJson;
let cleanVsClean: GateJson;

async function gate(current: string, baseline?: string): Promise<GateJson> {
  return gateJson(await gateFiles({ current, baseline, inheritedFromHost: false, policy }));
}

beforeAll(async () => {
  [remoteVsClean, cleanAlone, cleanVsClean] = await Promise.all([
    gate(REMOTE_ACCESS_RESULTS, CLEAN_RESULTS),
    gate(CLEAN_RESULTS),
    gate(CLEAN_RESULTS, CLEAN_RESULTS),
  ]);
});

const member = (image: string, report: GateJson): SetMember => ({
  image,
  artifactName: `stig-gate-${image}`,
  artifactUrl: `https://github.com/o/r/actions/runs/1/artifacts/${image.length}`,
  report,
  markdown: `## STIG gate: ${image}\n\nits own report\n`,
});
const options = { heading: 'STIG gate: a set', maxLength: 65_000, fullReportHint: 'the artifacts' };
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the set report', () => {
  it('says a rule failing newly on several images once, with the images listed', () => {
    const members = [member('api', remoteVsClean), member('web', remoteVsClean), member('base', cleanAlone)];
    const markdown = renderSetMarkdown(members, options);
    expect(markdown).toContain('### New failures on several images (46)');
    // SV-203603 is new on api and web: one row naming both; never again under each image.
    expect(count(markdown, '| SV-203603 |')).toBe(1);
    expect(markdown).toMatch(/\| SV-203603 \| [^\n]* \| api, web \|/);
    expect(markdown).not.toContain('### New failures: api');
    // base's ten failures are its own.
    expect(markdown).toContain('### New failures: base (10)');
    expect(markdown).toMatch(
      /^❌ \*\*Gate failed:\*\* 3 of 3 images failed \(api, web, base\), 102 new failures in all$/m,
    );
    // The table: a row per image, with its counts and its artifact.
    expect(markdown).toContain(
      '| api | ❌ fail | 46 | 0 | 10 | 0 | [`stig-gate-api`](https://github.com/o/r/actions/runs/1/artifacts/3) |',
    );
    expect(markdown).toContain('| base | ❌ fail | 10 | 0 | 0 | 0 |');
  });

  it("reads in the single image's order: verdict, no-verdict images, table, new failures, the waivers file", () => {
    const members = [
      member('api', remoteVsClean),
      member('web', remoteVsClean),
      member('base', cleanAlone),
      { image: 'lost', artifactName: 'stig-gate-lost', error: 'no report: its matrix job failed' },
    ];
    const markdown = renderSetMarkdown(members, options);
    const at = (text: string) => markdown.indexOf(text);
    const order = [
      at('**No verdict:**'),
      at('### No verdict (1)'),
      at('| Image | Verdict |'),
      at('### New failures on several images (46)'),
      at('### New failures: base (10)'),
      at(
        '<details><summary>To accept them as risks instead: a ready-to-commit .stig-gate/waivers.yml for the 56',
      ),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(markdown)![1]!;
    expect(() => parseWaivers(yaml, 'w.yml')).toThrow(/'reason' is required/);
    const waivers = parseWaivers(
      yaml.replace(/reason: ""/g, 'reason: r').replace(/expires: ""/g, 'expires: 2027-01-01'),
      'w.yml',
    );
    expect(waivers).toHaveLength(56);
    expect(waivers.find((w) => w.rule === 'SV-203603')!.images).toEqual(['api', 'web']);
  });

  it('counts an image with its own and shared new failures', () => {
    const members = [member('api', remoteVsClean), member('base', cleanAlone), member('web', cleanAlone)];
    const titles = setSections(members).map((s) => s.title);
    expect(titles).toEqual(['New failures on several images (10)', 'New failures: api (46)']);
  });

  it('an image without a verdict makes the set an error naming it, never a pass', () => {
    const members = [
      member('ok', cleanVsClean),
      { image: 'lost', artifactName: 'stig-gate-lost', error: 'no report: its matrix job failed' },
    ];
    const verdict = setVerdict(members);
    expect(verdict.verdict).toBe('error');
    expect(verdict.reason).toBe(
      'no verdict for 1 of 2 images (lost: no report: its matrix job failed); 0 of 2 images failed, 0 new failures in all',
    );
    const markdown = renderSetMarkdown(members, options);
    expect(markdown).toContain('❗ **No verdict:**');
    expect(markdown).toContain(
      '| lost | ❗ error | — | — | — | — | `stig-gate-lost`: no report: its matrix job failed |',
    );
    expect(markdown).toContain('### No verdict (1)');
    expect(imagesJson(members).map((i) => [i.image, i.verdict, i.newFailures])).toEqual([
      ['ok', 'pass', 0],
      ['lost', 'error', null],
    ]);
    expect(setVerdict([]).verdict).toBe('error');
  });

  it('passes when every image passes', () => {
    const verdict = setVerdict([member('a', cleanVsClean), member('b', cleanVsClean)]);
    expect(verdict).toMatchObject({
      verdict: 'pass',
      reason: 'gate passed: 2 images, none failed (0 rules fixed)',
    });
  });

  it('escapes image names and error text', () => {
    const members = [{ image: 'evil|<img src=x>', artifactName: 'n', error: '*boom* | <b>' }];
    const markdown = renderSetMarkdown(members, options);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<b>');
    expect(markdown).toContain('evil\\|');
  });

  it("is cut to fit GitHub's limit, longest groups first, saying where the full lists are", () => {
    // 60 images, each with the remote-access failures as its own (renamed so that none is shared).
    const members = Array.from({ length: 60 }, (_, i) => {
      const report: GateJson = {
        ...remoteVsClean,
        newFailures: remoteVsClean.newFailures.map((rule) => ({ ...rule, ruleId: `${rule.ruleId}-${i}` })),
      };
      return member(`image-${i}`, report);
    });
    const whole = renderSetMarkdown(members, { ...options, maxLength: Number.MAX_SAFE_INTEGER });
    expect(Buffer.byteLength(whole)).toBeGreaterThan(65_536 * 4);
    const cut = renderSetMarkdown(members, { ...options, maxLength: 60_000 });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(60_000);
    expect(cut).toContain('| image-59 | ❌ fail | 46 |'); // the table is whole
    expect(cut).toMatch(
      /_Showing \d+ of 46 to keep this under GitHub's size limit; the full list is in the artifacts\._/,
    );
    expect(setVerdict(members).reason).toBe(
      'gate failed: 60 of 60 images failed (image-0, image-1, image-2, image-3, image-4 and 55 more), 2760 new failures in all',
    );
  });

  it('a table of images too long for the limit is cut at a row, and says so', () => {
    const long = 'ghcr.io/octo-org/a-rather-long-repository-name-for-an-image-of-this-set';
    const members: SetMember[] = Array.from({ length: 160 }, (_, i) => ({
      image: `${long}-${i}:pr-1234`,
      artifactName: `stig-gate-${long}-${i}_pr-1234-xccdf_basic_profile_.check`,
      error: `no report: none of this run's artifacts holds a report for ${long}-${i}:pr-1234 ${'(detail) '.repeat(30)}`,
    }));
    const markdown = renderSetMarkdown(members, options);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(options.maxLength);
    expect(markdown).toMatch(
      /_Cut to keep this under GitHub's size limit; the full report is in the artifacts\._\n$/,
    );
    // Every table line that is there is whole: it ends its last cell.
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.endsWith(' |'), row).toBe(true);
    // No code span is left open: each artifact name has both its backticks.
    expect(count(markdown, '`')).toBe(2 * count(markdown, '`stig-gate-'));
  });

  it('the summary holds the set report, then each image own report, within the limit', () => {
    const members = [member('api', remoteVsClean), member('base', cleanAlone)];
    const summary = renderSetSummary(members, { ...options, maxLength: 1_000_000, whereIs: () => 'x' });
    expect(summary.indexOf('## STIG gate: a set')).toBe(0);
    expect(summary.indexOf('## STIG gate: api')).toBeGreaterThan(summary.indexOf('| base |'));
    expect(summary).toContain('## STIG gate: base');
    const big = members.map((m) => ({
      ...m,
      markdown: `<details><summary>x</summary>\n\n${'row\n'.repeat(50_000)}</details>\n`,
    }));
    const cut = renderSetSummary(big, {
      ...options,
      maxLength: 100_000,
      whereIs: (m) => `the ${m.image} artifact`,
    });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100_000);
    expect(count(cut, '<details>')).toBe(count(cut, '</details>'));
    expect(cut).toContain('_Cut to fit the job summary; the full report is in the api artifact._');
  });
});
