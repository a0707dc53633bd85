import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, evaluateGate, type GateResult, type Waiver } from '../../src/gate/index.js';
import { DEFAULT_MARKDOWN_MAX, GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';
import { outcome, scan, stigRuleId } from '../gate/build-scan.js';
import { GITHUB_LINKED_PATTERNS, renderGfm, tags, visibleText } from './gfm.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</td></tr></table></details><details open><summary>x</summary>',
  '[click me](https://evil.example/phish) and ![pixel](https://evil.example/p.png)',
  'raw https://evil.example/raw and www.evil.example and //evil.example/x',
  'ping @octocat and @acme/security-team',
  'closes #123, acme/repo#456 and GH-789',
  'mail security@evil.example now',
  '| injected | cells | here |',
  '**bold** _em_ ~~strike~~ `code` $x^2$ <!-- comment',
  'line one\n\n# Heading\n\n- list item\n> quote',
  '&lt;b&gt;pre-escaped&lt;/b&gt; &amp; &#64;octocat',
  'javascript:alert(1) data:text/html,hi',
  'trailing backslash \\',
];

const EVIL_IMAGE = 'evil.example/@octocat/#1:<b>';
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const seen = (html: string) => oneLine(visibleText(html).replace(/\u200b/g, ''));

/** A comparison in which every piece of text from the files is a payload. */
function hostileResult(): GateResult {
  const evil = (i: number) => `xccdf_evil_rule_${i}`;
  const baseline = scan(
    [
      ...PAYLOADS.map((_p, i) => outcome(evil(i), 'pass')),
      ...PAYLOADS.map((_p, i) => outcome(`xccdf_fixed_rule_${i}`, 'fail')),
      ...PAYLOADS.map((_p, i) => outcome(`xccdf_still_rule_${i}`, 'fail')),
    ],
    { source: '/tmp/base@octocat#1.xml' },
  );
  const current = scan(
    [
      ...PAYLOADS.map((p, i) => outcome(evil(i), 'fail', 'high', { title: p })),
      ...PAYLOADS.map((p, i) => outcome(`xccdf_fixed_rule_${i}`, 'pass', 'low', { title: p })),
      ...PAYLOADS.map((p, i) => outcome(`xccdf_still_rule_${i}`, 'fail', 'medium', { title: p })),
      ...PAYLOADS.map((p, i) => outcome(`${p} ${i}`, 'error', 'unknown', { title: `id payload ${i}` })),
      ...PAYLOADS.map((p, i) => outcome(stigRuleId(500 + i), 'fail', 'low', { title: p })),
    ],
    {
      source: PAYLOADS[4]!,
      target: PAYLOADS[5]!,
      benchmark: { id: 'xccdf_test_benchmark_b', title: PAYLOADS[0]!, version: PAYLOADS[6]! },
      profile: { id: 'xccdf_test_profile_p', title: PAYLOADS[3]! },
      warnings: PAYLOADS,
    },
  );
  const waivers: Waiver[] = PAYLOADS.map((p, i) => ({
    rule: `SV-${500 + i}`,
    reason: p,
    owner: p,
    expires: '2099-01-01',
    origin: p,
  }));
  waivers.push(
    { rule: 'SV-999', reason: 'r', origin: PAYLOADS[1]! },
    { rule: 'SV-998', reason: 'r', origin: PAYLOADS[2]!, expires: '2000-01-01' },
  );
  return evaluateGate({
    current,
    baseline,
    waivers,
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now: new Date('2026-01-01T00:00:00Z'),
    image: EVIL_IMAGE,
  });
}

describe('renderMarkdown: text from results and waivers cannot inject anything', () => {
  const result = hostileResult();
  const markdown = renderMarkdown(result, { heading: `STIG gate for ${EVIL_IMAGE}` });
  const html = renderGfm(markdown);

  it('the comparison used every payload (a precondition of the checks below)', () => {
    expect(result.counts).toMatchObject({
      newFailures: 28,
      fixed: 14,
      stillFailing: 14,
      waived: 14,
      staleWaivers: 1,
      expiredWaivers: 1,
    });
  });

  it('renders only the elements stig-gate writes, with no attributes but table alignment', () => {
    const allowed =
      /^<\/?(h2|h3|p|table|thead|tbody|tr|th|td|details|summary|strong|em|ul|li|br|code|blockquote|pre)( style="text-align:right")?\s*\/?>$|^<code class="language-yaml">$/;
    const unexpected = tags(html).filter((tag) => !allowed.test(tag));
    expect(unexpected).toEqual([]);
    expect(tags(html).join('')).not.toMatch(/<a[\s>]|<img|<script|href=|src=|onerror/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps the structure: balanced <details>, and every table row has as many cells as its header', () => {
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
    // all new failures, the waivers file, still failing, waived, the scans compared
    expect(html.match(/<details>/g)?.length).toBe(5);
    expect(html.match(/<h2>/g)?.length).toBe(1);
    expect(html.match(/<h3>/g)).toHaveLength(1); // fixed: no cause is shared (no evidence), the rest folded
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
      const widths = rows.map((row) => (row.match(/<t[hd][ >]/g) ?? []).length);
      expect(new Set(widths).size, table.slice(0, 200)).toBe(1);
    }
  });

  it('shows every payload as the literal text it was', () => {
    const text = seen(html);
    for (const payload of PAYLOADS) expect(text).toContain(oneLine(payload));
    expect(text).toContain(EVIL_IMAGE);
  });

  it('leaves nothing that GitHub would link or notify: no mentions, references or autolinks', () => {
    // GitHub links nothing inside a code block: the waivers file keeps the image and rule ids as they are.
    const text = visibleText(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''));
    for (const [name, pattern] of GITHUB_LINKED_PATTERNS) expect(text, name).not.toMatch(pattern);
    expect(html.match(/<pre>/g)).toHaveLength(1);
  });
});

describe('renderMarkdown on real samples', () => {
  it('puts the verdict first, then counts and baseline, then the new failures folded, fixed, and folds the rest', async () => {
    const result = await gateFiles({
      current: REMOTE_ACCESS_RESULTS,
      baseline: CLEAN_RESULTS,
      inheritedFromHost: true,
      policy: DEFAULT_POLICY,
      now: new Date('2026-11-23T12:00:00Z'),
    });
    const markdown = renderMarkdown(result);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('## STIG gate');
    expect(lines[2]).toBe(
      '❌ **Gate failed:** 46 new failures at low severity (CAT III) or higher (8 still failing, 2 inherited from host)',
    );
    const html = renderGfm(markdown);
    // XCCDF results hold no OVAL results: no cause to show, and the report says where the evidence is.
    expect(markdown).not.toContain('### New failures');
    const newTable =
      /<details><summary>All 46 new failures: severity, title<\/summary>\s*<p><em>Why each rule fails is in the ARF[\s\S]*?<\/p>\s*<table>([\s\S]*?)<\/table>/.exec(
        html,
      )?.[1] ?? '';
    expect(newTable.match(/<tr>/g)).toHaveLength(47);
    expect(newTable).toContain('SV-263652');
    expect(newTable).toContain('<td>CAT I (high)</td>');
    expect(html).toMatch(/<details><summary>Still failing \(8\)<\/summary>/);
    expect(html).toMatch(
      /<details><summary>Inherited from host \(2\)<\/summary>[\s\S]*<strong>aslr<\/strong>/,
    );
    const at = (text: string) => markdown.indexOf(text);
    expect(markdown).toContain(
      '**Baseline:** container d21becbcd84b (its results do not name the image), scanned 2026-11-23 06:05 UTC\n',
    );
    expect(at('| New failures |')).toBeLessThan(at('**Baseline:** container d21becbcd84b'));
    expect(at('**Baseline:**')).toBeLessThan(at('**What to do:**'));
    expect(at('**What to do:**')).toBeLessThan(at('All 46 new failures'));
    expect(at('All 46 new failures')).toBeLessThan(at('ready-to-commit .stig-gate/waivers.yml'));
    expect(at('ready-to-commit .stig-gate/waivers.yml')).toBeLessThan(at('Still failing (8)'));
    expect(at('Still failing (8)')).toBeLessThan(at('The scans compared'));
    expect(markdown).not.toContain('full list is in');
  });

  it('a passing comparison says so and lists the fixed rules', async () => {
    const result = await gateFiles({
      current: CLEAN_RESULTS,
      baseline: REMOTE_ACCESS_RESULTS,
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
    });
    const markdown = renderMarkdown(result);
    expect(markdown).toMatch(/^## STIG gate\n\n✅ \*\*Gate passed:\*\* no new failures/);
    expect(markdown).toContain('### Fixed (46)');
    expect(markdown).not.toContain('### New failures');
  });
});

describe('renderMarkdown: what the reader must know sits beside the verdict', () => {
  const anchor = outcome(stigRuleId(1), 'fail');

  it('a baseline of another profile is a notice right under the verdict, not a warning at the bottom', () => {
    const result = evaluateGate({
      current: scan([anchor]),
      baseline: scan([outcome(stigRuleId(1), 'pass')], { profile: { id: 'xccdf_other_profile' } }),
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date('2026-11-23T12:00:00Z'),
      baselineFrom: 'image app:base, scanned in this run, as no artifact a exists yet',
    });
    const lines = renderMarkdown(result).split('\n');
    expect(lines[2]).toMatch(/^❌ \*\*Gate failed:\*\*/);
    expect(lines[4]).toMatch(
      /^> ⚠️ \*\*Notice:\*\* the baseline was scanned with profile xccdf\\_other\\_profile/,
    );
    expect(renderGfm(lines.join('\n'))).toMatch(
      /<blockquote>\s*<p>⚠️ <strong>Notice:<\/strong> the baseline was scanned/,
    );
    expect(result.warnings).toEqual([]);
    // Under the counts, by the image it scanned and when, and where it came from; the full line folded below.
    expect(lines.find((line) => line.startsWith('**Baseline:**'))).toMatch(
      /^\*\*Baseline:\*\* target-1, scanned .* \(image app:base, scanned in this run, as no artifact a exists yet\)$/,
    );
    expect(
      lines.some((line) =>
        line.startsWith('**Baseline:** image app:base, scanned in this run, as no artifact a exists yet — '),
      ),
    ).toBe(true);
  });

  it('no notice and no "from" when there is nothing to say', () => {
    const result = evaluateGate({
      current: scan([anchor]),
      baseline: scan([outcome(stigRuleId(1), 'pass')]),
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date('2026-11-23T12:00:00Z'),
    });
    expect(renderMarkdown(result)).not.toContain('Notice');
  });
});

describe("renderMarkdown stays under GitHub's comment limit", () => {
  function bigResult(failures: number): GateResult {
    const title = (i: number) =>
      `Synthetic rule ${i}: the operating system must ${'do something important and specific '.repeat(6)}`;
    const current = scan([
      ...Array.from({ length: failures }, (_x, i) =>
        outcome(stigRuleId(100_000 + i), 'fail', (['high', 'medium', 'low'] as const)[i % 3], {
          title: title(i),
        }),
      ),
      ...Array.from({ length: 3 }, (_x, i) => outcome(stigRuleId(900_000 + i), 'pass', 'medium')),
      ...Array.from({ length: 500 }, (_x, i) =>
        outcome(stigRuleId(800_000 + i), 'fail', 'medium', { title: title(i) }),
      ),
    ]);
    const baseline = scan([
      ...Array.from({ length: 3 }, (_x, i) => outcome(stigRuleId(900_000 + i), 'fail', 'medium')),
      ...Array.from({ length: 500 }, (_x, i) => outcome(stigRuleId(800_000 + i), 'fail', 'medium')),
    ]);
    return evaluateGate({
      current,
      baseline,
      inheritedFromHost: false,
      policy: DEFAULT_POLICY,
      now: new Date(0),
    });
  }

  it('a 2,000-failure comparison is cut to fit, longest sections first, and says where the full list is', () => {
    const result = bigResult(2000);
    expect(result.counts).toMatchObject({ newFailures: 2000, stillFailing: 500, fixed: 3 });
    const started = performance.now();
    const markdown = renderMarkdown(result, {
      fullReportHint: 'the `stig-gate-report` artifact of this run',
    });
    const elapsed = performance.now() - started;
    const size = Buffer.byteLength(markdown, 'utf8');
    expect(size).toBeLessThanOrEqual(DEFAULT_MARKDOWN_MAX);
    expect(DEFAULT_MARKDOWN_MAX).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(size).toBeGreaterThan(DEFAULT_MARKDOWN_MAX * 0.9); // cut no more than needed
    expect(elapsed).toBeLessThan(2000);

    const html = renderGfm(markdown);
    const rows = (heading: RegExp) =>
      (new RegExp(`${heading.source}[\\s\\S]*?<table>([\\s\\S]*?)</table>`).exec(html)?.[1]?.match(/<tr>/g)
        ?.length ?? 1) - 1;
    const shownNew = rows(/<summary>All 2000 new failures: severity, title<\/summary>/);
    const shownStill = rows(/<summary>Still failing \(500\)<\/summary>/);
    expect(rows(/<h3>Fixed \(3\)<\/h3>/)).toBe(3); // the short section stays whole
    expect(shownNew).toBeGreaterThan(50);
    expect(shownStill).toBeGreaterThan(50);
    expect(shownNew).toBeLessThan(2000);
    expect(markdown).toContain(
      `_Showing ${shownNew} of 2000 to keep this under GitHub's size limit; the full list is in the \`stig-gate-report\` artifact of this run._`,
    );
    expect(markdown).toContain(`_Showing ${shownStill} of 500 to keep this under`);
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
    console.log(
      `2,000 new + 500 still failing: ${size} bytes, ${shownNew} + ${shownStill} rows shown, ${elapsed.toFixed(0)} ms`,
    );
  });

  it.each([[20_000], [5_000], [1_500]])('fits any limit (%i bytes) and still shows the verdict', (limit) => {
    const markdown = renderMarkdown(bigResult(300), { maxLength: limit });
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(limit);
    expect(markdown).toContain('❌ **Gate failed:** 300 new failures');
  });

  it('the waivers file stays one code block whatever backticks a rule id from the file holds', () => {
    const hostileId = 'xccdf_x_rule_```` ``` </details> ```';
    const current = scan([outcome(hostileId, 'fail', 'high'), outcome(stigRuleId(2), 'fail')]);
    const markdown = renderMarkdown(
      evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: new Date(0) }),
    );
    expect(markdown).toContain('`````yaml\n');
    const html = renderGfm(markdown);
    expect(html.match(/<pre>/g)).toHaveLength(1);
    const block = /<pre><code class="language-yaml">([\s\S]*?)<\/code><\/pre>/.exec(html)![1]!;
    expect(visibleText(block)).toContain(`- rule: ${JSON.stringify(hostileId)}`);
    expect(visibleText(block)).toContain('- rule: "SV-2"');
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
  });

  it('clips a huge title instead of letting it crowd out the rest', () => {
    const current = scan([
      outcome(stigRuleId(1), 'fail', 'high', { title: 'A'.repeat(100_000) }),
      outcome(stigRuleId(2), 'fail'),
    ]);
    const markdown = renderMarkdown(
      evaluateGate({ current, inheritedFromHost: false, policy: DEFAULT_POLICY, now: new Date(0) }),
    );
    expect(markdown.length).toBeLessThan(3_000);
    expect(markdown).toContain(`${'A'.repeat(299)}…`);
    expect(markdown).toContain('SV-2');
  });
});
