/**
 * "A change that adds an output file touches one place" (#20), checked after a real run: the image's
 * output folder holds exactly the artifact's files and the withheld raw reports (and a scanned baseline's
 * folder), and evidence.json lists every artifact file but itself and the statement about it. A file
 * written into the folder but missing from the one list (src/pipeline/files.ts) fails here; so does one
 * uploaded but not in the manifest. The names come from the run, not from a list kept here.
 */
import { readdir } from 'node:fs/promises';
import { expect } from 'vitest';

/** The manifest's own files: it cannot list its own digest, nor the statement made from it. */
const MANIFEST_ITSELF = ['evidence.json', 'stig-gate.intoto.json'];

export async function expectFolderIsTheArtifact(
  outputDir: string,
  uploaded: readonly string[],
  manifest: { files: { name: string }[]; withheld?: { name: string }[] },
): Promise<void> {
  const inFolder = (await readdir(outputDir, { withFileTypes: true }))
    // A baseline scanned in this run keeps its own files in baseline/ (not part of this image's artifact).
    .filter((entry) => !(entry.isDirectory() && entry.name === 'baseline'))
    .map((entry) => entry.name)
    .sort();
  const withheld = (manifest.withheld ?? []).map((file) => file.name);
  expect(inFolder, 'the output folder is the artifact plus the withheld files').toEqual(
    [...uploaded, ...withheld].sort(),
  );
  expect(manifest.files.map((file) => file.name).sort(), 'evidence.json lists every artifact file').toEqual(
    uploaded.filter((name) => !MANIFEST_ITSELF.includes(name)).sort(),
  );
}
