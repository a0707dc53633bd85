/** The action's outputs for a set: one image keeps the single-image meaning; several are summed. */
import { beforeAll, describe, expect, it } from 'vitest';
import { gateFiles } from '../../src/pipeline/gate-files.js';
import { actionOutputs } from '../../src/publish/outputs.js';
import { setActionOutputs } from '../../src/publish/outputs.js';
import { gateJson, type GateJson } from '../../src/report/gate-json.js';
import type { GateResult } from '../../src/gate/types.js';
import type { SetMember } from '../../src/report/set-report.js';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

let result: GateResult;
let report: GateJson;
const files = {
  outputDir: '/out/a',
  resultsXml: '/out/a/results.xml',
  json: '/out/a/stig-gate.json',
  markdown: '/out/a/stig-gate.md',
  sarif: '/out/a/stig-gate.sarif',
};

beforeAll(async () => {
  result = await gateFiles({
    current: REMOTE_ACCESS_RESULTS,
    baseline: CLEAN_RESULTS,
    inheritedFromHost: false,
    policy: { failOn: 'new', severityThreshold: 'low' },
    image: 'ghcr.io/o/a:1',
  });
  report = gateJson(result);
});

describe('setActionOutputs', () => {
  it('one image: the same outputs as a single-image step', () => {
    const member: SetMember = {
      image: 'ghcr.io/o/a:1',
      artifactName: 'stig-gate-a',
      artifactId: 9,
      artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/9',
      outputDir: files.outputDir,
      jsonPath: files.json,
      report,
    };
    const set = setActionOutputs([member], () => files, { commentUrl: 'https://c' });
    const single = actionOutputs(result, undefined, files, {
      artifactName: 'stig-gate-a',
      artifactId: 9,
      artifactUrl: 'https://github.com/o/r/actions/runs/1/artifacts/9',
      commentUrl: 'https://c',
    });
    const { reason: setReason, 'images-json': setJson, ...setRest } = set;
    const { reason: singleReason, 'images-json': singleJson, ...singleRest } = single;
    expect(setRest).toEqual(singleRest);
    expect(setReason).toBe('gate failed: 1 of 1 image failed (ghcr.io/o/a:1), 46 new failures in all');
    expect(singleReason).toBe(result.reason);
    expect(JSON.parse(setJson)).toEqual(
      JSON.parse(singleJson).map((entry: object) => ({ ...entry, reason: result.reason })),
    );
  });

  it('several images: the set verdict, summed counts, no single-image paths', () => {
    const members: SetMember[] = [
      { image: 'a', artifactName: 'x', report },
      { image: 'b', artifactName: 'y', report },
      { image: 'c', artifactName: 'z', error: 'run scanner failed: boom' },
    ];
    const outputs = setActionOutputs(members, () => files, { outputDir: '/out' });
    expect(outputs).toMatchObject({
      verdict: 'error',
      'new-failures': '92',
      'still-failing': '20',
      failed: '112',
      'output-dir': '/out',
      'json-path': '',
      'artifact-name': '',
      'comment-url': '',
    });
    expect(JSON.parse(outputs['images-json']).map((i: { verdict: string }) => i.verdict)).toEqual([
      'fail',
      'fail',
      'error',
    ]);
  });
});
