/**
 * The sections of the Markdown report, as rows of escaped Markdown. Layout and fitting under GitHub's
 * comment limit are in markdown.ts. Every string that comes from a results or waivers file goes through
 * escapeMarkdown here, clipped first so that one huge title cannot crowd out the rest.
 */
import type { ExpiredWaiver, GateResult, GateRule, StaleWaiver } from '../gate/types.js';
import { clip, escapeMarkdown } from './escape.js';
import { stigLabel } from '../results/vocabulary.js';
import { severityLabel } from './labels.js';
import { newFailureSections, ruleTable, type Section } from './markdown-why.js';

export type { Section };

const TITLE_MAX = 300;
const TEXT_MAX = 500;
const SHORT_MAX = 120;

function cell(text: string, max = SHORT_MAX): string {
  return escapeMarkdown(clip(text, max));
}

function severityCell(rule: GateRule): string {
  return rule.meetsThreshold
    ? severityLabel(rule.severity)
    : `${severityLabel(rule.severity)} · below threshold`;
}

function change(rule: GateRule): string {
  return rule.baselineResult === undefined ? rule.result : `${rule.baselineResult} → ${rule.result}`;
}

const RULE_HEADER = ['| Severity | STIG ID | Title | Baseline → now |', '|---|---|---|---|'];

function ruleRow(rule: GateRule): string {
  return `| ${severityCell(rule)} | ${cell(stigLabel(rule))} | ${cell(rule.title, TITLE_MAX)} | ${change(rule)} |`;
}

/** A folded or open table of rules; still-failing ones say why they fail, as the new failures do. */
function ruleSection(title: string, rules: readonly GateRule[], folded: boolean): Section {
  return {
    title: `${title} (${rules.length})`,
    folded,
    intro: [],
    ...ruleTable(rules, ruleRow, RULE_HEADER),
  };
}

function waivedSection(rules: readonly GateRule[]): Section {
  return {
    title: `Waived (${rules.length})`,
    folded: true,
    intro: ['Waived failures do not fail the gate while their waiver holds.'],
    header: ['| Severity | STIG ID | Title | Reason | Owner | Expires |', '|---|---|---|---|---|---|'],
    rows: rules.map((rule) => {
      const waiver = rule.waiver;
      return (
        `| ${severityLabel(rule.severity)} | ${cell(stigLabel(rule))} | ${cell(rule.title, TITLE_MAX)} ` +
        `| ${cell(waiver?.reason ?? '', TEXT_MAX)} | ${cell(waiver?.owner ?? '—')} | ${cell(waiver?.expires ?? 'never')} |`
      );
    }),
  };
}

function inheritedSection(rules: readonly GateRule[]): Section {
  const categories = new Map<string, string>();
  for (const rule of rules)
    if (rule.inherited) categories.set(rule.inherited.category, rule.inherited.categoryText);
  return {
    title: `Inherited from host (${rules.length})`,
    folded: true,
    intro: [
      'Container false positives the host or platform provides the control for (opt-in set, reviewed in ' +
        'src/gate/inherited-from-host.json). An assessor still verifies each on the host:',
      '',
      ...[...categories].map(([name, text]) => `- **${cell(name)}**: ${cell(text, TEXT_MAX)}`),
    ],
    header: ['| Severity | STIG ID | Title | Category |', '|---|---|---|---|'],
    rows: rules.map(
      (rule) =>
        `| ${severityLabel(rule.severity)} | ${cell(stigLabel(rule))} | ${cell(rule.title, TITLE_MAX)} ` +
        `| ${cell(rule.inherited?.category ?? '')} |`,
    ),
  };
}

function addedRemovedSection(result: GateResult): Section {
  const rows = [
    ...result.newRules.map((rule) => ({ rule, what: 'added' })),
    ...result.removedRules.map((rule) => ({ rule, what: 'removed' })),
  ].map(
    ({ rule, what }) =>
      `| ${what} | ${cell(stigLabel(rule))} | ${cell(rule.title, TITLE_MAX)} | ${change(rule)} |`,
  );
  return {
    title: `Rules added (${result.newRules.length}) or removed (${result.removedRules.length}) since the baseline`,
    folded: true,
    intro: [],
    header: ['| | STIG ID | Title | Baseline → now |', '|---|---|---|---|'],
    rows,
  };
}

function expiredRow({ waiver, matchedRules }: ExpiredWaiver): string {
  const covered =
    matchedRules.length === 0 ? 'it names no failing rule' : `${matchedRules.length} failure(s) count again`;
  return `- Expired on ${cell(waiver.expires ?? '')}: ${cell(waiver.origin, TEXT_MAX)}; ${covered}`;
}

function staleRow({ waiver, detail }: StaleWaiver): string {
  return `- Stale: ${cell(waiver.origin, TEXT_MAX)}: ${cell(detail, TEXT_MAX)}`;
}

/** Every section that has something to show, in reading order. */
export function markdownSections(result: GateResult): Section[] {
  const sections: Section[] = [];
  const add = (section: Section) => {
    if (section.rows.length > 0) sections.push(section);
  };
  newFailureSections(result, ruleRow, RULE_HEADER).forEach(add);
  add(ruleSection('Fixed', result.fixed, false));
  add(ruleSection('Still failing', result.stillFailing, true));
  add(waivedSection(result.waived));
  add(inheritedSection(result.inheritedFromHost));
  add(addedRemovedSection(result));
  add({
    title: `Waivers to review (${result.expiredWaivers.length + result.staleWaivers.length})`,
    folded: false,
    intro: [],
    header: [],
    rows: [...result.expiredWaivers.map(expiredRow), ...result.staleWaivers.map(staleRow)],
  });
  add({
    title: `Warnings (${result.warnings.length})`,
    folded: false,
    intro: [],
    header: [],
    rows: result.warnings.map((warning) => `- ${cell(warning, TEXT_MAX)}`),
  });
  return sections;
}
