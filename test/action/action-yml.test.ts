/** action.yml and the code must agree: every input it declares is read, every output it declares is set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../src/inputs/action-inputs.js';
import { OUTPUT_NAMES, actionOutputs } from '../../src/publish/outputs.js';
import { REPO_ROOT } from '../support/paths.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const actionYml = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares exactly the inputs getInputs reads, in the same order', () => {
    expect(Object.keys(actionYml.inputs)).toEqual([...INPUT_NAMES]);
  });

  it('states the same defaults the code applies to empty inputs', () => {
    const declared = Object.fromEntries(
      Object.entries(actionYml.inputs)
        .filter(([name, input]) => input.default !== undefined && name !== 'github-token')
        .map(([name, input]) => [name, String(input.default)]),
    );
    expect(declared).toEqual(INPUT_DEFAULTS);
    expect(actionYml.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('marks no input as required (image or images, checked by getInputs), and describes every input', () => {
    const required = Object.entries(actionYml.inputs).filter(([, input]) => input.required === true);
    expect(required.map(([name]) => name)).toEqual([]);
    for (const [name, input] of Object.entries(actionYml.inputs))
      expect(input.description, name).not.toBe('');
  });

  it('declares exactly the outputs the action sets', () => {
    expect(Object.keys(actionYml.outputs)).toEqual([...OUTPUT_NAMES]);
    const produced = actionOutputs(undefined, 'x', {}, {});
    expect(Object.keys(produced)).toEqual([...OUTPUT_NAMES]);
  });

  it('runs the bundle on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
