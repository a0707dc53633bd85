/**
 * A set of images to gate in one step: the action's `images` input (one per line) or the CLI's repeated
 * `--image`. Each entry is an image reference, optionally followed by `=` and its own baseline in any form
 * the `baseline` input takes, e.g. `ghcr.io/acme/api:pr = image:ghcr.io/acme/api:latest`. An image
 * reference never holds `=` or white space, so the first `=` always ends it.
 */
import { ConfigurationError } from '../errors.js';
import { imageKey } from '../report/report-key.js';
import { BASELINE_FORMS, parseBaselineSource, type BaselineSource } from './baseline-source.js';

/** One image of a set, with the baseline given on its own line (else the shared `baseline` applies). */
export interface ImageEntry {
  image: string;
  baseline?: BaselineSource;
}

/** The syntax, for messages and docs. */
export const IMAGE_ENTRY_FORM = `'<image>' or '<image> = <baseline>' (the baseline as ${BASELINE_FORMS})`;

/**
 * Parses entries (lines of the `images` input, or `--image` values); blank lines and lines starting with
 * `#` are skipped. `input` names the input in errors. The same image twice is an error: its two reports
 * would share one artifact name and one comment row.
 */
export function parseImageEntries(lines: readonly string[], input: string): ImageEntry[] {
  const entries: ImageEntry[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${input} line ${index + 1} ('${line}')`;
    const equals = line.indexOf('=');
    const image = (equals < 0 ? line : line.slice(0, equals)).trim();
    const baselineText = equals < 0 ? undefined : line.slice(equals + 1).trim();
    if (image === '' || /\s/.test(image) || image.startsWith('-')) {
      throw new ConfigurationError(`${where} is not ${IMAGE_ENTRY_FORM}`);
    }
    if (baselineText === '') throw new ConfigurationError(`${where} has '=' and no baseline after it`);
    const key = imageKey(image);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ConfigurationError(
        `${where} repeats the image of line ${earlier + 1}; each image may appear once in a set`,
      );
    }
    seen.set(key, index);
    let baseline: BaselineSource | undefined;
    if (baselineText !== undefined) {
      try {
        baseline = parseBaselineSource(baselineText);
      } catch (error) {
        throw new ConfigurationError(
          `${where}: ${error instanceof Error ? error.message.replace(/^Input 'baseline' /, 'the baseline ') : String(error)}`,
        );
      }
    }
    entries.push(baseline ? { image, baseline } : { image });
  });
  return entries;
}

/**
 * The baseline for one image of a set: its own, else the shared one. A shared `image:` or `artifact:<name>`
 * would compare every image with one and the same baseline, which is never meant: it is refused, naming
 * the image and the syntax that gives each image its own.
 */
export function baselineForEntry(entry: ImageEntry, shared: BaselineSource, setSize: number): BaselineSource {
  if (entry.baseline) return entry.baseline;
  const single =
    (shared.kind === 'image' || (shared.kind === 'artifact' && shared.name !== undefined)) && setSize > 1;
  if (single) {
    throw new ConfigurationError(
      `Input 'baseline' is '${shared.kind}:${shared.kind === 'image' ? shared.image : (shared.name ?? '')}', one ` +
        `baseline for ${setSize} images; give each image its own on its line of 'images' ('<image> = <baseline>'), ` +
        `or use 'artifact' (each image's own artifact from the default branch)`,
    );
  }
  return shared;
}
