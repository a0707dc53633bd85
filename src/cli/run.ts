/** The CLI's dispatcher: picks the command, and turns errors into messages and exit codes. */
import { errorMessage, isUserError, toError } from '../errors.js';
import { InertLineWriter } from '../report/workflow-commands.js';
import { TOOL } from '../version.js';
import { EXIT_ERROR, EXIT_PASS, type CliIo } from './io.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Each command is loaded only when it runs: `summarize` then never compiles the Docker and GitHub code,
 * which is most of the bundle and a third of a short run's time.
 */
const commands: Record<string, { load: () => Promise<Command>; summary: string }> = {
  summarize: {
    load: async () => (await import('./summarize.js')).summarize,
    summary: 'show what one results file holds: counts and failing rules',
  },
  compare: {
    load: async () => (await import('./compare.js')).compare,
    summary: 'gate results against a baseline, waivers and policy; write reports',
  },
  evidence: {
    load: async () => (await import('./evidence.js')).evidence,
    summary: 'gate results as compare does and write assessor evidence (CKLB, CKL, POA&M, OSCAL, HDF)',
  },
  scan: {
    load: async () => (await import('./scan.js')).scan,
    summary: 'pull and scan an image (or several) with OpenSCAP, then gate the results as compare does',
  },
  merge: {
    load: async () => (await import('./merge.js')).merge,
    summary: 'one verdict for reports gated elsewhere (matrix jobs, earlier scans)',
  },
};

const usage = `Usage: stig-gate <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run 'stig-gate <command> --help' for a command's options; 'stig-gate --version' (-V) prints the version.
Exit codes: 0 gate passed (or command succeeded), 2 gate failed, 1 error.
`;

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code. Everything it prints
 * goes through one {@link InertLineWriter} per stream: text from a scanned image (reports, scanner lines,
 * messages quoting it) can never be a workflow command when the CLI runs in a workflow's step.
 */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const out = new InertLineWriter(rawIo.stdout);
  const err = new InertLineWriter(rawIo.stderr);
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
  try {
    return await dispatch(argv, io);
  } finally {
    out.flush();
    err.flush();
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage);
    return name === undefined ? EXIT_ERROR : EXIT_PASS;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${TOOL.name} ${TOOL.version}\n`);
    return EXIT_PASS;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`stig-gate: unknown command '${name}'\n\n${usage}`);
    return EXIT_ERROR;
  }
  try {
    return await (
      await command.load()
    )(rest, io);
  } catch (thrown) {
    const label = isUserError(toError(thrown)) ? 'error: ' : '';
    io.stderr(`stig-gate ${name}: ${label}${errorMessage(thrown)}\n`);
    return EXIT_ERROR;
  }
}
