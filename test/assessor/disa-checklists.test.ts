/**
 * Checklists of DISA's own content (RHEL 8 STIG results from OpenSCAP and SCC) carry the fields as DISA's
 * checklists do: Group_Title from the XCCDF Group's title, stigid without DISA's benchmark prefix, and
 * version/releaseinfo from the benchmark. The expected values are read from the results file itself.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderCkl } from '../../src/assessor/ckl.js';
import { renderCklb } from '../../src/assessor/cklb.js';
import { readResultsFile } from '../../src/results/read.js';
import { RHEL8_OPENSCAP_RESULTS, RHEL8_SCC_RESULTS } from '../support/paths.js';
import { build } from './support.js';

interface XccdfGroup {
  '@_id': string;
  title: string | { '#text': string };
  Rule: { '@_id': string };
}

/** Each Rule's Group title and the benchmark's release-info, read from the file with a plain parser. */
function groupTitles(file: string): { titles: Map<string, string>; releaseInfo: string } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    processEntities: false,
    isArray: (name) => name === 'Group',
  });
  const doc = parser.parse(readFileSync(file, 'utf8')) as {
    Benchmark: { Group: XccdfGroup[]; 'plain-text': { '@_id': string; '#text': string }[] };
  };
  const text = (title: XccdfGroup['title']) => (typeof title === 'string' ? title : title['#text']);
  const titles = new Map(doc.Benchmark.Group.map((g) => [g.Rule['@_id'], text(g.title)]));
  const releaseInfo = doc.Benchmark['plain-text'].find((p) => p['@_id'] === 'release-info')!['#text'];
  return { titles, releaseInfo };
}

const parser = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['VULN', 'STIG_DATA', 'SI_DATA'].includes(name),
});

describe.each([
  ['OpenSCAP', RHEL8_OPENSCAP_RESULTS, 'Release: 1.3 Benchmark Date: 27 Oct 2021'],
  ['SCC', RHEL8_SCC_RESULTS, 'Release: 1.2 Benchmark Date: 23 Jul 2021'],
])('DISA RHEL 8 STIG results by %s', (_tool, file, release) => {
  it('Group_Title is the Group title on every rule; stigid, version and releaseinfo as DISA writes them', async () => {
    const { titles, releaseInfo } = groupTitles(file);
    expect(releaseInfo).toBe(release);
    const { model } = build(await readResultsFile(file));
    expect(model.rules).toHaveLength(248);
    const ckl = parser.parse(renderCkl(model)) as {
      CHECKLIST: {
        STIGS: {
          iSTIG: {
            STIG_INFO: { SI_DATA: { SID_NAME: string; SID_DATA?: string }[] };
            VULN: { STIG_DATA: { VULN_ATTRIBUTE: string; ATTRIBUTE_DATA: string }[] }[];
          };
        };
      };
    };
    const { STIG_INFO, VULN } = ckl.CHECKLIST.STIGS.iSTIG;
    const info = Object.fromEntries(STIG_INFO.SI_DATA.map((d) => [d.SID_NAME, d.SID_DATA ?? '']));
    expect(info).toMatchObject({ stigid: 'RHEL_8_STIG', version: '1', releaseinfo: release });
    const cklb = renderCklb(model).stigs[0]!;
    expect(cklb).toMatchObject({ stig_id: 'RHEL_8_STIG', version: '1', release_info: release });
    let compared = 0;
    for (const [index, vuln] of VULN.entries()) {
      const data = Object.fromEntries(vuln.STIG_DATA.map((d) => [d.VULN_ATTRIBUTE, d.ATTRIBUTE_DATA]));
      const title = titles.get(model.rules[index]!.ruleId);
      expect(title).toMatch(/^SRG-OS-\d+-GPOS-\d+$/);
      expect(data.Group_Title).toBe(title);
      expect(cklb.rules[index]!.group_title).toBe(title);
      expect(data.Vuln_Num).toMatch(/^V-\d+$/);
      expect(data.Rule_ID).toMatch(/^SV-\d+r\d+_rule$/);
      expect(data.Rule_Ver).toMatch(/^RHEL-08-\d+$/);
      compared += 1;
    }
    expect(compared).toBe(248);
  });
});
