/**
 * The new failures of the Markdown report, by cause, to say what to do: a section per cause that several
 * rules share ("46 rules fail on one finding"), its finding first and its rules' ids under it, then a list
 * of the other new failures with their own cause each, then every new failure in one folded table with a
 * "Why" column. Values from the scan are escaped and clipped; only our own words are Markdown.
 */
import type { GateResult, GateRule } from '../gate/types.js';
import type { RuleEvidence } from '../results/model.js';
import { clip, escapeMarkdown } from './escape.js';
import { groupByCause } from './why-groups.js';
import { evidenceSummary, testFinding, type FindingPart } from './why-text.js';

/**
 * One block of the report: a heading (open) or a `<details>` (folded), then a table or a list. Rows may be
 * cut to fit a length limit; everything else is kept whole.
 */
export interface Section {
  /** Our own text, never from a file: shown as a heading or a `<summary>`; empty for none (open only). */
  title: string;
  folded: boolean;
  /** Lines before the table (escaped), kept whole. */
  intro: string[];
  /** The table's header and delimiter rows (or a code fence's opening); empty for a list. */
  header: string[];
  rows: string[];
  /** Lines after the rows when there are any (a code fence's closing). */
  trailer?: string[];
}

/** More sections than this would crowd the comment; the rest go into the table, each with its "why". */
const MAX_GROUP_SECTIONS = 10;
const VALUE_MAX = 160;
const SUMMARY_MAX = 300;

/** A value from the scan, as inline code that no Markdown or HTML inside can leave. */
function code(text: string): string {
  return text === '' ? '(empty)' : `<code>${escapeMarkdown(clip(text, VALUE_MAX))}</code>`;
}

function findingMarkdown(parts: readonly FindingPart[]): string {
  return parts.map((part) => ('text' in part ? part.text : code(part.value))).join('');
}

/** The lines under a group's heading: each deciding test and what it found. */
export function evidenceMarkdown(evidence: RuleEvidence): string[] {
  if (evidence.kind === 'sce') {
    const output = evidence.output.slice(0, 3).map(code).join(' ');
    return [`- Script ${code(evidence.script)} printed: ${output || '(nothing)'}`];
  }
  const lines = evidence.tests.map((test) => {
    const label = test.comment ?? test.id;
    const negated = test.negated ? ' (negated)' : '';
    return `- Test “${escapeMarkdown(clip(label, VALUE_MAX))}”${negated}: ${findingMarkdown(testFinding(test))}`;
  });
  if (evidence.testsOmitted > 0) lines.push(`- and ${evidence.testsOmitted} more tests`);
  return lines;
}

function whyCell(rule: GateRule): string {
  return rule.evidence ? escapeMarkdown(clip(evidenceSummary(rule.evidence), SUMMARY_MAX)) : '—';
}

/**
 * A rule table: `header` and a row per rule, with a "Why" column (the rule's evidence in one line) when
 * any of them has evidence.
 */
export function ruleTable(
  rules: readonly GateRule[],
  ruleRow: (rule: GateRule) => string,
  header: readonly string[],
): Pick<Section, 'header' | 'rows'> {
  const why = rules.some((rule) => rule.evidence);
  return {
    header: why ? [`${header[0]} Why |`, `${header[1]}---|`] : [...header],
    rows: rules.map((rule) => (why ? `${ruleRow(rule)} ${whyCell(rule)} |` : ruleRow(rule))),
  };
}

/** How many rule ids a cause lists before "and N more": the folded table has them all. */
const MAX_IDS_PER_CAUSE = 60;

/** A cause's rules by severity, most severe first (the rules come sorted): `- **CAT I (6):** SV-1, SV-2`. */
function ruleIds(rules: readonly GateRule[], render: NewFailureRendering): string[] {
  const shown = rules.slice(0, MAX_IDS_PER_CAUSE);
  const bySeverity = new Map<string, string[]>();
  for (const rule of shown) {
    const severity = render.severity(rule);
    bySeverity.set(severity, [...(bySeverity.get(severity) ?? []), escapeMarkdown(render.label(rule))]);
  }
  const more = rules.length - shown.length;
  return [
    ...[...bySeverity].map(([severity, ids]) => `- **${severity} (${ids.length}):** ${ids.join(', ')}`),
    ...(more > 0 ? [`- and ${more} more, in the table below`] : []),
  ];
}

export interface NewFailureRendering {
  ruleRow: (rule: GateRule) => string;
  header: readonly string[];
  /** A rule's short name (its STIG id), unescaped. */
  label: (rule: GateRule) => string;
  /** A rule's severity in a few words (`CAT I`), our own text. */
  severity: (rule: GateRule) => string;
}

/**
 * The sections for `result.newFailures`: the causes, then every new failure in one folded table
 * (`render.ruleRow` under `render.header`, with a "Why" column when any rule has evidence).
 */
export function newFailureSections(result: GateResult, render: NewFailureRendering): Section[] {
  const rules = result.newFailures;
  if (rules.length === 0) return [];
  const groups = groupByCause(rules);
  const shared = groups.filter((g) => g.rules.length > 1 && g.evidence).slice(0, MAX_GROUP_SECTIONS);
  const own = groups.filter((g) => !shared.includes(g) && g.evidence).flatMap((g) => g.rules);
  const sections: Section[] = shared.map((group) => ({
    title: `New failures: ${group.rules.length} rules fail on one finding`,
    folded: false,
    intro: [
      ...evidenceMarkdown(group.evidence!),
      '',
      `The ${group.rules.length} rules:`,
      '',
      ...ruleIds(group.rules, render),
    ],
    header: [],
    rows: [],
  }));
  if (own.length > 0) {
    sections.push({
      title: `${shared.length > 0 ? 'Other new failures' : 'New failures'} and why (${own.length})`,
      folded: false,
      intro: [],
      header: [],
      rows: own.map((rule) => `- **${escapeMarkdown(render.label(rule))}**: ${whyCell(rule)}`),
    });
  }
  const why = rules.some((rule) => rule.evidence);
  const table: Section = {
    title: `All ${rules.length} new failures: severity, title${why ? ' and why' : ''}`,
    folded: true,
    intro: [],
    ...ruleTable(rules, render.ruleRow, render.header),
  };
  if (result.current.evidenceFrom === 'xccdf' && rules.some((rule) => !rule.evidence)) {
    table.intro.push(
      '_Why each rule fails is in the ARF: gate `results-arf.xml` (the action’s `results` input, or ' +
        '`compare --current`) to see the evidence._',
    );
  }
  return [...sections, table];
}
