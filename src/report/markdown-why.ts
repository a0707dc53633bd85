/**
 * The new failures of the Markdown report, grouped by cause: a section per cause that several rules
 * share ("46 rules fail on one finding"), its finding first and its rules under it, then one table of the
 * other new failures with a "Why" column. Values from the scan are escaped and clipped; only our own words
 * are Markdown.
 */
import type { GateResult, GateRule } from '../gate/types.js';
import type { RuleEvidence } from '../results/model.js';
import { clip, escapeMarkdown } from './escape.js';
import { groupByCause } from './why-groups.js';
import { evidenceSummary, testFinding, type FindingPart } from './why-text.js';

/** One block of the report: a heading (open) or a `<details>` (folded), then a table or a list. */
export interface Section {
  /** Our own text, never from a file: shown as a heading or a `<summary>`. */
  title: string;
  folded: boolean;
  /** Lines before the table (escaped), kept whole. */
  intro: string[];
  /** The table's header and delimiter rows; empty for a list. */
  header: string[];
  rows: string[];
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

/**
 * The sections for `result.newFailures`. `ruleRow` and `header` are the report's rule table (see
 * markdown-sections.ts); the last table gets a "Why" column when any of its rules has evidence.
 */
export function newFailureSections(
  result: GateResult,
  ruleRow: (rule: GateRule) => string,
  header: readonly string[],
): Section[] {
  const rules = result.newFailures;
  if (rules.length === 0) return [];
  const groups = groupByCause(rules);
  const shared = groups.filter((g) => g.rules.length > 1 && g.evidence).slice(0, MAX_GROUP_SECTIONS);
  const rest = groups.filter((g) => !shared.includes(g)).flatMap((g) => g.rules);
  const sections: Section[] = shared.map((group) => ({
    title: `New failures: ${group.rules.length} rules fail on one finding`,
    folded: false,
    intro: evidenceMarkdown(group.evidence!),
    header: [...header],
    rows: group.rules.map(ruleRow),
  }));
  if (rest.length > 0) {
    sections.push({
      title: `${shared.length > 0 ? 'Other new failures' : 'New failures'} (${rest.length})`,
      folded: false,
      intro: [],
      ...ruleTable(rest, ruleRow, header),
    });
  }
  if (result.current.evidenceFrom === 'xccdf' && rules.some((rule) => !rule.evidence)) {
    sections[0]!.intro.unshift(
      '_Why each rule fails is in the ARF: gate `results-arf.xml` (the action’s `results` input, or ' +
        '`compare --current`) to see the evidence._',
      ...(sections[0]!.intro.length > 0 ? [''] : []),
    );
  }
  return sections;
}
