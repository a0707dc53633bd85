/**
 * The workflows users copy (README.md, docs/workflows.md) and the example workflow in .github/workflows use
 * only inputs and outputs the action has, and docs/inputs-outputs.md describes every input and output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/inputs/action-inputs.js';
import { OUTPUT_NAMES } from '../../src/publish/outputs.js';
import { REPO_ROOT } from '../support/paths.js';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, { steps?: Step[]; permissions?: Record<string, string> }>;
}

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const recipes = readFileSync(join(REPO_ROOT, 'docs/workflows.md'), 'utf8');
const reference = readFileSync(join(REPO_ROOT, 'docs/inputs-outputs.md'), 'utf8');
const yamlOf = (text: string) => [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
const readmeWorkflows = yamlOf(readme);
const docWorkflows = yamlOf(recipes);
const exampleDir = join(REPO_ROOT, '.github/workflows');
const examples = readdirSync(exampleDir)
  .filter((file) => /^example-.*\.ya?ml$/.test(file))
  .map((file) => [file, readFileSync(join(exampleDir, file), 'utf8')] as const);

const isStigGate = (step: Step) => step.uses === './' || /(^|\/)stig-gate@/.test(step.uses ?? '');

function checkWorkflow(text: string): Step[] {
  const workflow = parse(text) as Workflow;
  const gateSteps = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).filter(isStigGate));
  for (const step of gateSteps) {
    expect(
      Object.keys(step.with ?? {}).filter((name) => !(INPUT_NAMES as readonly string[]).includes(name)),
    ).toEqual([]);
    expect(step.with?.image ?? step.with?.images, 'image or images is required').toBeTruthy();
  }
  const ids = new Set(gateSteps.map((step) => step.id).filter(Boolean));
  for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    if (ids.has(id)) expect(OUTPUT_NAMES, `steps.${id}.outputs.${output}`).toContain(output);
  }
  expect(
    workflow.permissions ?? Object.values(workflow.jobs)[0]?.permissions,
    'states its permissions',
  ).toBeDefined();
  return gateSteps;
}

describe('README.md and docs/workflows.md', () => {
  it('the README has the pull request workflow, the same as the one in docs/workflows.md', () => {
    expect(readmeWorkflows).toHaveLength(1);
    expect(checkWorkflow(readmeWorkflows[0]!)).toHaveLength(1);
    expect(docWorkflows[1]).toBe(readmeWorkflows[0]);
  });

  it('docs/workflows.md has the five workflows and the attestation one, each with only real inputs and outputs', () => {
    expect(docWorkflows).toHaveLength(6);
    expect(docWorkflows.map((text) => checkWorkflow(text).length)).toEqual([1, 1, 1, 1, 2, 1]);
  });

  it('the matrix workflow merges in a job that needs the matrix, with comment: never in the matrix', () => {
    const matrix = parse(docWorkflows[4]!) as Workflow & {
      jobs: Record<string, { needs?: string; if?: string; steps?: Step[] }>;
    };
    const [scan, merge] = Object.values(matrix.jobs).map((job) => job.steps!.find(isStigGate)!);
    expect(scan!.with).toMatchObject({ comment: 'never' });
    expect(merge!.with).toMatchObject({ merge: true });
    expect(matrix.jobs['stig-merge']).toMatchObject({ needs: 'stig', if: 'always()' });
  });

  it('asks for pull-requests: write and actions: read exactly where the comment and artifact baseline need them', () => {
    const [plain, review, release, set, matrix] = docWorkflows.map((text) => parse(text) as Workflow);
    expect(plain!.permissions).toEqual({ contents: 'read' });
    expect(review!.permissions).toEqual({
      contents: 'read',
      actions: 'read',
      'pull-requests': 'write',
      'security-events': 'write',
    });
    expect(release!.permissions).toEqual({ contents: 'read', packages: 'write' });
    expect(set!.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write' });
    expect(matrix!.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write' });
  });

  it('documents every input and output in its tables', () => {
    for (const name of INPUT_NAMES)
      expect(reference, `input ${name}`).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
    for (const name of OUTPUT_NAMES)
      expect(reference, `output ${name}`).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });
});

describe('.github/workflows/example-*.yml', () => {
  it.each(examples)('%s uses the action from the repo with real inputs and outputs', (_file, text) => {
    const steps = checkWorkflow(text);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((step) => step.uses === './')).toBe(true);
  });
});
