/**
 * What identifies one gate's reports across runs: the image (without a digest, so a rebuilt image keeps
 * its comment) and the profile. The sticky comment's marker and the default artifact name derive from it.
 */
import { createHash } from 'node:crypto';
import { imageKey } from './image-key.js';

/** Characters the artifact service refuses in a name (as @actions/artifact's validation lists them). */
export const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;

const MAX_ARTIFACT_NAME = 200;

export { imageKey };

/**
 * The hidden HTML comment that marks this image's and profile's PR comment:
 * `<!-- stig-gate:<image>:<profile> -->`. Characters that could end or confuse an HTML comment
 * (`<`, `>`, `%`, white space, `--`) are percent-encoded, so the marker is always one well-formed comment.
 */
export function commentMarker(image: string, profile: string): string {
  return `<!-- stig-gate:${markerPart(imageKey(image))}:${markerPart(profile)} -->`;
}

/**
 * The marker of the one comment for a set of images (the `images` input, or a merge of matrix jobs), for
 * `profile` and the job that posts it: `<!-- stig-gate-set:<profile>:<workflow file>:<job id> -->`. The images
 * are not in it, so that a set that gains or loses an image, or a merge missing a report, still edits the
 * same comment; the job is, so that two set jobs of one pull request (two workflows, or two jobs of one)
 * keep a comment each instead of overwriting, and deleting, each other's. Without the job (outside a
 * runner) the marker is the profile's alone.
 */
export function setCommentMarker(profile: string, job?: SetJob): string {
  const scope = job ? `:${markerPart(job.workflow)}:${markerPart(job.id)}` : '';
  return `<!-- stig-gate-set:${markerPart(profile)}${scope} -->`;
}

/** The job that posts a set's comment: its workflow file (`.github/workflows/ci.yml`) and job id. */
export interface SetJob {
  workflow: string;
  id: string;
}

/**
 * The {@link SetJob} of a runner's job, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/ci.yml@ref`,
 * the ref left out: it changes with every pull request) and GITHUB_JOB; undefined when either is missing.
 */
export function setJobOf(workflowRef: string | undefined, jobId: string | undefined): SetJob | undefined {
  const path = workflowRef?.split('@', 1)[0]?.split('/').slice(2).join('/');
  return path && jobId ? { workflow: path, id: jobId } : undefined;
}

function markerPart(text: string): string {
  // `:` separates the parts, so it is encoded inside one: image `app:1` with profile `p` and image `app`
  // with profile `1:p` must not share a comment.
  const encoded = text.replace(/[^A-Za-z0-9._/@+=,-]/g, (c) => percent(c));
  // Break every `--` (which may not appear inside an HTML comment) by encoding its second dash.
  return encoded.replace(/--/g, '-%2D');
}

function percent(character: string): string {
  return Array.from(Buffer.from(character, 'utf8'))
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/**
 * The default artifact name: `stig-gate-<image>-<profile>` with every character the artifact service
 * refuses (and any other outside `A-Za-z0-9._-`) turned into `_`. Different images or profiles in one
 * matrix get different names; a name past 200 characters is cut and ends in a hash of the whole.
 */
export function defaultArtifactName(image: string, profile: string): string {
  const name = `stig-gate-${sanitise(imageKey(image))}-${sanitise(profile)}`;
  if (name.length <= MAX_ARTIFACT_NAME) return name;
  const hash = createHash('sha256')
    .update(`${imageKey(image)}\n${profile}`)
    .digest('hex')
    .slice(0, 12);
  return `${name.slice(0, MAX_ARTIFACT_NAME - hash.length - 1)}-${hash}`;
}

function sanitise(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_');
}
