/**
 * The evidence names the file that failed, not the first files found (issue #24, point 8): real rootfs
 * scans, with both scanners, of `target:usrlib-nonroot` (one file under /usr/lib owned by uid 1000 among
 * ~1,200) and of a target derived here from the clean one whose bad file comes last of the ~1,200 in the
 * order oscap walks the tree (`/usr/lib/0000-stig-gate/0000-owned-by-1000.conf`: the extracted tree is
 * walked in reverse name order, so the name sorting first comes last; checked from the ARF).
 * SV-203675 and SV-203716 fail on it; the JSON evidence, the Markdown "why" and the CKL's finding
 * details name it.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, evaluateGate } from '../../src/gate/index.js';
import type { GateResult } from '../../src/gate/types.js';
import { gatherScanFacts, writeEvidence } from '../../src/pipeline/assessor-files.js';
import { gateJson } from '../../src/report/gate-json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { execDockerRunner } from '../../src/scan/runner.js';
import { scanImage, type ScanOutput } from '../../src/scan/scan.js';
import { renderGfm, visibleText } from '../report/gfm.js';
import { acquireEngineLock, requireEngine, testScanners } from './support/engine.js';
import { outputDir, PROFILE, removeMadeDirs } from './support/fixtures.js';

const env = await requireEngine();
const docker = execDockerRunner();

const FILES_TEST = 'oval:org.LibraryPermissions:tst:1';
const RULES = ['SV-203675', 'SV-203716'];
const TARGETS = {
  'usrlib-nonroot': '/usr/lib/stig-gate/owned-by-1000.conf',
  'usrlib-last': '/usr/lib/0000-stig-gate/0000-owned-by-1000.conf',
} as const;
type Target = keyof typeof TARGETS;

const LABEL = ['--label', `stig-gate.scan=culprit-test-${process.pid}`];
let derived: string | undefined;

async function dockerOk(args: string[]): Promise<void> {
  const result = await docker(args);
  if (result.exitCode !== 0) throw new Error(`docker ${args.join(' ')} failed: ${result.stderr}`);
}

/** The clean target plus the bad file, in a directory that sorts first under /usr/lib. */
async function deriveLast(clean: string): Promise<string> {
  const tag = `stig-gate-test/culprit-usrlib-last:${process.pid}`;
  const container = `culprit-test-usrlib-last-${process.pid}`;
  const path = TARGETS['usrlib-last'];
  const script = `mkdir -p ${path.replace(/\/[^/]+$/, '')} && printf 'owned by uid 1000\\n' >${path} && chown 1000:1000 ${path} && chmod 644 ${path}`;
  await dockerOk(
    ['run', ...LABEL, '--name', container, '--network', 'none', '--user', '0:0'].concat([
      '--entrypoint',
      '/bin/sh',
      clean,
      '-ec',
      script,
    ]),
  );
  try {
    await dockerOk(['commit', container, tag]);
  } finally {
    await docker(['rm', '--force', container]);
  }
  return tag;
}

/** The position of the bad file's tested item among the files test's items in the ARF, and their count. */
function position(arf: string, path: string): { at: number; of: number } {
  const item = new RegExp(
    `<unix-sys:file_item id="(\\d+)"[^>]*>\\s*<unix-sys:filepath>${path.replace(/[.]/g, '\\.')}</unix-sys:filepath>`,
  ).exec(arf)![1]!;
  const test = new RegExp(`<test test_id="${FILES_TEST}"[^>]*>([\\s\\S]*?)</test>`).exec(arf)![1]!;
  const ids = [...test.matchAll(/item_id="(\d+)"/g)].map((m) => m[1]);
  return { at: ids.indexOf(item), of: ids.length };
}

describe.skipIf(!env).each(testScanners(env))(
  'the culprit named, rootfs mode with the $name scanner',
  (scanner) => {
    let release: (() => Promise<void>) | undefined;
    const outputs: Partial<Record<Target, ScanOutput>> = {};
    const results: Partial<Record<Target, GateResult>> = {};

    beforeAll(async () => {
      release = await acquireEngineLock();
      derived ??= await deriveLast(env!.images.clean);
      const images: Record<Target, string> = {
        'usrlib-nonroot': env!.images.usrlibNonroot,
        'usrlib-last': derived,
      };
      await Promise.all(
        (Object.keys(TARGETS) as Target[]).map(async (target) => {
          outputs[target] = await scanImage({
            image: images[target],
            scannerImage: scanner.image,
            profile: PROFILE,
            outputDir: await outputDir(`culprit-${target}`),
            pull: target === 'usrlib-last' ? 'never' : 'missing',
          });
          results[target] = evaluateGate({
            current: outputs[target].results,
            inheritedFromHost: false,
            policy: DEFAULT_POLICY,
            now: new Date('2026-12-01T00:00:00Z'),
            image: images[target],
          });
        }),
      );
    });

    afterAll(async () => {
      await removeMadeDirs();
      await release?.();
    });

    it('the bad file is one of ~1,200 items, past the first 50 the test result lists, and last in the derived tree', async () => {
      const positions = [];
      for (const target of Object.keys(TARGETS) as Target[]) {
        expect(outputs[target]!.mode, target).toBe('rootfs');
        positions.push(position(await readFile(outputs[target]!.resultsArf, 'utf8'), TARGETS[target]));
      }
      const [nonroot, last] = positions;
      expect(nonroot!.of).toBeGreaterThan(1100);
      expect(nonroot!.at, JSON.stringify(nonroot)).toBeGreaterThan(50);
      expect(last, JSON.stringify(last)).toEqual({ at: nonroot!.of - 1, of: nonroot!.of });
    });

    it.each(Object.keys(TARGETS) as Target[])(
      '%s: the JSON evidence names the file first, and only it',
      (target) => {
        const json = gateJson(results[target]!);
        for (const stigId of RULES) {
          const rule = json.newFailures.find((r) => r.stigId === stigId)!;
          if (rule.evidence?.kind !== 'oval') throw new Error(`${stigId}: no OVAL evidence`);
          const files = rule.evidence.tests.find((t) => t.id === FILES_TEST)!;
          expect(files).toMatchObject({ result: 'false', check: 'all', culprits: 1 });
          expect(
            files.items.map((item) => [item.fields.find((f) => f.name === 'filepath')?.value, item.culprit]),
          ).toEqual([[TARGETS[target], true]]);
          expect(files.items[0]!.fields).toContainEqual({
            name: 'user_id',
            value: '1000',
            operation: null,
            redacted: false,
          });
          expect(rule.evidence.summary).toMatch(
            new RegExp(
              `^${TARGETS[target]} is -rw-r--r--, owner 1000:1000 \\(1 of (\\d+) items failed the test; the other \\d+ passed\\); expected `,
            ),
          );
        }
        const group = json.newFailureGroups.find((g) => g.ruleIds.some((id) => id.includes('SV-203675')))!;
        expect(group.ruleIds.filter((id) => RULES.some((r) => id.includes(r)))).toHaveLength(2);
        expect(group.summary).toContain(`${TARGETS[target]} is -rw-r--r--, owner 1000:1000 (1 of `);
      },
    );

    it.each(Object.keys(TARGETS) as Target[])('%s: the Markdown "why" names the file', (target) => {
      // Each value is a <code> element: the text around it reads as spaces.
      const text = visibleText(renderGfm(renderMarkdown(results[target]!)))
        .replace(/[\s\u200b]+/g, ' ')
        .replace(/ ,/g, ',');
      expect(text).toMatch(
        new RegExp(
          `${TARGETS[target].replace(/[.]/g, '\\.')} is -rw-r--r--, owner 1000:1000 \\(1 of \\d+ items failed the test; the other \\d+ passed\\)`,
        ),
      );
    });

    it.each(Object.keys(TARGETS) as Target[])(
      "%s: the CKL's finding details name the file",
      async (target) => {
        const dir = await outputDir(`culprit-ckl-${target}`);
        const output = outputs[target]!;
        const paths = await writeEvidence({
          result: results[target]!,
          current: output.results,
          facts: await gatherScanFacts({ results: output.results, mode: output.mode }),
          formats: ['ckl'],
          dir,
          artifactFiles: [],
        });
        const ckl = await readFile(paths.ckl!, 'utf8');
        for (const stigId of RULES) {
          const vuln = ckl.split('<VULN>').find((v) => v.includes(`${stigId}r`))!;
          const details = /<FINDING_DETAILS>([\s\S]*?)<\/FINDING_DETAILS>/.exec(vuln)![1]!;
          expect(details).toContain(`found: ${TARGETS[target]} is -rw-r--r--, owner 1000:1000 (1 of `);
        }
      },
    );
  },
);

afterAll(async () => {
  if (derived) await docker(['image', 'rm', '--force', derived]);
});
