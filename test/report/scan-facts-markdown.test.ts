/** The scanner lines and the drift notice carry text from results files: inert in Markdown, one line in text. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, evaluateGate } from '../../src/gate/index.js';
import { gateText } from '../../src/report/gate-text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { outcome, scan, stigRuleId } from '../gate/build-scan.js';
import { renderGfm, tags, visibleText } from './gfm.js';

const EVIL_VERSION = '<img src=x onerror=alert(1)> @octocat #1\n# Heading';
const EVIL_IMAGE = 'evil.example/[x](https://evil.example)/`scanner`:*1*';

describe('scanner facts from hostile files', () => {
  const result = evaluateGate({
    current: scan([outcome(stigRuleId(1), 'fail')], { scanner: { name: 'OpenSCAP', version: EVIL_VERSION } }),
    baseline: scan([outcome(stigRuleId(1), 'pass')]),
    currentFacts: { scannerImage: EVIL_IMAGE, mode: '**container**' },
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now: new Date(0),
  });

  it('the drift notice is there (OpenSCAP 1.3.7 in the baseline, the payload now)', () => {
    expect(result.scannerDrift?.changes).toEqual([
      { fact: 'oscapVersion', baseline: '1.3.7', current: EVIL_VERSION },
    ]);
  });

  it('Markdown: no element from the payloads, and each payload reads as written', () => {
    const html = renderGfm(renderMarkdown(result));
    const allowed =
      /^<\/?(h2|h3|p|table|thead|tbody|tr|th|td|strong|br|details|summary|pre|code|ul|li|em)( style="text-align:right")?\s*\/?>$|^<code class="language-yaml">$/;
    expect(tags(html).filter((tag) => !allowed.test(tag))).toEqual([]);
    const seen = visibleText(html)
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ');
    expect(seen).toContain(
      `OpenSCAP ${EVIL_VERSION.replace(/\s+/g, ' ')} · scanner ${EVIL_IMAGE} · **container** mode`,
    );
    expect(seen).toContain(`this scan with ${EVIL_VERSION.replace(/\s+/g, ' ')}: some new failures`);
  });

  it('text: the notice and the scanner line stay on one line each', () => {
    const lines = gateText(result, 300).split('\n');
    expect(lines.filter((line) => line.includes('onerror'))).toHaveLength(2);
    expect(lines.some((line) => line.startsWith('# Heading'))).toBe(false);
  });
});
