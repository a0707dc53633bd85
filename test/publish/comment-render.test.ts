/**
 * The 46-failure comment (issue #21) as a reviewer sees it: the body the action posts, rendered like GitHub
 * (markdown-it as comments are, then checked against what GitHub's sanitizer keeps) and laid out by Chromium
 * at 1000 × 1200 px with GitHub's comment styles. What to do must be on that first screen: the verdict, the
 * cause and the folded waivers file. `STIG_GATE_SCREENSHOT=<png>` also saves that screen
 * (scripts/screenshot-comment.sh writes docs/images/comment-46-failures.png with it).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/gate/types.js';
import { parseWaivers } from '../../src/gate/waivers-file.js';
import type { RunContext } from '../../src/inputs/run-context.js';
import { commentText, gateComment } from '../../src/publish/publish.js';
import { MAX_COMMENT_CHARS, codePoints } from '../../src/publish/comment.js';
import { launchBrowser } from '../support/browser.js';
import { commentPage, renderComment, unsanitizedTags } from '../support/github-comment.js';
import { visibleText } from '../report/gfm.js';
import { REMOTE_ACCESS_IMAGE, remoteAccess46 } from '../report/remote-access-46.js';

const SCREEN = { width: 1000, height: 1200 };
const PROFILE = 'xccdf_basic_profile_.check';
const ARTIFACT_URL = 'https://github.com/acme/app/actions/runs/4242/artifacts/777';
const CONTEXT: RunContext = {
  owner: 'acme',
  repo: 'app',
  repository: 'acme/app',
  runId: 4242,
  serverUrl: 'https://github.com',
  eventName: 'pull_request',
  sha: 'f'.repeat(40),
  pullRequest: { number: 12, headSha: 'c0ffee'.padEnd(40, '0'), fromFork: false },
  workspace: '/github/workspace',
};
/** Scan text that would be markup if it were not escaped (a warning can quote a results file). */
const HOSTILE = '<img src=x onerror=alert(1)> <details open><summary>x</summary> @octocat';

/**
 * The 46-failure case with an expired waiver of the team's, for a rule that still fails (it must show under
 * the verdict), read from `.stig-gate/waivers.yml` in the working directory as the action does.
 */
async function withExpiredWaiver(): Promise<GateResult> {
  const workspace = await mkdtemp(join(tmpdir(), 'stig-gate-46w-'));
  await mkdir(join(workspace, '.stig-gate'));
  await writeFile(
    join(workspace, '.stig-gate', 'waivers.yml'),
    'waivers:\n  - rule: SV-203739\n    reason: FIPS provided by the host kernel (SEC-1234)\n' +
      '    owner: platform-security\n    expires: 2026-11-30\n',
  );
  const cwd = process.cwd();
  process.chdir(workspace);
  try {
    return await remoteAccess46({ waivers: '.stig-gate/waivers.yml' });
  } finally {
    process.chdir(cwd);
  }
}

function body(result: GateResult): string {
  return commentText(
    gateComment(result, { image: REMOTE_ACCESS_IMAGE, profile: PROFILE }, CONTEXT, {
      name: 'stig-gate-report',
      url: ARTIFACT_URL,
    }),
  );
}

describe('the 46-failure comment, rendered as GitHub does', () => {
  let browser: Browser;
  let result: GateResult;
  let markdown: string;
  let html: string;

  beforeAll(async () => {
    [browser, result] = await Promise.all([launchBrowser(), withExpiredWaiver()]);
    result.warnings.push(`a warning quoting scan text: ${HOSTILE}`);
    markdown = body(result);
    html = renderComment(markdown);
  });
  afterAll(async () => browser?.close());

  it('is the real case: 46 new failures, one cause, an expired waiver, within the limit', () => {
    expect(result.counts.newFailures).toBe(46);
    expect(result.expiredWaivers).toHaveLength(1);
    expect(markdown.startsWith('<!-- stig-gate:')).toBe(true);
    expect(codePoints(markdown)).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
  });

  it('keeps only markup GitHub keeps, and scan text as text', () => {
    expect(unsanitizedTags(html)).toEqual([]);
    expect(visibleText(html)).toContain('<img src=x onerror=alert(1)> <details open>');
    // The footer links the artifact; the run and nothing else of ours is a link.
    expect(html).toContain(`artifact <a href="${ARTIFACT_URL}"><code>stig-gate-report</code></a>`);
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
  });

  it('reads in order: verdict, expired waivers and warnings, baseline, cause, folded table, folded waivers', () => {
    const text = visibleText(html)
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ');
    const at = (needle: string) => {
      const index = text.indexOf(needle);
      expect(index, needle).toBeGreaterThan(-1);
      return index;
    };
    const order = [
      at('Gate failed: 46 new failures'),
      at('Waivers to review (1)'),
      at('Expired on 2026-11-30'),
      at('Warnings (1)'),
      at(
        'Baseline: 127.0.0.1:5000/stig-gate/target@sha256:768c48c880f2…, scanned 2026-12-08 00:24 UTC (artifact',
      ),
      at('New failures: 46 rules fail on one finding'),
      at('/usr/lib/apk/db/installed has P:dropbear'),
      at('All 46 new failures: severity, title and why'),
      at('ready-to-commit .stig-gate/waivers.yml for the 46 new failures'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the waivers file in it is refused as pasted and waives the 46 once filled in', () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(markdown)![1]!;
    expect(() => parseWaivers(yaml, '.stig-gate/waivers.yml')).toThrow(/'reason' is required/);
    const filled = yaml
      .replace(/reason: ""/g, 'reason: accepted in SEC-9')
      .replace(/owner: ""/g, 'owner: app-team')
      .replace(/expires: ""/g, 'expires: 2027-06-30');
    const waivers = parseWaivers(filled, '.stig-gate/waivers.yml');
    expect(waivers).toHaveLength(46);
    expect(new Set(waivers.flatMap((w) => w.images))).toEqual(new Set(['127.0.0.1:5000/stig-gate/target']));
  });

  it('shows the verdict, the cause and the waivers file on the first screen (1000 × 1200 px)', async () => {
    const page = await browser.newPage({ viewport: SCREEN });
    await page.setContent(commentPage(html), { waitUntil: 'load' });
    const bottom = async (selector: string, text: string) => {
      const box = await page.locator(`.markdown-body ${selector}`, { hasText: text }).first().boundingBox();
      return box ? box.y + box.height : -1;
    };
    const bottoms = {
      verdict: await bottom('p', 'Gate failed'),
      cause: await bottom('h3', 'rules fail on one finding'),
      finding: await bottom('li', 'P:dropbear'),
      rules: await bottom('li', 'CAT III (1)'),
      table: await bottom('summary', 'new failures: severity'),
      waivers: await bottom('summary', 'waivers.yml'),
    };
    const screenshot = process.env.STIG_GATE_SCREENSHOT;
    if (screenshot) await page.screenshot({ path: screenshot, clip: { x: 0, y: 0, ...SCREEN } });
    await page.close();
    console.log(`46-failure comment, px from the top: ${JSON.stringify(bottoms)}`);
    for (const [name, px] of Object.entries(bottoms)) {
      expect(px, name).toBeGreaterThan(0);
      expect(px, name).toBeLessThanOrEqual(SCREEN.height);
    }
  });
});
