/**
 * The one-way flow of the design, from the pure core up to the entry points:
 *   results → gate → report → assessor (the core: plain data in, plain data out) → content (the data
 *   stream's reach)
 *   → scan (the docker/oscap adapter, which makes results) → inputs (the action's inputs, the run)
 *   → pipeline (one image's run, its files) → publish (artifact, summary, comment, outputs)
 *   → action, cli (the two faces) → main.ts, cli.ts, index.ts.
 * A folder imports only itself and the folders before it (errors.ts is everyone's), and no file imports
 * itself back through others: a cycle, type imports included, is a failure. Static and dynamic imports count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

/** Each layer's place in the flow; the two faces (action, cli) share one: neither imports the other. */
const RANK: Record<string, number> = {
  errors: 0,
  results: 1,
  gate: 2,
  report: 3,
  assessor: 4,
  // The data stream's reach (what its checks can read), from the XML reader; the scanner extracts by it.
  content: 4.5,
  scan: 5,
  inputs: 6,
  pipeline: 7,
  publish: 8,
  action: 9,
  cli: 9,
  main: 10,
  index: 11,
};

/** Every .ts file under `src` with the files it imports (relative to `src`, `.ts`). */
export function importGraph(src: string): Map<string, string[]> {
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8');
    const targets = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)'/g)]
      .map((m) => normalize(join(dirname(file), m[1]!)).replace(/\.js$/, '.ts'))
      .filter((target) => target.endsWith('.ts'));
    graph.set(relative('.', file), targets);
  }
  return graph;
}

/** The folder (or top-level file) a source file belongs to: its layer. */
const layerOf = (file: string) => file.split('/')[0]!.replace(/\.ts$/, '');

/** Imports that point up the flow: to a later layer than the importer's, or to the other face. */
export function upwardImports(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const [from, to] = [layerOf(file), layerOf(target)];
      if (from === to) continue;
      if (!(from in RANK) || !(to in RANK) || RANK[to]! >= RANK[from]!) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

/** Every import cycle, each as the files around it (one per strongly connected group). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

describe('the source imports down the flow only', () => {
  const graph = importGraph(join(REPO_ROOT, 'src'));

  it('reads every file and its imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('main.ts')).toContain('pipeline/image.ts');
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('has no import up the flow (each folder imports only itself and the folders before it)', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('finds a cycle and an upward import when there is one', () => {
    const broken = new Map([
      ['gate/a.ts', ['report/b.ts']],
      ['report/b.ts', ['gate/a.ts']],
    ]);
    expect(importCycles(broken)).toEqual([['gate/a.ts', 'report/b.ts']]);
    expect(upwardImports(broken)).toEqual(['gate/a.ts → report/b.ts']);
  });
});
