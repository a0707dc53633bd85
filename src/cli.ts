/** The `stig-gate` command. Wiring only: the commands live in src/cli/. */
import { runCli } from './cli/run.js';

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
