/**
 * The evidence manifest (`evidence.json`): what was scanned with what, when, in which workflow run, the
 * verdict, and the sha256 of every other file in the artifact; and an unsigned in-toto Statement v1
 * (`stig-gate.intoto.json`) whose subject is the scanned image's digest and whose predicate is the
 * verdict and the manifest, for `actions/attest` or cosign to sign.
 */
import type { EvidenceModel, NotRunCounts, StatusCounts } from './model.js';

/** A file of the artifact, with its digest. */
export interface FileDigest {
  name: string;
  sha256: string;
  bytes: number;
}

/**
 * What was done with oscap's own files (results-arf.xml, results.xml, report.html): redacted in place (the
 * default) or kept as oscap wrote them, unredacted, as the workflow asked; with each original's sha256.
 */
export interface RawReportsEntry {
  handling: 'redacted' | 'unredacted';
  note: string;
  files: { name: string; unredactedSha256: string; replaced?: number }[];
}

export const MANIFEST_SCHEMA =
  'https://github.com/stig-gate/stig-gate/blob/v1/README.md#evidence-for-assessors';
export const PREDICATE_TYPE = 'https://github.com/stig-gate/stig-gate/evidence/v1';

export interface EvidenceManifest {
  schema: string;
  generator: string;
  image: { reference: string; digest: string | null };
  scanner: { image: string | null; digest: string | null; openscapVersion: string | null };
  mode: string | null;
  dataStream: { path: string | null; sha256: string | null };
  benchmark: { id: string; version: string | null; title: string | null };
  profile: string | null;
  tailoring: { path: string | null; sha256: string | null } | null;
  startTime: string | null;
  endTime: string | null;
  workflowRun: { repository: string; commit: string | null; runUrl: string; runId: number } | null;
  verdict: 'pass' | 'fail';
  reason: string;
  evaluatedAt: string;
  policy: { failOn: string; severityThreshold: string };
  statusCounts: StatusCounts;
  /** Checks that did not run, by OpenSCAP result: Not Reviewed in every format (the gate fails on error and unknown). */
  checksNotRun: NotRunCounts;
  /** Every file of the artifact but this manifest and the in-toto statement (which holds the manifest). */
  files: FileDigest[];
  /** oscap's own files: redacted or not, and their digests as oscap wrote them; null when nothing was scanned. */
  rawReports: RawReportsEntry | null;
}

/** The manifest for `model`, listing `files` (sorted by name). */
export function renderManifest(
  model: EvidenceModel,
  files: readonly FileDigest[],
  rawReports: RawReportsEntry | null = null,
): EvidenceManifest {
  const { facts } = model;
  return {
    schema: MANIFEST_SCHEMA,
    generator: `${model.tool.name} ${model.tool.version}`,
    image: { reference: facts.image.reference, digest: facts.image.digest ?? null },
    scanner: {
      image: facts.scanner?.reference ?? null,
      digest: facts.scanner?.digest ?? null,
      openscapVersion: facts.scanner?.openscapVersion ?? null,
    },
    mode: facts.mode ?? null,
    dataStream: { path: facts.dataStream?.path ?? null, sha256: facts.dataStream?.sha256 ?? null },
    benchmark: {
      id: facts.benchmark.id,
      version: facts.benchmark.version ?? null,
      title: facts.benchmark.title ?? null,
    },
    profile: facts.profile.id ?? null,
    tailoring: facts.tailoring
      ? { path: facts.tailoring.path ?? null, sha256: facts.tailoring.sha256 ?? null }
      : null,
    startTime: facts.startTime ?? null,
    endTime: facts.endTime ?? null,
    workflowRun: facts.workflowRun
      ? {
          repository: facts.workflowRun.repository,
          commit: facts.workflowRun.commit ?? null,
          runUrl: facts.workflowRun.runUrl,
          runId: facts.workflowRun.runId,
        }
      : null,
    verdict: model.verdict,
    reason: model.reason,
    evaluatedAt: model.evaluatedAt,
    policy: model.policy,
    statusCounts: model.counts,
    checksNotRun: model.notRun,
    files: [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    rawReports,
  };
}

/** The subject's name: the image reference without its tag or digest (the digest is the subject's own). */
function subjectName(reference: string): string {
  const noDigest = reference.replace(/@sha256:[0-9a-f]+$/, '');
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

/**
 * The image's manifest digest in a registry (`repo@sha256:…`), which is what an attestation is verified
 * against. A bare `sha256:…` is a local image id (an image built here and never pushed or pulled): its
 * config's digest, which no registry knows the image by.
 */
function registrySha256(reference: string | undefined): string | undefined {
  return /@sha256:([0-9a-f]{64})$/.exec(reference ?? '')?.[1];
}

/**
 * The in-toto Statement v1 for `manifest`, or undefined when the image has no registry digest to name (a
 * results file gated without one, an image only built locally): a statement must name its subject by the
 * digest it will be verified against.
 */
export function renderIntotoStatement(manifest: EvidenceManifest) {
  const sha256 =
    registrySha256(manifest.image.digest ?? undefined) ?? registrySha256(manifest.image.reference);
  if (sha256 === undefined) return undefined;
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: subjectName(manifest.image.reference), digest: { sha256 } }],
    predicateType: PREDICATE_TYPE,
    predicate: { verdict: manifest.verdict, reason: manifest.reason, manifest },
  };
}
