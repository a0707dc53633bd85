/**
 * How `stig-gate scan` with several images and `stig-gate merge` print a set: a text table, the set's
 * Markdown, or JSON, to standard output or --output; and the exit code of the set's verdict.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, toError } from '../errors.js';
import { oneLine } from '../report/escape.js';
import { renderSetMarkdown } from '../report/set-markdown.js';
import { imagesJson, setVerdict, type SetMember } from '../report/set-report.js';
import { oneOf } from './args.js';
import { EXIT_ERROR, EXIT_FAIL, EXIT_PASS, type CliIo } from './io.js';

export const SET_FORMATS = ['text', 'json', 'markdown'] as const;

/** File names of the set's own reports, beside the images' folders. */
export const SET_REPORT_FILES = { json: 'stig-gate-set.json', markdown: 'stig-gate-set.md' } as const;

/** The set as JSON: the verdict, the reason, and each image as in the action's `images-json` output. */
export function setJson(members: readonly SetMember[]): string {
  const { verdict, reason, counts } = setVerdict(members);
  return `${JSON.stringify({ verdict, reason, counts, images: imagesJson(members) }, null, 2)}\n`;
}

/** One line per image, then the set's verdict. */
export function setText(members: readonly SetMember[]): string {
  const { verdict, reason } = setVerdict(members);
  const width = Math.min(60, Math.max(5, ...members.map((m) => m.image.length)));
  const lines = members.map((m) => {
    const what =
      m.error !== undefined || !m.report
        ? `ERROR  ${oneLine(m.error ?? 'no report')}`
        : `${m.report.verdict === 'fail' ? 'FAIL ' : 'PASS '}  ${oneLine(m.report.reason)}`;
    return `${oneLine(m.image).padEnd(width)}  ${what}`;
  });
  return `${lines.join('\n')}\n${verdict.toUpperCase()}: ${oneLine(reason)}\n`;
}

/** The set's Markdown, with no length limit (a file or a terminal, not a comment). */
export function setMarkdown(members: readonly SetMember[], heading: string): string {
  return renderSetMarkdown(members, {
    heading,
    maxLength: Number.MAX_SAFE_INTEGER,
    fullReportHint: "each image's folder",
  });
}

/**
 * Prints the set as `format` says (to `output` when given), writes its JSON and Markdown into `dir` when
 * given, and returns the exit code: 1 when an image reached no verdict, 2 when one failed, else 0.
 */
export async function reportSet(
  members: readonly SetMember[],
  options: { format: string | undefined; output: string | undefined; heading: string; dir?: string },
  io: CliIo,
): Promise<number> {
  const format = oneOf('--format', options.format ?? 'text', SET_FORMATS);
  const text =
    format === 'json'
      ? setJson(members)
      : format === 'markdown'
        ? setMarkdown(members, options.heading)
        : setText(members);
  if (options.output === undefined) io.stdout(text);
  else {
    try {
      await writeFile(options.output, text);
    } catch (error) {
      throw new ConfigurationError(`cannot write --output ${options.output}: ${toError(error).message}`);
    }
  }
  if (options.dir !== undefined) {
    const json = join(options.dir, SET_REPORT_FILES.json);
    const markdown = join(options.dir, SET_REPORT_FILES.markdown);
    await Promise.all([
      writeFile(json, setJson(members)),
      writeFile(markdown, setMarkdown(members, options.heading)),
    ]);
    io.stderr(`set reports: ${json}, ${markdown}\n`);
  }
  const { verdict, reason } = setVerdict(members);
  if (format !== 'text' || options.output !== undefined)
    io.stderr(`${verdict.toUpperCase()}: ${oneLine(reason)}\n`);
  return verdict === 'error' ? EXIT_ERROR : verdict === 'fail' ? EXIT_FAIL : EXIT_PASS;
}
