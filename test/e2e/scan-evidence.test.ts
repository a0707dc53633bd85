/**
 * Evidence from real scans: targets derived here from the testenv's images (a `docker run --network none`
 * that changes a few files, then `docker commit`; removed afterwards), scanned with the real scanner,
 * gated against the clean target and rendered in every format. Each finding is checked against what the
 * image really holds, read back from it with docker.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, evaluateGate } from '../../src/gate/index.js';
import type { GateResult } from '../../src/gate/types.js';
import { gateJson } from '../../src/report/gate-json.js';
import { gateText } from '../../src/report/gate-text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { OvalEvidence, ScanResults } from '../../src/results/model.js';
import { execDockerRunner } from '../../src/scan/runner.js';
import { scanImage } from '../../src/scan/scan.js';
import { GITHUB_LINKED_PATTERNS, renderGfm, tags, visibleText } from '../report/gfm.js';
import { acquireEngineLock, requireEngine } from './support/engine.js';
import { outputDir, PROFILE, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();
const docker = execDockerRunner();

/** A password hash in the derived image's /etc/shadow: it must reach no report. */
const HASH = '$6$saltsalt$Qm8uXq3ZsecretHASHvalue0123456789abcdefABCDEF/.';
/** An account name (no colon: shadow's separator) and an apk repository line an attacker chose. */
const HOSTILE_ACCOUNT = '<b>@admin</b>[x](//e.vil)|pipe_*';
const HOSTILE_LINE =
  '<img src=x onerror=alert(1)> @octocat [click](http://evil.example/x) **bold** `code` #12 www.evil.example';
const CONTROL_LINE = 'ctl\u001b[31mred\u0007bell';
const BUNDLE = 'not a real CA bundle\n';

/** The scripts that derive each target (run as root with /bin/sh in the base image). */
const DERIVED = {
  // The remote-access target plus the world-writable-log change: two unrelated causes.
  twoCauses: 'chown 65534:65534 /var/log && chmod 0777 /var/log',
  hostile: [
    'mkdir -p /etc/apk',
    // Only the first matching line is collected (instance 1): one line carries every payload.
    `printf '%s\\n' '# a comment is skipped' "$HOSTILE $CONTROL" https://ok.example/main > /etc/apk/repositories`,
    `printf '%s\\n' "$ACCOUNT:$HASH:19000:0:99999:7:::" >> /etc/shadow`,
  ].join(' && '),
  // A CA bundle whose stamp file records another digest, and SSL_CERT_FILE set elsewhere (commit --change).
  hash: [
    'mkdir -p /etc/ssl/certs',
    `printf 'not a real CA bundle\\n' > /etc/ssl/certs/ca-certificates.crt`,
    `printf '%s  ca-certificates.crt\\n' ${'0'.repeat(64)} > /etc/ssl/certs/.ca-certificates.crt.sha256`,
  ].join(' && '),
};

async function dockerOk(args: string[]): Promise<string> {
  const result = await docker(args);
  if (result.exitCode !== 0) throw new Error(`docker ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

const derivedImages: string[] = [];

/**
 * On every container made here: the engine is shared, and other test runs' container checks pass over
 * containers labelled with another scan's id (and those whose names do not start with stig-gate-).
 */
const LABEL = ['--label', `stig-gate.scan=evidence-test-${process.pid}`];

async function derive(base: string, name: string, script: string, changes: string[] = []): Promise<string> {
  const tag = `stig-gate-test/i12b-evidence-${name}:${process.pid}`;
  const container = `evidence-test-${name}-${process.pid}`;
  await dockerOk([
    'run',
    ...LABEL,
    '--name',
    container,
    '--network',
    'none',
    '--user',
    '0:0',
    '--env',
    `HASH=${HASH}`,
    '--env',
    `ACCOUNT=${HOSTILE_ACCOUNT}`,
    '--env',
    `HOSTILE=${HOSTILE_LINE}`,
    '--env',
    `CONTROL=${CONTROL_LINE}`,
    '--entrypoint',
    '/bin/sh',
    base,
    '-ec',
    script,
  ]);
  try {
    await dockerOk(['commit', ...changes.flatMap((c) => ['--change', c]), container, tag]);
  } finally {
    await docker(['rm', '--force', container]);
  }
  derivedImages.push(tag);
  return tag;
}

/** What the image holds, read with a fresh container of it. */
async function inImage(image: string, ...command: string[]): Promise<string> {
  return dockerOk([
    'run',
    ...LABEL,
    '--rm',
    '--network',
    'none',
    '--entrypoint',
    command[0]!,
    image,
    ...command.slice(1),
  ]);
}

async function scanOf(image: string, label: string): Promise<ScanResults> {
  const output = await scanImage({
    image,
    scannerImage: env!.images.scanner,
    profile: PROFILE,
    mode: 'container',
    pull: image.startsWith('stig-gate-test/') ? 'never' : 'missing',
    outputDir: await outputDir(`evidence-${label}`),
  });
  return output.results;
}

function gate(current: ScanResults, baseline: ScanResults): GateResult {
  return evaluateGate({
    current,
    baseline,
    inheritedFromHost: false,
    policy: DEFAULT_POLICY,
    now: new Date('2026-12-01T00:00:00Z'),
  });
}

/** Every report stig-gate writes for a result, as text. */
function allReports(result: GateResult): Record<string, string> {
  return {
    markdown: renderMarkdown(result),
    json: JSON.stringify(gateJson(result)),
    sarif: JSON.stringify(renderSarif(result)),
    text: gateText(result),
  };
}

describe.skipIf(!env)('evidence from real scans of derived targets', () => {
  let release: (() => Promise<void>) | undefined;
  const images: Record<string, string> = {};
  const scans: Record<string, ScanResults> = {};

  beforeAll(async () => {
    release = await acquireEngineLock();
    images.clean = env!.images.clean;
    images.remoteAccess = env!.images.remoteAccess;
    [images.twoCauses, images.hostile, images.hash] = await Promise.all([
      derive(env!.images.remoteAccess, 'two-causes', DERIVED.twoCauses),
      derive(env!.images.clean, 'hostile', DERIVED.hostile),
      derive(env!.images.clean, 'hash', DERIVED.hash, ['ENV SSL_CERT_FILE=/etc/evil.crt']),
    ]);
    // Two scans at a time: the machine has two cores.
    const labels = Object.keys(images);
    for (let i = 0; i < labels.length; i += 2) {
      const batch = labels.slice(i, i + 2);
      const done = await Promise.all(batch.map((label) => scanOf(images[label]!, label)));
      batch.forEach((label, j) => (scans[label] = done[j]!));
    }
  }, 600_000);

  afterAll(async () => {
    for (const image of derivedImages) await docker(['image', 'rm', '--force', image]);
    await removeMadeDirs();
    await release?.();
  });

  it('remote access against the clean baseline: one group of all 46 new failures, naming the file and the package', async () => {
    expect(await inImage(images.remoteAccess!, 'grep', '-x', 'P:dropbear', '/usr/lib/apk/db/installed')).toBe(
      'P:dropbear\n',
    );
    const result = gate(scans.remoteAccess!, scans.clean!);
    expect(result.counts.newFailures).toBe(46);
    const markdown = renderMarkdown(result);
    const headings = markdown.match(/^### .*New failures.*$/gm);
    expect(headings).toEqual(['### New failures: 46 rules fail on one finding']);
    const html = renderGfm(markdown);
    const group = /<h3>New failures: 46 rules[\s\S]*?<\/table>/.exec(html)![0];
    expect(visibleText(group).replace(/\s+/g, ' ')).toContain('/usr/lib/apk/db/installed has P:dropbear');
    expect(group.match(/<tr>/g)).toHaveLength(47);

    const json = gateJson(result);
    expect(json.newFailureGroups).toHaveLength(1);
    expect(json.newFailureGroups[0]).toMatchObject({ summary: '/usr/lib/apk/db/installed has P:dropbear' });
    expect(json.newFailureGroups[0]!.ruleIds).toHaveLength(46);
    const sarif = renderSarif(result);
    const remote = sarif.runs[0]!.results.find((r) => r.ruleId.includes('SV-263652'))!;
    expect(remote.message.text).toContain('Why: /usr/lib/apk/db/installed has P:dropbear');
    expect(remote.properties.evidence).toContain('    found: /usr/lib/apk/db/installed has P:dropbear');
    expect(gateText(result)).toMatch(
      /SV-263652 .*\n {6}why: \/usr\/lib\/apk\/db\/installed has P:dropbear\n/,
    );
  });

  it('a target breaking two unrelated rules shows two groups', async () => {
    expect(await inImage(images.twoCauses!, 'stat', '-c', '%A %u:%g', '/var/log')).toBe(
      'drwxrwxrwx 65534:65534\n',
    );
    const result = gate(scans.twoCauses!, scans.clean!);
    const headings = renderMarkdown(result).match(/^### .*New failures.*$/gm);
    expect(headings).toEqual([
      '### New failures: 46 rules fail on one finding',
      '### New failures: 3 rules fail on one finding',
    ]);
    expect(gateJson(result).newFailureGroups.map((g) => g.summary)).toEqual([
      '/usr/lib/apk/db/installed has P:dropbear',
      '/var/log is drwxrwxrwx, owner 65534:65534; expected group_id 0, user_id 0',
    ]);
    // file_test: the item's mode and owner, as the scan collected them.
    const varlog = result.newFailures.find(
      (r) => r.evidence?.kind === 'oval' && r.evidence.definitionId.includes('varlog'),
    );
    const test = (varlog!.evidence as OvalEvidence).tests[0]!;
    expect(test).toMatchObject({ type: 'file_test', object: { flag: 'complete' } });
    expect(test.items[0]!.fields).toEqual(
      expect.arrayContaining([
        { name: 'path', value: '/var/log' },
        { name: 'user_id', value: '65534' },
        { name: 'owrite', value: 'true' },
      ]),
    );
  });

  it('filehash58 and environmentvariable58: the hash of the file in the image, and the variable it sets', async () => {
    const digest = createHash('sha256').update(BUNDLE).digest('hex');
    expect(await inImage(images.hash!, 'sha256sum', '/etc/ssl/certs/ca-certificates.crt')).toBe(
      `${digest}  /etc/ssl/certs/ca-certificates.crt\n`,
    );
    const config = JSON.parse(
      await dockerOk(['image', 'inspect', '--format', '{{json .Config.Env}}', images.hash!]),
    ) as string[];
    expect(config).toContain('SSL_CERT_FILE=/etc/evil.crt');

    const rule = scans.hash!.rules.find((r) => r.stig.ruleId === 'SV-263659')!;
    const evidence = rule.evidence as OvalEvidence;
    const hashTest = evidence.tests.find((t) => t.type === 'filehash58_test')!;
    expect(hashTest.items).toHaveLength(1);
    expect(hashTest.items[0]!.fields).toEqual(
      expect.arrayContaining([
        { name: 'filepath', value: '/etc/ssl/certs/ca-certificates.crt' },
        { name: 'hash', value: digest },
      ]),
    );
    // The digest the stamp file records, through the test's variable.
    expect(hashTest.state!.fields).toContainEqual({
      name: 'hash',
      value: '0'.repeat(64),
      operation: 'case insensitive equals',
    });
    const variableTest = evidence.tests.find((t) => t.type === 'environmentvariable58_test')!;
    expect(variableTest.items[0]!.fields).toEqual(
      expect.arrayContaining([
        { name: 'name', value: 'SSL_CERT_FILE' },
        { name: 'value', value: '/etc/evil.crt' },
      ]),
    );
  });

  it('textfilecontent54, SCE and "does not exist" on the clean target, as the image holds', async () => {
    const exists = await docker([
      'run',
      ...LABEL,
      '--rm',
      '--network',
      'none',
      '--entrypoint',
      'test',
      images.clean!,
      '-e',
      '/usr/lib/apk/db/installed',
    ]);
    expect(exists.exitCode).toBe(1);
    const openssl = scans.clean!.rules.find((r) => r.stig.ruleId === 'SV-203739')!.evidence as OvalEvidence;
    const apk = openssl.tests.find((t) => t.id === 'oval:org.OpenSsl:tst:3')!;
    expect(apk).toMatchObject({
      type: 'textfilecontent54_test',
      object: { flag: 'does not exist' },
      items: [],
    });
    expect(scans.clean!.rules.find((r) => r.stig.ruleId === 'SV-203754')!.evidence).toEqual({
      kind: 'sce',
      script: './AslrCheck.sh',
      output: ['ASLR not configured correctly'],
      outputOmitted: 0,
    });
  });

  it('a hostile image renders inert in every report, and its password hash is in none', async () => {
    const shadow = await inImage(images.hostile!, 'tail', '-n', '1', '/etc/shadow');
    expect(shadow).toBe(`${HOSTILE_ACCOUNT}:${HASH}:19000:0:99999:7:::\n`);
    const result = gate(scans.hostile!, scans.clean!);
    const reports = allReports(result);
    for (const [name, text] of Object.entries(reports)) {
      expect(text, name).not.toContain(HASH);
      expect(text, name).not.toContain('Qm8uXq3Zsecret');
      // eslint-disable-next-line no-control-regex
      expect(text, name).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
    // The account is named, its password field described.
    const shadowRule = result.newFailures.find(
      (r) =>
        r.evidence?.kind === 'oval' && r.evidence.tests[0]?.object?.fields.some((f) => f.value === 'shadow'),
    )!;
    const item = (shadowRule.evidence as OvalEvidence).tests[0]!.items[0]!;
    expect(item.fields).toContainEqual({
      name: 'text',
      value: `${HOSTILE_ACCOUNT}:[password hash redacted]:`,
      redacted: true,
    });

    const html = renderGfm(reports.markdown!);
    const allowed =
      // pre and code class="language-yaml": the folded, ready-to-commit waivers file (#21).
      /^<\/?(h2|h3|p|table|thead|tbody|tr|th|td|details|summary|strong|em|ul|li|br|code|pre)( style="text-align:right"| class="language-yaml")?\s*\/?>$/;
    expect(tags(html).filter((tag) => !allowed.test(tag))).toEqual([]);
    const text = visibleText(html);
    for (const [name, pattern] of GITHUB_LINKED_PATTERNS) expect(text, name).not.toMatch(pattern);
    // Still readable: the payloads show as the literal text they were (zero-width breaks aside).
    const plain = text.replace(/\u200b/g, '');
    expect(plain).toContain(HOSTILE_LINE);
    // The control characters are gone (OpenSCAP or the escaping dropped them), their neighbours shown.
    expect(plain).toMatch(/www\.evil\.example ctl ?\[31mred ?bell/);
    expect(plain).toContain(`${HOSTILE_ACCOUNT}:[password hash redacted]:`);
  });
});
