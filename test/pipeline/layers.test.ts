/**
 * The one-way flow of the design: results → gate → report → evidence (the assessor formats, which may use
 * the reports' wording). A lower layer never imports a higher one (the gate once imported
 * report/labels.ts for what counts as failing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const ORDER = ['results', 'gate', 'report', 'assessor'] as const;
/** Shared by every layer. */
const COMMON = new Set(['errors']);

function importsOf(layer: string): { file: string; target: string }[] {
  const dir = join(REPO_ROOT, 'src', layer);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(/\bfrom '\.\.\/([\w-]+)/g)].map((m) => ({
        file: `${layer}/${name}`,
        target: m[1]!.replace(/\.js$/, ''),
      })),
    );
}

describe('layers import only themselves and the layers below', () => {
  it.each(ORDER.map((layer, i) => [layer, ORDER.slice(0, i)] as const))('%s', (layer, below) => {
    const allowed = new Set<string>([...below, ...COMMON]);
    const imports = importsOf(layer);
    expect(imports.length + below.length).toBeGreaterThan(0);
    expect(imports.filter((i) => !allowed.has(i.target))).toEqual([]);
  });
});
