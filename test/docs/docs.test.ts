/**
 * The docs a new user pastes from: every relative link resolves (file and heading), every YAML block
 * parses, and every workflow (in the docs and .github/workflows) has the permissions its steps need, tags
 * nothing before the gate, and keeps the default scan mode. The checker is shown to catch each fault.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages, headingAnchors, markdownProblems, workflowProblems } from '../support/doc-checks.js';
import { REPO_ROOT } from '../support/paths.js';

const workflowsDir = join(REPO_ROOT, '.github/workflows');

describe('the docs as they are', () => {
  it.each(docPages(REPO_ROOT).map((file) => [relative(REPO_ROOT, file), file]))(
    '%s: links resolve, YAML parses, workflows have their permissions',
    (_name, file) => {
      expect(markdownProblems(file, readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it.each(readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name)))(
    '.github/workflows/%s has the permissions its steps need',
    (name) => {
      expect(workflowProblems(readFileSync(join(workflowsDir, name), 'utf8'))).toEqual([]);
    },
  );

  it('the README leads: three lines, the two commands, then the pull request workflow and a contents list', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const firstScreen = readme.split('\n').slice(0, 40).join('\n');
    expect(firstScreen).toMatch(/^npm run demo /m);
    expect(firstScreen).toMatch(/^npm test /m);
    expect(readme.split('\n').length).toBeLessThan(200);
    expect(readme).toMatch(/## Contents\n/);
    expect(readme.indexOf('```yaml')).toBeLessThan(readme.indexOf('## Documentation'));
  });
});

describe('the checker catches each fault', () => {
  const page = join(REPO_ROOT, 'README.md');
  const workflow = (permissions: string, steps: string, on = 'pull_request') =>
    `on: ${on}\npermissions:\n${permissions}\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
  const gate = (withs: string) =>
    `      - uses: stig-gate/stig-gate@v1\n        with:\n          image: app:scan\n${withs}`;

  it.each([
    [1, '[x](docs/no-such-page.md)', /no-such-page\.md: no such file/],
    [2, '[x](docs/waivers.md#no-such-heading)', /no such heading/],
    [3, '[x](#nowhere)\n\n# Here', /#nowhere: no such heading/],
    [4, '[x](waivers.md)', /waivers\.md: no such file/],
    [5, '```yaml\nkey: [unclosed\n```', /YAML does not parse/],
  ])('%i. %j', (_n, text, problem) => {
    expect(markdownProblems(page, text)).toEqual([expect.stringMatching(problem)]);
  });

  it('a good link and a good anchor pass', () => {
    expect(
      markdownProblems(page, '[w](docs/waivers.md#format) [s](docs/scanning.md) [h](#here)\n\n# Here'),
    ).toEqual([]);
  });

  it.each([
    [
      1,
      'upload-sarif',
      '  contents: read\n  pull-requests: write',
      `${gate('          comment: never\n')}      - uses: github/codeql-action/upload-sarif@v3\n`,
      /upload-sarif needs security-events: write/,
    ],
    [2, 'the comment', '  contents: read', gate(''), /pull request comment needs pull-requests: write/],
    [
      3,
      'the artifact baseline',
      '  contents: read\n  pull-requests: write',
      gate('          baseline: artifact || image:app:before\n'),
      /baseline artifact lookup needs actions: read/,
    ],
    [
      4,
      'attest',
      '  contents: read\n  id-token: write',
      `${gate('          comment: never\n')}      - uses: actions/attest@v2\n`,
      /attestations: write/,
    ],
    [
      5,
      'a tag pushed before the gate',
      '  contents: read\n  pull-requests: write',
      `      - run: docker push ghcr.io/o/app:v1\n${gate('')}`,
      /pushes a tag before the gate/,
    ],
    [
      6,
      'the socket-holding mode',
      '  contents: read\n  pull-requests: write',
      gate('          scan-mode: container\n'),
      /scan-mode container hands the scanner/,
    ],
    [
      7,
      'read where write is needed',
      '  contents: read\n  pull-requests: read',
      gate(''),
      /needs pull-requests: write/,
    ],
  ])('%i. %s', (_n, _what, permissions, steps, problem) => {
    expect(workflowProblems(workflow(permissions, steps))).toEqual([expect.stringMatching(problem)]);
  });

  it('a socket-holding mode named through the matrix is caught too', () => {
    const text = `on: push\npermissions:\n  contents: read\njobs:\n  j:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        include:\n          - mode: rootfs\n          - mode: image\n    steps:\n${gate('          scan-mode: ${{ matrix.mode }}\n')}`;
    expect(workflowProblems(text)).toEqual([expect.stringMatching(/scan-mode image hands the scanner/)]);
  });

  it("a job's own permissions replace the workflow's", () => {
    const text = `on: pull_request\npermissions:\n  pull-requests: write\njobs:\n  j:\n    permissions:\n      contents: read\n    runs-on: ubuntu-latest\n    steps:\n${gate('')}`;
    expect(workflowProblems(text)).toEqual([expect.stringMatching(/needs pull-requests: write/)]);
  });

  it('on push there is no comment to ask a permission for', () => {
    expect(workflowProblems(workflow('  contents: read', gate(''), 'push'))).toEqual([]);
  });

  it("today's (before this change) README fails: its PR workflow uploads SARIF without security-events: write", () => {
    const prWorkflow = `name: STIG
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  actions: read # find the baseline artifact of the default branch
  pull-requests: write # the sticky comment

jobs:
  stig:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build the image
        run: docker build --tag app:scan .
      - id: stig
        uses: stig-gate/stig-gate@v1
        with:
          image: app:scan
          baseline: artifact
          fail-on: new
          comment: on-failure
      - name: Upload SARIF to code scanning
        if: always() && steps.stig.outputs.sarif-path != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: \${{ steps.stig.outputs.sarif-path }}
          category: stig-gate
`;
    expect(workflowProblems(prWorkflow)).toEqual(['job stig: upload-sarif needs security-events: write']);
  });

  it('anchors are made as GitHub makes them', () => {
    expect([...headingAnchors('# Many images: one step, or a matrix\n## `rule`\n## A\n## A')]).toEqual([
      'many-images-one-step-or-a-matrix',
      'rule',
      'a',
      'a-1',
    ]);
  });
});
