/** The action's entry point, as in actions/typescript-action: it only calls run(). */
import { run } from './main.js';

// Fails closed: a run that stopped without finishing (nothing left to wait for) exits 13, as an unsettled
// top-level await would; a finished run leaves the code to run() (core.setFailed sets 1).
const UNFINISHED = 13;
process.exitCode = UNFINISHED;
void run().finally(() => {
  if (process.exitCode === UNFINISHED) process.exitCode = 0;
});
