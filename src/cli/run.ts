/** The CLI's dispatcher: picks the command, and turns errors into messages and exit codes. */
import { isUserError, toError } from '../errors.js';
import { EXIT_ERROR, EXIT_PASS, type CliIo } from './io.js';
import { compare, compareUsage } from './compare.js';
import { scan, scanUsage } from './scan.js';
import { summarize, summarizeUsage } from './summarize.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const commands: Record<string, { run: Command; usage: string }> = {
  summarize: { run: summarize, usage: summarizeUsage },
  compare: { run: compare, usage: compareUsage },
  scan: { run: scan, usage: scanUsage },
};

const usage = `Usage: stig-gate <command> [options]

Commands:
${Object.keys(commands)
  .map((name) => `  ${name}`)
  .join('\n')}

Run 'stig-gate <command> --help' for a command's options.
Exit codes: 0 gate passed (or command succeeded), 2 gate failed, 1 error.
`;

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage);
    return name === undefined ? EXIT_ERROR : EXIT_PASS;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`stig-gate: unknown command '${name}'\n\n${usage}`);
    return EXIT_ERROR;
  }
  try {
    return await command.run(rest, io);
  } catch (thrown) {
    const error = toError(thrown);
    if (isUserError(error)) io.stderr(`stig-gate ${name}: error: ${error.message}\n`);
    else
      io.stderr(
        `stig-gate ${name}: internal error (this is a bug in stig-gate; please report it):\n${error.stack ?? error.message}\n`,
      );
    return EXIT_ERROR;
  }
}
