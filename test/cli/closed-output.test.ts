/**
 * `stig-gate … | head`: when the reader of the output goes away, every command exits quietly with its own
 * exit code (Node would report an unhandled EPIPE and exit 1).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_RESULTS, REMOTE_ACCESS_RESULTS, REPO_ROOT } from '../support/paths.js';

/** Runs the bundled CLI with its stdout and/or stderr closed before it writes; resolves with code and stderr. */
function runWithClosedOutput(
  argv: string[],
  close: 'stdout' | 'stderr' | 'both',
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), ...argv], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    // Closing our end of the pipe is what `head` does when it has read enough.
    if (close !== 'stderr') child.stdout.destroy();
    if (close !== 'stdout') child.stderr.destroy();
    else child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed output (EPIPE) ends no command with an error', () => {
  it.each<[string, string[], number]>([
    ['summarize (text)', ['summarize', REMOTE_ACCESS_RESULTS], 0],
    ['summarize --format json', ['summarize', REMOTE_ACCESS_RESULTS, '--format', 'json'], 0],
    [
      'compare: the gate fails, and says so by its code',
      ['compare', '--current', REMOTE_ACCESS_RESULTS, '--baseline', CLEAN_RESULTS],
      2,
    ],
    ['compare: the gate passes', ['compare', '--current', CLEAN_RESULTS, '--baseline', CLEAN_RESULTS], 0],
    ['help', ['--help'], 0],
    ['scan --help', ['scan', '--help'], 0],
  ])('%s', async (_name, argv, code) => {
    const run = await runWithClosedOutput(argv, 'stdout');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
  });

  it('an error still exits 1 when nobody reads stderr', async () => {
    expect((await runWithClosedOutput(['summarize', '/nonexistent.xml'], 'both')).code).toBe(1);
    expect((await runWithClosedOutput(['nonsense'], 'stderr')).code).toBe(1);
  });
});
