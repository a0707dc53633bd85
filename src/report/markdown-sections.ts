/**
 * The sections of the Markdown report, as rows of escaped Markdown. Layout and fitting under GitHub's
 * comment limit are in markdown.ts. Every string that comes from a results or waivers file goes through
 * escapeMarkdown here, clipped first so that one huge title cannot crowd out the rest.
 */
import type { ExpiredWaiver, GateResult, GateRule, StaleWaiver } from '../gate/types.js';
import { clip, escapeMarkdown } from './escape.js';
import { stigCategory, stigLabel } from '../results/vocabulary.js';
import { severityLabel } from './labels.js';
import { newFailureSections, ruleTable, type Section } from './markdown-why.js';
import { codeFence, WAIVERS_PATH, waiverSnippetParts } from './waiver-snippet.js';

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

/** The folded, ready-to-commit waivers file for the new failures, cut between entries when too long. */
function waiverSnippetSection(result: GateResult): Section {
  const { head, entries } = waiverSnippetParts(
    result.newFailures,
    result.image === undefined ? {} : { image: result.image },
  );
  const fence = codeFence([...head, ...entries]);
  return {
    title: `To accept them as risks instead: a ready-to-commit ${WAIVERS_PATH} for the ${result.newFailures.length} new failures`,
    folded: true,
    intro: [
      'Keep the entries you accept, fill in `reason`, `owner` and `expires` (YYYY-MM-DD), and commit the ' +
        `file as \`${WAIVERS_PATH}\` (docs/waivers.md). As pasted it is refused: nothing is waived unread.`,
    ],
    header: [`${fence}yaml`, ...head],
    rows: entries,
    trailer: [fence],
  };
}

/**
 * What must be read with the verdict, right under it: expired and stale waivers (failures that count
 * again), then the warnings. Untitled, so they read as part of the verdict.
 */
export function verdictSections(result: GateResult): Section[] {
  const review = result.expiredWaivers.length + result.staleWaivers.length;
  return [
    {
      title: '',
      folded: false,
      intro: [`**⏰ Waivers to review (${review})**`],
      header: [],
      rows: [...result.expiredWaivers.map(expiredRow), ...result.staleWaivers.map(staleRow)],
    },
    {
      title: '',
      folded: false,
      intro: [`**⚠️ Warnings (${result.warnings.length})**`],
      header: [],
      rows: result.warnings.map((warning) => `- ${cell(warning, TEXT_MAX)}`),
    },
  ].filter((section) => section.rows.length > 0);
}

/**
 * The sections after the overview, in reading order: what to fix (the causes of the new failures, then all
 * of them in a folded table), what to waive instead (the snippet), then fixed, and the rest folded.
 */
export function markdownSections(result: GateResult): Section[] {
  const sections: Section[] = [];
  const add = (section: Section) => {
    if (section.rows.length > 0 || (section.header.length === 0 && section.intro.length > 0))
      sections.push(section);
  };
  newFailureSections(result, {
    ruleRow,
    header: RULE_HEADER,
    label: stigLabel,
    severity: shortSeverity,
  }).forEach(add);
  if (result.newFailures.length > 0) add(waiverSnippetSection(result));
  add(ruleSection('Fixed', result.fixed, false));
  add(ruleSection('Still failing', result.stillFailing, true));
  add(waivedSection(result.waived));
  add(inheritedSection(result.inheritedFromHost));
  add(addedRemovedSection(result));
  return sections;
}

/** `CAT I` for the rule list of a cause; the severity word when the rule has no STIG category. */
function shortSeverity(rule: GateRule): string {
  return stigCategory(rule.severity) ?? rule.severity;
}
