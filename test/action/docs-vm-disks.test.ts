/** docs/vm-disks.md's Packer workflow uses only inputs the action has, names a disk and states its permissions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/inputs/action-inputs.js';
import { REPO_ROOT } from '../support/paths.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

const page = readFileSync(join(REPO_ROOT, 'docs/vm-disks.md'), 'utf8');
const workflows = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
  (match) =>
    parse(match[1]!) as {
      permissions?: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    },
);

it('the Packer workflow gates the disk it builds, with its permissions and only real inputs', () => {
  expect(workflows).toHaveLength(1);
  const workflow = workflows[0]!;
  expect(workflow.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write' });
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const gate = steps.find((step) => /(^|\/)stig-gate@/.test(step.uses ?? ''))!;
  expect(
    Object.keys(gate.with ?? {}).filter((name) => !(INPUT_NAMES as readonly string[]).includes(name)),
  ).toEqual([]);
  expect(gate.with?.disk).toBe('output/golden.qcow2');
  // The runner setup installs libguestfs and makes the kernel readable before the gate runs.
  const setup = steps
    .slice(0, steps.indexOf(gate))
    .map((step) => step.run ?? '')
    .join('\n');
  expect(setup).toMatch(/apt-get install .*libguestfs-tools/);
  expect(setup).toMatch(/chmod 0644 \/boot\/vmlinuz-\*/);
  expect(page).toMatch(/packer build .*golden\.pkr\.hcl # writes output\/golden\.qcow2/);
});
