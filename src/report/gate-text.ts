/**
 * The `compare --format text` view for a terminal: verdict, what was compared, counts, then the lists with
 * the most severe first. Text from files is flattened to one line with control characters removed, so a
 * results file cannot move the cursor or recolour the terminal.
 */
import { basename } from 'node:path';
import { describePolicy } from '../gate/policy.js';
import type { GateResult, GateRule, ScanIdentity } from '../gate/types.js';
import { describeScanFacts } from './scan-facts-text.js';
import { oneLine } from './escape.js';
import { stigLabel } from '../results/vocabulary.js';
import { evidenceSummary } from './why-text.js';

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

function scanLines(label: string, scan: ScanIdentity): string[] {
  const benchmark = `${scan.benchmark.title ?? scan.benchmark.id} ${scan.benchmark.version ?? ''}`.trim();
  const what = [basename(scan.source), scan.target, benchmark, scan.profile.id, scan.endTime].filter(Boolean);
  const facts = describeScanFacts(scan.facts);
  return [
    `${label.padEnd(9)} ${oneLine(what.join(' · '))}`,
    ...(facts === undefined ? [] : [`${''.padEnd(9)} scanned with ${oneLine(facts)}`]),
  ];
}

function ruleLine(rule: GateRule, width: number, label = ''): string {
  const change = rule.baselineResult === undefined ? rule.result : `${rule.baselineResult} → ${rule.result}`;
  const marker = rule.meetsThreshold ? '' : '[below threshold] ';
  const head = `  ${rule.severity.padEnd(7)} ${oneLine(stigLabel(rule)).padEnd(10)} ${change.padEnd(14)} `;
  return head + truncate(oneLine(`${marker}${label}${rule.title}`), Math.max(20, width - head.length));
}

/** Renders the result for a terminal `width` columns wide. */
export function gateText(result: GateResult, width = 100): string {
  const { counts } = result;
  const lines = [
    `${result.verdict === 'fail' ? 'FAIL' : 'PASS'}  ${result.reason}`,
    '',
    ...scanLines('current', result.current),
    ...(result.baseline
      ? scanLines('baseline', result.baseline)
      : ['baseline  none: every failure counts as new']),
    `policy    ${describePolicy(result.policy)}, inherited-from-host ${result.inheritedFromHostEnabled ? 'on' : 'off'}`,
    ...(result.image ? [`image     ${oneLine(result.image)}`] : []),
    '',
    [
      `new failures ${counts.newFailures}`,
      `fixed ${counts.fixed}`,
      `still failing ${counts.stillFailing}`,
      `waived ${counts.waived}`,
      ...(result.inheritedFromHostEnabled ? [`inherited from host ${counts.inheritedFromHost}`] : []),
      `pass ${counts.passed}`,
      `notapplicable ${counts.notapplicable}`,
    ].join(' · '),
    // Said just before the new failures (the first list): they may come from the scanner, not the image.
    ...(result.scannerDrift ? ['', `scanner changed: ${oneLine(result.scannerDrift.notice)}`] : []),
  ];
  /** A list of rules; `detail` adds an indented second line (a waiver's reason, a failure's why). */
  const list = (
    title: string,
    rules: readonly GateRule[],
    label: (rule: GateRule) => string = () => '',
    detail: (rule: GateRule) => string | undefined = () => undefined,
  ) => {
    if (rules.length === 0) return;
    lines.push('', `${title} (${rules.length}):`);
    for (const rule of rules) {
      lines.push(ruleLine(rule, width, label(rule)));
      const more = detail(rule);
      if (more !== undefined) lines.push(`      ${truncate(oneLine(more), Math.max(20, width - 6))}`);
    }
  };
  // One line of why under each failure; the full evidence is in the JSON and SARIF reports.
  const evidence = (rule: GateRule) => (rule.evidence ? `why: ${evidenceSummary(rule.evidence)}` : undefined);
  list('New failures', result.newFailures, () => '', evidence);
  list('Fixed', result.fixed);
  list('Still failing', result.stillFailing, () => '', evidence);
  list(
    'Waived',
    result.waived,
    () => '',
    ({ waiver }) =>
      waiver &&
      `waived: ${waiver.reason} (${[waiver.owner, waiver.expires && `until ${waiver.expires}`, waiver.origin].filter(Boolean).join(', ')})`,
  );
  list('Inherited from host', result.inheritedFromHost, (rule) => `[${rule.inherited?.category ?? ''}] `);
  list('New rules', result.newRules);
  list('Removed rules', result.removedRules);
  if (result.expiredWaivers.length + result.staleWaivers.length > 0) {
    lines.push('', 'Waivers to review:');
    for (const { waiver, matchedRules } of result.expiredWaivers) {
      lines.push(
        `  ${oneLine(`expired ${waiver.expires ?? ''}: ${waiver.origin} (${matchedRules.length} failures count again)`)}`,
      );
    }
    for (const { waiver, detail } of result.staleWaivers)
      lines.push(`  ${oneLine(`stale: ${waiver.origin}: ${detail}`)}`);
  }
  return lines.join('\n') + '\n';
}
