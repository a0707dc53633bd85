/**
 * The `summarize --format text` view: counts, then the failures with the most severe first, for a person
 * at a terminal.
 */
import {
  RULE_RESULT_VALUES,
  compareIds,
  severityRank,
  type RuleOutcome,
  type ScanResults,
} from '../results/model.js';
import { oneLine } from './escape.js';
import { isFailing, stigLabel } from '../results/vocabulary.js';

/** Text for a terminal: everything taken from the file is made one plain line (no escape sequences). */
export function summaryText(results: ScanResults, width = 100): string {
  const lines: string[] = [];
  const text = oneLine;
  const profile = results.profile.title ?? results.profile.id ?? '(no profile)';
  lines.push(`${text(results.source)} (${results.format})`);
  lines.push(
    `  benchmark  ${text(`${results.benchmark.title ?? results.benchmark.id} ${results.benchmark.version ?? ''}`)}`,
  );
  lines.push(`  profile    ${text(profile)}`);
  if (results.target) lines.push(`  target     ${text(results.target)}`);
  if (results.scanner.name)
    lines.push(`  scanner    ${results.scanner.name} ${results.scanner.version ?? ''}`.trimEnd());
  if (results.endTime) lines.push(`  scanned    ${results.endTime}`);
  lines.push('');
  const counted = RULE_RESULT_VALUES.filter((value) => results.counts[value] > 0);
  lines.push(counted.map((value) => `${value} ${results.counts[value]}`).join(' · ') || 'no rules');
  for (const warning of results.warnings) lines.push(`warning: ${text(warning)}`);

  const failing = results.rules.filter((rule) => isFailing(rule.result)).sort(bySeverityThenId);
  if (failing.length > 0) {
    lines.push('', `Failing rules (${failing.length}), most severe first:`);
    for (const rule of failing) {
      const head = `  ${rule.severity.padEnd(6)} ${rule.result.padEnd(7)} ${stigLabel(rule).padEnd(10)} `;
      lines.push(head + truncate(text(rule.title), Math.max(20, width - head.length)));
    }
  }
  return lines.join('\n') + '\n';
}

export function bySeverityThenId(a: RuleOutcome, b: RuleOutcome): number {
  return severityRank(a.severity) - severityRank(b.severity) || compareIds(a.ruleId, b.ruleId);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
