/**
 * The GitHub Actions runner's rules for workflow commands in a step's output, re-implemented from
 * actions/runner (commit 258d6c857db3519913f7deb6004b60172f8043ae):
 * - src/Runner.Sdk/ProcessInvoker.cs, StartReadStream: output is cut into lines by StreamReader.ReadLine
 *   (a line ends at "\n", "\r" or "\r\n");
 * - src/Runner.Worker/Handlers/OutputManager.cs, OnDataReceived: a line holding "##[" or "::" goes to
 *   ActionCommandManager.TryProcessCommand, which tries ActionCommand.TryParseV2, then ActionCommand.TryParse;
 * - src/Runner.Common/ActionCommand.cs, TryParseV2: `message.TrimStart()`, then StartsWith("::"), then
 *   IndexOf("::", 2) >= 0; the command name is what lies between, up to a space;
 * - TryParse: IndexOf("##["), then IndexOf(']') after it; the name is what lies between, up to a space.
 * A parse counts only for a registered command; here every name counts (stricter). `IndexOf(string)` and
 * `StartsWith(string)` are culture-sensitive in .NET: with ICU, ignorable characters drop out of the
 * comparison. `ignoring` models that by deleting controls (but tab), format characters and default-ignorable
 * code points first: an over-approximation of ICU's ignorables.
 */

/** .NET's char.IsWhiteSpace, as String.TrimStart() removes it. */
const DOTNET_WHITE_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/;

/** StreamReader.ReadLine's lines of `output` (a trailing line break ends the last line, adds none). */
export function runnerLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function tryParseV2(message: string): string | undefined {
  const trimmed = message.replace(DOTNET_WHITE_SPACE, '');
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  return name === '' ? undefined : name;
}

function tryParse(message: string): string | undefined {
  const prefix = message.indexOf('##[');
  if (prefix < 0) return undefined;
  const rb = message.indexOf(']', prefix);
  if (rb < 0) return undefined;
  const info = message.slice(prefix + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  return name === '' ? undefined : name;
}

const IGNORABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** The command the runner would take `line` for (one line, no break in it), or undefined. */
export function runnerCommand(line: string, ignoring = false): string | undefined {
  const seen = ignoring ? line.replace(IGNORABLE, (c) => (c === '\t' ? c : '')) : line;
  if (seen === '' || !(seen.includes('##[') || seen.includes('::'))) return undefined;
  return tryParseV2(seen) ?? tryParse(seen);
}

/** Every line of `output` the runner would take for a workflow command (ordinal or culture rules). */
export function workflowCommandsIn(output: string): string[] {
  return runnerLines(output).filter(
    (line) => runnerCommand(line) !== undefined || runnerCommand(line, true) !== undefined,
  );
}
