/** The `stig-gate` command. Wiring only: the commands live in src/cli/. */
import { runCli } from './cli/run.js';

/**
 * Writes to `stream` until its reader goes away (EPIPE: `stig-gate summarize … | head`), then drops what
 * nobody reads. The command still finishes its work (reports written to files, child processes awaited)
 * and exits with its own code; without this, Node reports the unhandled EPIPE and exits 1.
 */
function quietOnClose(stream: NodeJS.WriteStream): {
  write: (text: string) => void;
  flushed: () => Promise<void>;
} {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    write: (text) => {
      if (!closed) stream.write(text);
    },
    // Resolves once everything written so far has been handed to the system (or the reader has gone).
    flushed: () =>
      closed || stream.destroyed
        ? Promise.resolve()
        : new Promise((resolve) => stream.write('', () => resolve())),
  };
}

const stdout = quietOnClose(process.stdout);
const stderr = quietOnClose(process.stderr);

// Fails closed: should the command ever stop without finishing (nothing left to wait for), Node exits 1.
process.exitCode = 1;
void runCli(process.argv.slice(2), { stdout: stdout.write, stderr: stderr.write }).then(async (code) => {
  // Every command has finished its work and awaited its child processes by now. Exiting here, once the
  // output is flushed, skips Node's teardown of the heap: 10–20 ms after a scan.
  await Promise.all([stdout.flushed(), stderr.flushed()]);
  process.exit(code);
});
