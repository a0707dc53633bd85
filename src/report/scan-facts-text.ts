/**
 * What a scan was made with, as one line of plain text for every report: OpenSCAP's version, the scanner
 * image with its digest, the scan mode and the target's digest. The callers escape it for their format.
 */
import type { ScanFacts, ScannerDrift } from '../gate/scan-facts.js';
import { clip, escapeMarkdown } from './escape.js';

const VALUE_MAX = 200;

/** `sha256:…` of a recorded image (`repo@sha256:…`), or the record itself when it is an image id. */
function digestPart(recorded: string): string {
  const at = recorded.lastIndexOf('@');
  return at === -1 ? recorded : recorded.slice(at + 1);
}

/**
 * `OpenSCAP 1.4.2 · scanner cgr.dev/chainguard/openscap:latest-dev (sha256:…) · container mode · target …`;
 * undefined when none of these is known (a results file from elsewhere may record nothing).
 */
export function describeScanFacts(facts: ScanFacts): string | undefined {
  const parts: string[] = [];
  if (facts.oscapVersion) parts.push(`OpenSCAP ${clip(facts.oscapVersion, VALUE_MAX)}`);
  if (facts.scannerImage) {
    const digest = facts.scannerDigest && digestPart(facts.scannerDigest);
    const pinned = digest !== undefined && facts.scannerImage.endsWith(`@${digest}`);
    parts.push(
      `scanner ${clip(facts.scannerImage, VALUE_MAX)}${digest && !pinned ? ` (${clip(digest, VALUE_MAX)})` : ''}`,
    );
  } else if (facts.scannerDigest) {
    parts.push(`scanner ${clip(facts.scannerDigest, VALUE_MAX)}`);
  }
  if (facts.mode) parts.push(`${clip(facts.mode, VALUE_MAX)} mode`);
  if (facts.targetDigest) parts.push(`target ${clip(facts.targetDigest, VALUE_MAX)}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The drift notice as its own Markdown paragraph, for the head of the new failures (or the header). */
export function markdownDriftNotice(drift: ScannerDrift): string {
  return `⚠️ **Scanner changed since the baseline:** ${escapeMarkdown(drift.notice)}.`;
}
