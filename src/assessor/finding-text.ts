/**
 * The plain text of a checklist's finding details and comments: what the scan found for the rule and
 * with what, and what the waiver or the inherited-from-host review says. Unescaped: each format escapes.
 */
import type { EvidenceRule, ScanFacts } from './model.js';

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

type RuleText = Pick<EvidenceRule, 'result' | 'gateClass' | 'checks' | 'evidence' | 'status'>;

/** The rule's result and check, and its evidence where the scan has it. */
export function resultText(rule: RuleText): string {
  const lines = [`OpenSCAP result: ${rule.result} (gate: ${rule.gateClass.replace(/-/g, ' ')})`];
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
