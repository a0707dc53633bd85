/** Runs the CLI in-process, or the bundled dist/cli.js as a process, and captures what it wrote. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { REPO_ROOT } from './paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The bundled CLI, as a user runs it: plain node, no node_modules needed. */
export function bundledCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliRun {
  const child = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), ...argv], {
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
