/**
 * The plain text of a checklist's finding details and comments: what the scan found for the rule and
 * with what, and what the waiver or the inherited-from-host review says. Unescaped: each format escapes.
 */
import type { EvidenceRule, ScanFacts } from './model.js';
import { severityNote } from './severity.js';

/** One line per scan fact: scanner, data stream, profile, time, digest. */
export function scanFactLines(facts: ScanFacts): string[] {
  const lines = [`Image: ${facts.image.reference}${facts.image.digest ? ` (${facts.image.digest})` : ''}`];
  const scanner = facts.scanner ?? {};
  const version = scanner.openscapVersion ? `OpenSCAP ${scanner.openscapVersion}` : 'OpenSCAP';
  const image = scanner.reference
    ? ` in ${scanner.reference}${scanner.digest ? ` (${scanner.digest})` : ''}`
    : ' (a results file gated without a scan)';
  lines.push(`Scanner: ${version}${image}`);
  const benchmark = [facts.benchmark.id, facts.benchmark.version].filter(Boolean).join(' version ');
  const stream = facts.dataStream?.sha256 ? `; data stream sha256 ${facts.dataStream.sha256}` : '';
  lines.push(`Benchmark: ${benchmark}${stream}`);
  lines.push(`Profile: ${facts.profile.id ?? '(none)'}${facts.mode ? `, scan mode ${facts.mode}` : ''}`);
  if (facts.tailoring?.sha256) lines.push(`Tailoring: sha256 ${facts.tailoring.sha256}`);
  const time = [facts.startTime, facts.endTime].filter(Boolean).join(' to ');
  if (time) lines.push(`Scanned: ${time}`);
  return lines;
}

type RuleText = Pick<EvidenceRule, 'result' | 'gateClass' | 'checks' | 'evidence' | 'status'> &
  Partial<Pick<EvidenceRule, 'contentSeverity' | 'scannerReason'>>;

/** What a check's result says when it did not run, and what follows, for the finding details (see build-model.ts). */
const NOT_RUN: Partial<Record<EvidenceRule['result'], [what: string, consequence: string]>> = {
  error: [
    'The check could not run (OpenSCAP error',
    'nothing was observed, so the rule is Not Reviewed; the gate fails closed on it.',
  ],
  unknown: [
    'The check could not decide (OpenSCAP unknown',
    'nothing was observed, so the rule is Not Reviewed; the gate fails closed on it.',
  ],
  notchecked: ['The rule has no automated check (OpenSCAP notchecked', 'review it by hand.'],
};

/**
 * Why the check did not run: the scanner's own reason where the results carry one (`The check could not run
 * (OpenSCAP error; the scanner says: "…")`), else the result's fixed text.
 */
function notRunLine(rule: RuleText): string | undefined {
  const notRun = NOT_RUN[rule.result];
  if (!notRun) return undefined;
  const [what, consequence] = notRun;
  const reason = rule.scannerReason?.length ? `; the scanner says: "${rule.scannerReason.join(' ')}"` : '';
  return `${what}${reason}): ${consequence}`;
}

/** The rule's result and check, and its evidence where the scan has it. */
export function resultText(rule: RuleText): string {
  const lines = [`OpenSCAP result: ${rule.result} (gate: ${rule.gateClass.replace(/-/g, ' ')})`];
  const notRun = notRunLine(rule);
  if (notRun) lines.push(notRun);
  const severity = rule.contentSeverity && severityNote(rule.contentSeverity);
  if (severity) lines.push(severity);
  for (const check of rule.checks) {
    const name = [check.name, check.href].filter(Boolean).join(' in ');
    lines.push(`Check: ${check.system}${name ? ` ${name}` : ''}`);
  }
  if (rule.evidence && rule.evidence.lines.length > 0) {
    lines.push('Evidence:', ...rule.evidence.lines.map((line) => `  ${line}`));
  }
  return lines.join('\n');
}

/**
 * A checklist's finding details: {@link resultText}, then the scan's facts (a checklist row is read on
 * its own, so each carries them; the documents with a header say them once).
 */
export function findingDetails(rule: RuleText, facts: ScanFacts): string {
  return `${resultText(rule)}\n${scanFactLines(facts).join('\n')}`;
}

type CommentText = Pick<EvidenceRule, 'waiver' | 'inherited'>;

/** Comments: the waiver (reason, owner, expiry) or the inherited-from-host rationale; else empty. */
export function comments(rule: CommentText): string {
  if (rule.waiver) {
    const { waiver } = rule;
    return [
      `Waived (${waiver.origin}): ${waiver.reason}`,
      `Owner: ${waiver.owner ?? '(none given)'}`,
      `Expires: ${waiver.expires ?? '(no expiry)'}`,
      'A waiver accepts the risk; the finding stays Open.',
    ].join('\n');
  }
  if (rule.inherited) {
    const { inherited } = rule;
    return [
      `Inherited from the host (${inherited.category}): ${inherited.categoryText}`,
      inherited.rationale,
      `Source: ${inherited.source}`,
    ].join('\n');
  }
  return '';
}
