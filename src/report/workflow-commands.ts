/**
 * Text from a scanned image, printed to a workflow's log, must not be a workflow command. The runner
 * (actions/runner, src/Runner.Worker/Handlers/OutputManager.cs and src/Runner.Common/ActionCommand.cs)
 * reads a step's output with StreamReader.ReadLine (a line ends at `\n`, `\r` or `\r\n`) and takes a line
 * for a command when:
 * - after `TrimStart()` (.NET's white space, U+0085 and U+00A0 included) it starts with `::` and has a
 *   second `::` (`::error title=x::text`), or
 * - it holds `##[` anywhere, followed by a `]` (`… ##[add-mask]value`).
 * Its `IndexOf` and `StartsWith` are culture-sensitive: with ICU, characters the collation ignores (controls,
 * soft hyphens, zero-width and other format characters) vanish from the comparison, so `#\u00AD#[` can be
 * `##[`. So, line by line: those invisible characters become U+FFFD (visible, never ignored), a line that
 * would start with `::` gets `> ` before it (a quotation, as it is), and `##[` becomes `## [`. Only ASCII
 * is inserted, which no comparison ignores.
 */

/** .NET's `char.IsWhiteSpace`, which `TrimStart()` removes: Unicode Zs, Zl, Zp and U+0009–000D, 0085, 00A0. */
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*/;

/**
 * Characters a culture-sensitive comparison may skip: controls (but tab), format characters and the rest of
 * Unicode's default-ignorable code points (variation selectors, fillers, tags).
 */
const IGNORABLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** One line (no line break in it) made inert. */
function inertLine(line: string): string {
  let safe = line.replace(IGNORABLE, (char) => (char === '\t' ? char : '\uFFFD'));
  safe = safe.replaceAll('##[', '## [');
  const lead = DOTNET_LEADING_SPACE.exec(safe)?.[0] ?? '';
  if (safe.startsWith('::', lead.length)) safe = `${lead}> ${safe.slice(lead.length)}`;
  return safe;
}

/**
 * `text` with no workflow command in any of its lines, by the runner's rules (see above). Line breaks are
 * kept as they were; everything else the runner would not act on is unchanged.
 */
export function inertLogText(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : inertLine(part)))
    .join('');
}

/**
 * A writer that passes everything through {@link inertLogText} line by line: a line is written once it is
 * complete (the runner judges whole lines, and a command may be split across writes), the rest at
 * {@link InertLineWriter.flush}. A `\r` at the end of a write waits for the next one (it may be `\r\n`).
 */
export class InertLineWriter {
  private pending = '';

  constructor(private readonly write: (text: string) => void) {}

  /** Writes the complete lines of `pending + text`, keeping the incomplete last one. */
  push(text: string): void {
    const all = this.pending + text;
    const end = Math.max(all.lastIndexOf('\n'), all.endsWith('\r') ? -1 : all.lastIndexOf('\r'));
    if (end < 0) {
      this.pending = all;
      return;
    }
    this.pending = all.slice(end + 1);
    this.write(inertLogText(all.slice(0, end + 1)));
  }

  /** Writes what is left (an unfinished last line). */
  flush(): void {
    if (this.pending === '') return;
    const rest = this.pending;
    this.pending = '';
    this.write(inertLogText(rest));
  }
}
