import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { loadWaiversFile, parseWaivers } from '../../src/gate/index.js';
import { REPO_ROOT } from '../support/paths.js';

const FILE = '.stig-gate/waivers.yml';

describe('parseWaivers: valid files', () => {
  it('reads every field, trims text and records where each entry came from', () => {
    const waivers = parseWaivers(
      `waivers:
  - rule: xccdf_mil.disa.stig_rule_SV-203629r982199_rule
    reason: "  Banner is shown by the ingress  "
    owner: platform-team
    expires: 2026-12-31
    images: [cgr.dev/acme/app, "cgr.dev/acme/worker:*"]
  - rule: SV-203675
    reason: Library permissions are set by the base image
    images: cgr.dev/acme/app
`,
      FILE,
    );
    expect(waivers).toEqual([
      {
        rule: 'xccdf_mil.disa.stig_rule_SV-203629r982199_rule',
        reason: 'Banner is shown by the ingress',
        owner: 'platform-team',
        expires: '2026-12-31',
        images: ['cgr.dev/acme/app', 'cgr.dev/acme/worker:*'],
        origin: '.stig-gate/waivers.yml entry 1 (xccdf_mil.disa.stig_rule_SV-203629r982199_rule)',
      },
      {
        rule: 'SV-203675',
        reason: 'Library permissions are set by the base image',
        images: ['cgr.dev/acme/app'],
        origin: '.stig-gate/waivers.yml entry 2 (SV-203675)',
      },
    ]);
  });

  it.each([
    [1, ''],
    [2, '# only a comment\n'],
    [3, 'waivers:\n'],
    [4, 'waivers: []\n'],
  ])('%i. an empty file or list has no waivers', (_n, text) => {
    expect(parseWaivers(text, FILE)).toEqual([]);
  });

  it.each([
    [1, 'xccdf_mil.disa.stig_rule_SV-203629r982199_rule'],
    [2, 'SV-203629'],
    [3, 'SV-203629r982199'],
    [4, 'SV-203629r982199_rule'],
    [5, 'V-203629'],
  ])('%i. accepts the rule reference %s', (_n, rule) => {
    expect(parseWaivers(`waivers:\n  - rule: ${rule}\n    reason: r\n`, FILE)[0]?.rule).toBe(rule);
  });

  it('the example file in the repo is valid', async () => {
    const waivers = await loadWaiversFile(join(REPO_ROOT, '.stig-gate/waivers.example.yml'));
    expect(waivers.length).toBeGreaterThan(0);
    expect(waivers.every((waiver) => waiver.reason.length > 0)).toBe(true);
  });
});

describe('parseWaivers: malformed files name the file, the entry and what was expected', () => {
  it.each<[number, string, RegExp]>([
    [1, 'waivers: [', /waivers\.yml: not valid YAML/],
    [2, '- rule: SV-1\n', /expected a mapping with a 'waivers:' list/],
    [3, 'waiver:\n  - rule: SV-1\n', /unknown top-level key 'waiver'; only 'waivers' is allowed/],
    [4, 'waivers: SV-1\n', /'waivers' must be a list of entries/],
    [5, 'waivers:\n  - SV-1\n', /entry 1 \(line 2\): expected a mapping with 'rule' and 'reason'/],
    [6, 'waivers:\n  - reason: because\n', /entry 1 \(line 2\): 'rule' is required/],
    [
      7,
      'waivers:\n  - rule: SV-1\n    reason: r\n  - rule: SV-2\n',
      /entry 2 \(line 4\) \(SV-2\): 'reason' is required/,
    ],
    [8, 'waivers:\n  - rule: SV-2\n    reason: "   "\n', /entry 1 \(line 2\) \(SV-2\): 'reason' is required/],
    [
      9,
      'waivers:\n  - rule: CCI-000162\n    reason: r\n',
      /\(CCI-000162\): 'rule' must be a full XCCDF rule id/,
    ],
    [10, 'waivers:\n  - rule: sv-203629\n    reason: r\n', /'rule' must be .*got 'sv-203629'/],
    [
      11,
      'waivers:\n  - rule: SV-2\n    reason: r\n    expires: 31/12/2026\n',
      /'expires' must be a date as YYYY-MM-DD.*"31\/12\/2026"/,
    ],
    [12, 'waivers:\n  - rule: SV-2\n    reason: r\n    expires: 2026-02-30\n', /'expires' must be a date/],
    [
      13,
      'waivers:\n  - rule: SV-2\n    reason: r\n    expires: 20261231\n',
      /'expires' must be a date.*20261231/,
    ],
    [
      14,
      'waivers:\n  - rule: SV-2\n    reason: r\n    expiry: 2026-12-31\n',
      /\(SV-2\): unknown key 'expiry'; allowed: rule, reason, owner, expires, images/,
    ],
    [
      15,
      'waivers:\n  - rule: SV-2\n    reason: r\n    images: []\n',
      /'images' must be an image reference or a non-empty list/,
    ],
    [
      16,
      'waivers:\n  - rule: SV-2\n    reason: r\n    images: ["a b"]\n',
      /'images' entries must be image references without spaces/,
    ],
    [17, 'waivers:\n  - rule: SV-2\n    reason: [a, b]\n', /'reason' must be text/],
    [
      18,
      'waivers:\n  - rule: SV-2\n    rule: SV-3\n    reason: r\n',
      /not valid YAML.*[Mm]ap keys must be unique/s,
    ],
    [19, 'waivers:\n  - rule: 12345\n    reason: r\n', /'rule' must be text \(quote it in YAML\), got 12345/],
    [
      20,
      // An alias bomb: nine references to nine references … expand past the yaml library's limit.
      `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${Array(9).fill('*a').join(', ')}]\nc: &c [${Array(9).fill('*b').join(', ')}]\nwaivers: [${Array(9).fill('*c').join(', ')}]\n`,
      /cannot be read: .*alias/i,
    ],
  ])('%i. %j', (_n, text, message) => {
    expect(() => parseWaivers(text, FILE)).toThrow(ConfigurationError);
    expect(() => parseWaivers(text, FILE)).toThrow(message);
    expect(() => parseWaivers(text, FILE)).toThrow(/^waivers file \.stig-gate\/waivers\.yml: /);
  });

  it('names the third entry of a longer file by number, line and rule', () => {
    const text = [
      'waivers:',
      '  - rule: SV-1',
      '    reason: one',
      '  - rule: SV-2',
      '    reason: two',
      '',
      '  # a comment',
      '  - rule: SV-3',
      '    owner: x',
    ].join('\n');
    expect(() => parseWaivers(text, FILE)).toThrow("entry 3 (line 8) (SV-3): 'reason' is required");
  });
});

describe('loadWaiversFile', () => {
  it('reads a file from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stig-gate-waivers-'));
    const path = join(dir, 'waivers.yml');
    await writeFile(path, 'waivers:\n  - rule: SV-1\n    reason: r\n');
    expect(await loadWaiversFile(path)).toEqual([
      { rule: 'SV-1', reason: 'r', origin: `${path} entry 1 (SV-1)` },
    ]);
  });

  it('a missing file is a configuration error naming it', async () => {
    await expect(loadWaiversFile('/nonexistent/waivers.yml')).rejects.toThrow(
      'waivers file /nonexistent/waivers.yml: no such file; check the waivers path',
    );
  });
});
