/**
 * Turning the `baseline` input into a results file to compare with. The ways of getting one (reading
 * the disk, scanning, asking GitHub) are passed in, so the rules here are plain and testable:
 * an artifact or image that does not exist (yet) is a warning and every failure counts as new, unless the
 * artifact has a fallback; a file named that does not exist is a mistake (an error, as in the CLI); one
 * that is found but cannot be read or scanned is an error.
 */
import { ConfigurationError } from '../errors.js';
import type { BaselineSource } from './baseline-source.js';

/** A lookup that found nothing, and why, for the warning. */
export interface BaselineNotFound {
  notFound: string;
}

export interface BaselineFetchers {
  /** True when `path` is an existing file. */
  isFile(path: string): Promise<boolean>;
  /** Scans `image` like the target and returns its results file; throws when the scan fails. */
  scanImage(image: string): Promise<string>;
  /** True when a scan error means the image could not be found (pulled), rather than a broken scan. */
  isImageMissing(error: unknown): boolean;
  /**
   * Finds and downloads the artifact `name` from the default branch, or says why there is none: its results
   * file and the web page of the run that made it.
   */
  fetchArtifact(name: string): Promise<FoundArtifact | BaselineNotFound>;
}

/** A baseline artifact, downloaded. */
export interface FoundArtifact {
  path: string;
  runUrl: string;
}

export type ResolvedBaseline =
  /** Compare with this results file; `runUrl`: the run whose artifact it is. */
  | { path: string; description: string; runUrl?: string }
  /** No baseline: every failure is new. `warning` is set when one was asked for but not found. */
  | { path: undefined; warning?: string };

const EVERY_FAILURE_NEW = 'every failure counts as new';

/**
 * Resolves `source`; `artifactName` is this run's artifact name, the default for `artifact`. Errors from
 * the fetchers other than "not found" propagate.
 */
export async function resolveBaseline(
  source: BaselineSource,
  artifactName: string,
  fetch: BaselineFetchers,
): Promise<ResolvedBaseline> {
  switch (source.kind) {
    case 'none':
      return { path: undefined };
    case 'file':
      if (!(await fetch.isFile(source.path))) {
        throw new ConfigurationError(
          `Input 'baseline': the results file '${source.path}' does not exist (paths are relative to the ` +
            `workspace). Check the name, or use 'artifact' or 'image:<reference>'.`,
        );
      }
      return { path: source.path, description: `file ${source.path}` };
    case 'image':
      try {
        return {
          path: await fetch.scanImage(source.image),
          description: `image ${source.image}, scanned in this run`,
        };
      } catch (error) {
        if (!fetch.isImageMissing(error)) throw error;
        const detail = error instanceof Error ? ` (${error.message.split('\n', 1)[0]})` : '';
        return {
          path: undefined,
          warning: `Baseline image '${source.image}' could not be pulled${detail}, so ${EVERY_FAILURE_NEW}.`,
        };
      }
    case 'artifact': {
      const name = source.name ?? artifactName;
      const found = await fetch.fetchArtifact(name);
      if ('path' in found)
        return {
          path: found.path,
          description: `artifact ${name} from the default branch`,
          runUrl: found.runUrl,
        };
      if (source.otherwise !== undefined) {
        const fallback = await resolveBaseline(source.otherwise, artifactName, fetch);
        if (fallback.path === undefined) return fallback;
        return {
          path: fallback.path,
          description: `${fallback.description}, as no artifact ${name} exists yet (${found.notFound})`,
        };
      }
      return {
        path: undefined,
        warning: `No baseline artifact '${name}' was found (${found.notFound}), so ${EVERY_FAILURE_NEW}. This is expected until this workflow has run successfully on the default branch.`,
      };
    }
  }
}
