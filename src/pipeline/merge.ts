/**
 * Merging reports made elsewhere (matrix jobs' artifacts, earlier `stig-gate scan` folders) into one set,
 * in the order of the images expected. An expected image without a report is a member with an error that
 * names it, so the set's verdict is an error and never a pass; a report for an image not expected is kept,
 * after them, so that nothing found is dropped.
 */
import { defaultArtifactName, imageKey } from '../report/report-key.js';
import type { SetMember } from '../report/set-report.js';

export interface MergedSet {
  members: SetMember[];
  /** Images of reports found that were not expected (kept in `members`, after the expected ones). */
  unexpected: string[];
}

/**
 * Matches `found` (each with its report's image, or an error) to `expected` images: by the report's image
 * (without a digest), else by the default artifact name of the image and `profile`. `missingWhy` says what
 * a missing report means where the merge runs.
 */
export function mergeReports(
  expected: readonly string[],
  found: readonly SetMember[],
  profile: string,
  missingWhy: (image: string, artifactName: string) => string,
): MergedSet {
  const left = [...found];
  const members: SetMember[] = expected.map((image) => {
    const artifactName = defaultArtifactName(image, profile);
    const key = imageKey(image);
    const sameImage = (member: SetMember) => {
      const reported = member.report?.image;
      return typeof reported === 'string' && imageKey(reported) === key;
    };
    let at = left.findIndex(sameImage);
    if (at < 0) at = left.findIndex((m) => m.artifactName === artifactName);
    if (at < 0) return { image, artifactName, error: missingWhy(image, artifactName) };
    const [member] = left.splice(at, 1);
    return { ...member!, image };
  });
  return { members: [...members, ...left], unexpected: left.map((m) => m.image) };
}
