/**
 * Writing the assessor evidence from a CLI command (`evidence`, `scan`): the facts it has, the files it
 * wrote, one line on stderr naming them.
 */
import { readFile } from 'node:fs/promises';
import type { ScanFacts } from '../assessor/model.js';
import type { EvidenceFormat } from '../assessor/format-names.js';
import { readRunContext, workflowRunOf } from '../inputs/run-context.js';
import { gatherScanFacts, writeEvidence, type FactSources } from '../pipeline/assessor-files.js';
import type { GateOutcome } from './compare.js';
import type { CliIo } from './io.js';

/** The workflow run, when the CLI runs in a GitHub Actions job: named as the action names it. */
export async function workflowRunFromEnv(env: NodeJS.ProcessEnv): Promise<ScanFacts['workflowRun']> {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  const payload: unknown = env.GITHUB_EVENT_PATH
    ? await readFile(env.GITHUB_EVENT_PATH, 'utf8').then(
        (text) => JSON.parse(text) as unknown,
        () => undefined,
      )
    : undefined;
  try {
    return workflowRunOf(readRunContext(env, payload, process.cwd()));
  } catch {
    // A job without GITHUB_REPOSITORY/GITHUB_RUN_ID is not one we can name: the manifest then says none.
    return undefined;
  }
}

/** Writes the evidence for a gated outcome into `dir` and names the files on stderr. */
export async function writeCliEvidence(
  outcome: GateOutcome,
  sources: Omit<FactSources, 'results'>,
  formats: readonly EvidenceFormat[],
  dir: string,
  artifactFiles: readonly string[],
  io: CliIo,
): Promise<void> {
  if (formats.length === 0) return;
  const facts = await gatherScanFacts({ ...sources, results: outcome.current });
  const paths = await writeEvidence({
    result: outcome.result,
    current: outcome.current,
    facts,
    formats,
    dir,
    artifactFiles,
  });
  io.stderr(`evidence: ${Object.values(paths).join(', ')}\n`);
}
