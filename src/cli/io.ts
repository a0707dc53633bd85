/** Where a CLI command writes. Passed in, so tests can run commands in-process and read what they wrote. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes, the same as oscap's: 0 gate passed, 2 gate failed, 1 error. */
export const EXIT_PASS = 0;
export const EXIT_ERROR = 1;
export const EXIT_FAIL = 2;
