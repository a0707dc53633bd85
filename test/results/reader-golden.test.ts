/**
 * The reader's results on every real sample and the data stream are deep-equal to those of the reader
 * before fast-xml-parser replaced the hand-written fragment parser (golden written from that revision's
 * code by scripts/reader-golden.mjs; see test/support/reader-digest.mjs for what is compared).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultsFile } from '../../src/results/read.js';
import { readerDigest } from '../support/reader-digest.mjs';
import { SHARED_SCAP } from '../support/paths.js';

interface GoldenCase {
  file: string;
  options: { rules?: boolean };
  model?: Record<string, unknown>;
  rules?: string[];
  error?: { name: string; message: string };
}

const golden = JSON.parse(readFileSync(new URL('golden/readers.json', import.meta.url), 'utf8')) as {
  revision: string;
  cases: GoldenCase[];
};

describe(`the reader returns what the reader of ${golden.revision.slice(0, 7)} returned`, () => {
  it('covers every sample and the data stream, in full and without Rules', () => {
    expect(golden.cases.length).toBeGreaterThanOrEqual(10);
    expect(golden.cases.filter((c) => c.model).length).toBeGreaterThanOrEqual(6);
  });

  it.each(golden.cases.map((c) => [c.file, JSON.stringify(c.options), c] as const))(
    '%s %s',
    async (_file, _options, expected) => {
      const file = join(SHARED_SCAP, expected.file);
      const actual = (await readerDigest(file, () => readResultsFile(file, expected.options))) as GoldenCase;
      expect(actual.error).toEqual(expected.error);
      expect(actual.model).toEqual(expected.model);
      // Rule by rule, so that a difference names the rule.
      expect(actual.rules).toEqual(expected.rules);
    },
  );
});
