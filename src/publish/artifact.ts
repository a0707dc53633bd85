/** Uploading the reports as one workflow artifact with @actions/artifact. */
import type { ArtifactClient } from '@actions/artifact';
import { ConfigurationError, toError } from '../errors.js';

export interface UploadedArtifact {
  name: string;
  id: number;
  size: number;
  /** `<server>/<owner>/<repo>/actions/runs/<run>/artifacts/<id>`, when the run is known. */
  url?: string;
}

/** Two steps (typically matrix jobs) asked for the same artifact name in one run. */
export class ArtifactNameClashError extends ConfigurationError {
  constructor(readonly artifactName: string) {
    super(
      `An artifact named '${artifactName}' already exists in this workflow run, so this report was not uploaded ` +
        `(it is still on disk). Another step or matrix job gates the same image and profile: give each its own ` +
        `'artifact-name', e.g. 'artifact-name: stig-gate-\${{ matrix.image }}-\${{ strategy.job-index }}'.`,
    );
  }
}

/** Where the artifact can be seen, as GitHub links it on the run's page. */
export function artifactUrl(
  serverUrl: string,
  repository: string,
  runId: number,
  artifactId: number,
): string {
  return `${serverUrl.replace(/\/$/, '')}/${repository}/actions/runs/${runId}/artifacts/${artifactId}`;
}

/**
 * Uploads `files` (all inside `rootDirectory`) as the artifact `name`. A name already used in this run
 * throws {@link ArtifactNameClashError}; other failures are rethrown as they came, for the caller to warn.
 */
export async function uploadReportArtifact(
  client: ArtifactClient,
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays?: number,
): Promise<Omit<UploadedArtifact, 'url'>> {
  try {
    const response = await client.uploadArtifact(
      name,
      files,
      rootDirectory,
      retentionDays === undefined ? {} : { retentionDays },
    );
    if (response.id === undefined) throw new Error(`the artifact service returned no id for '${name}'`);
    return { name, id: response.id, size: response.size ?? 0 };
  } catch (thrown) {
    const error = toError(thrown);
    // The service answers 409 (Twirp `already_exists`); @actions/artifact reports it as a non-retryable error.
    if (/\(409\)|already exists/i.test(error.message)) throw new ArtifactNameClashError(name);
    throw error;
  }
}
