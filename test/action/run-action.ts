/**
 * Runs the bundled action (`node dist/index.js`) as a separate process, the way the runner does: inputs
 * as INPUT_* variables, the event payload in GITHUB_EVENT_PATH, and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
 * files it writes to; then reads back what the step wrote.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactService } from '../servers/artifact-service.js';
import type { GitHubApi } from '../servers/github-api.js';
import { runnerEnv } from '../servers/runner-env.js';
import { REPO_ROOT } from '../support/paths.js';

export const ACTION_BUNDLE = join(REPO_ROOT, 'dist/index.js');

export interface ActionRunOptions {
  /** Inputs by their action.yml names. */
  inputs: Record<string, string>;
  /** A fresh folder for this run's files (event, outputs, summary, temp). */
  dir: string;
  github: GitHubApi;
  results: ArtifactService;
  runId: number;
  jobId?: string;
  event?: { name: string; payload: unknown };
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  workspace?: string;
  /** Sends `signal` to the action, `delayMs` after its output first matches `stdout` (as the runner does
   * when a job is cancelled). */
  signalWhen?: { stdout: RegExp; signal: NodeJS.Signals; delayMs: number };
  /** The run is killed after this long (default 60 s). */
  timeoutMs?: number;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Non-empty stdout lines, in order. */
  lines: string[];
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

export const WORKFLOW_REF = 'octo-org/octo-repo/.github/workflows/stig.yml@refs/heads/main';

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  await mkdir(join(options.dir, 'temp'), { recursive: true });
  const outputFile = join(options.dir, 'github-output');
  const summaryFile = join(options.dir, 'step-summary.md');
  const eventFile = join(options.dir, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(options.event?.payload ?? {}));
  const env: Record<string, string> = {
    ...runnerEnv({
      github: options.github,
      results: options.results,
      runId: options.runId,
      jobId: options.jobId ?? 'job-1',
      workspace: options.workspace ?? REPO_ROOT,
    }),
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKFLOW_REF: WORKFLOW_REF,
    GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
    RUNNER_TEMP: join(options.dir, 'temp'),
    STIG_GATE_RETRY_DELAY_MS: '5',
  };
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_')) delete env[key];
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, options.env);

  const started = performance.now();
  const child = spawn(process.execPath, [ACTION_BUNDLE], { env, cwd: options.workspace ?? REPO_ROOT });
  let stdout = '';
  let stderr = '';
  let signalled = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    const when = options.signalWhen;
    if (when && !signalled && when.stdout.test(stdout)) {
      signalled = true;
      setTimeout(() => child.kill(when.signal), when.delayMs);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit ?? -1));
  }).finally(() => clearTimeout(timer));
  const ms = performance.now() - started;
  return {
    code,
    stdout,
    stderr,
    lines: stdout.split('\n').filter((line) => line.trim() !== ''),
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    ms,
  };
}

/** Reads GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value, the delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/** A pull_request event payload for PR `number` of octo-org/octo-repo; `fork` sets a different head repository. */
export function pullRequestEvent(number: number, options: { fork?: boolean; headSha?: string } = {}) {
  const base = { full_name: 'octo-org/octo-repo' };
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: {
          sha: options.headSha ?? 'abc1234def5678abc1234def5678abc1234def56',
          repo: options.fork ? { full_name: 'outsider/octo-repo' } : base,
        },
        base: { repo: base },
      },
      repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
    },
  };
}
