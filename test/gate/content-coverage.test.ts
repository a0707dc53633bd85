/**
 * The rules whose checks read only Wolfi's apk files come from the data stream itself (Chainguard's real one,
 * and the copy a real ARF embeds), and the notice names the ones that passed on an image of another distro.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentCoverageNotice, isWolfiLike } from '../../src/gate/content-coverage.js';
import { readResultsFile } from '../../src/results/read.js';
import { dataStreamCollection, wolfiOnlyChecks } from '../../src/results/wolfi-paths.js';
import { CLEAN_ARF, CLEAN_RESULTS, DATASTREAM } from '../support/paths.js';

const datastream = readFileSync(DATASTREAM, 'utf8');
const arf = readFileSync(CLEAN_ARF, 'utf8');
const checks = wolfiOnlyChecks(dataStreamCollection(datastream)!);

describe('wolfiOnlyChecks', () => {
  it("finds the rules of Chainguard's data stream that read apk's files, by following their OVAL checks", () => {
    // Counted by hand in the data stream: the RemoteAccessServices and FIPS package definitions read
    // /usr/lib/apk/db/installed, PackageSignature reads /etc/apk/repositories.
    const paths = new Set([...checks.values()].flat());
    expect([...paths].sort()).toEqual(['/etc/apk', '/usr/lib/apk/db']);
    expect(checks.get('xccdf_mil.disa.stig_rule_SV-263652r982557_rule')).toEqual(['/usr/lib/apk/db']);
    expect(checks.size).toBeGreaterThan(46);
    // A rule that reads /etc/shadow only is not one of them.
    expect(checks.has('xccdf_mil.disa.stig_rule_SV-263650r982553_rule')).toBe(false);
  });

  it('reads the same from the data stream an ARF embeds', () => {
    expect(wolfiOnlyChecks(dataStreamCollection(arf)!)).toEqual(checks);
  });

  it('a text without a data stream collection has none', () => {
    expect(dataStreamCollection('<Benchmark/>')).toBeUndefined();
  });
});

describe('contentCoverageNotice', () => {
  const debian = { ids: 'debian', name: 'Debian GNU/Linux 12 (bookworm)' };

  it('names the apk-only rules that passed on a Debian image, and counts the rest', async () => {
    const { rules } = await readResultsFile(CLEAN_RESULTS);
    const notice = contentCoverageNotice(debian, checks, rules)!;
    const passed = rules.filter((rule) => rule.result === 'pass' && checks.has(rule.ruleId));
    expect(passed.length).toBeGreaterThan(12);
    expect(notice).toMatch(
      new RegExp(
        `^this image is Debian GNU/Linux 12 \\(bookworm\\) \\(not Wolfi or Chainguard\\), .*\\(/etc/apk, /usr/lib/apk/db\\).*: ${passed.length} rules passed without checking anything \\(SV-\\d+, .* and ${passed.length - 12} more\\)`,
      ),
    );
    expect(notice).toContain('SV-263652');
  });

  it.each([
    ['wolfi', { ids: 'wolfi', name: 'Wolfi' }],
    ['chainguard', { ids: 'chainguard' }],
    ['unknown (results gated without a scan)', undefined],
  ])('says nothing for %s', async (_what, os) => {
    const { rules } = await readResultsFile(CLEAN_RESULTS);
    expect(contentCoverageNotice(os, checks, rules)).toBeUndefined();
  });

  it('an image without /etc/os-release gets the notice too', async () => {
    const { rules } = await readResultsFile(CLEAN_RESULTS);
    expect(contentCoverageNotice({ ids: 'none' }, checks, rules)).toMatch(
      /^this image has no \/etc\/os-release, /,
    );
  });

  it('content without Wolfi-only checks says nothing', async () => {
    const { rules } = await readResultsFile(CLEAN_RESULTS);
    expect(contentCoverageNotice(debian, new Map(), rules)).toBeUndefined();
  });

  it('ID_LIKE counts: a derivative of Wolfi is covered', () => {
    expect(isWolfiLike({ ids: 'acme-os wolfi' })).toBe(true);
    expect(isWolfiLike({ ids: 'alpine' })).toBe(false);
  });
});
