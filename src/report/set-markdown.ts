/**
 * The Markdown for a set of images, for its one sticky comment and its job summary: a verdict line, a
 * table with a row per image, then the new failures grouped by image — a rule failing newly on several
 * images (a shared base image) said once, with the images listed. It is cut to fit like the single-image
 * report (the longest groups first, each saying where the full list is). The job summary adds each image's
 * own full report below.
 */
import type { GateRuleJson } from './gate-json.js';
import { clip, escapeMarkdown } from './escape.js';
import { severityLabel } from './labels.js';
import { fitSections, type Section } from './markdown.js';
import { setVerdict, type SetMember } from './set-report.js';
import { codeFence, WAIVERS_PATH, waiverSnippetParts } from './waiver-snippet.js';

export interface SetMarkdownOptions {
  /** Plain text (escaped here) for the top heading. */
  heading: string;
  /** Maximum size in UTF-8 bytes. */
  maxLength: number;
  /** Trusted Markdown naming where the full lists are when groups are cut. */
  fullReportHint: string;
}

const RULE_HEADER = ['| Severity | STIG ID | Title | Baseline → now |', '|---|---|---|---|'];

function cell(text: string, max = 120): string {
  return escapeMarkdown(clip(text, max));
}

function severityCell(rule: GateRuleJson): string {
  const label = severityLabel(rule.severity);
  return rule.meetsThreshold ? label : `${label} · below threshold`;
}

function ruleRow(rule: GateRuleJson): string {
  const change = rule.baselineResult === null ? rule.result : `${rule.baselineResult} → ${rule.result}`;
  return `| ${severityCell(rule)} | ${cell(rule.stigId ?? rule.ruleId)} | ${cell(rule.title, 300)} | ${cell(change)} |`;
}

function verdictCell(member: SetMember): string {
  if (!member.report || member.error !== undefined) return '❗ error';
  return member.report.verdict === 'fail' ? '❌ fail' : '✅ pass';
}

function reportCell(member: SetMember): string {
  const name = `\`${member.artifactName.replace(/`/g, "'")}\``;
  const link = member.artifactUrl ? `[${name}](${member.artifactUrl})` : name;
  if (member.error !== undefined || !member.report)
    return `${link}: ${cell((member.error ?? 'no report').split('\n', 1)[0] ?? '', 300)}`;
  return link;
}

function tableLines(members: readonly SetMember[]): string[] {
  const number = (member: SetMember, key: 'newFailures' | 'fixed' | 'stillFailing' | 'waived') =>
    member.report && member.error === undefined ? String(member.report.counts[key]) : '—';
  return [
    '| Image | Verdict | New failures | Fixed | Still failing | Waived | Report |',
    '|---|---|---:|---:|---:|---:|---|',
    ...members.map(
      (m) =>
        `| ${cell(m.image, 200)} | ${verdictCell(m)} | ${number(m, 'newFailures')} | ${number(m, 'fixed')} ` +
        `| ${number(m, 'stillFailing')} | ${number(m, 'waived')} | ${reportCell(m)} |`,
    ),
  ];
}

/** New failures by rule id: the rule (as the first image reports it) and the images it newly fails on. */
function newFailuresByRule(
  members: readonly SetMember[],
): Map<string, { rule: GateRuleJson; images: string[] }> {
  const byRule = new Map<string, { rule: GateRuleJson; images: string[] }>();
  for (const member of members) {
    if (!member.report || member.error !== undefined) continue;
    for (const rule of member.report.newFailures) {
      const entry = byRule.get(rule.ruleId) ?? { rule, images: [] };
      entry.images.push(member.image);
      byRule.set(rule.ruleId, entry);
    }
  }
  return byRule;
}

/** The groups: rules new on several images once, then each image's own. */
export function setSections(members: readonly SetMember[]): Section[] {
  const byRule = newFailuresByRule(members);
  const shared = [...byRule.values()].filter((entry) => entry.images.length > 1);
  const sections: Section[] = [];
  if (shared.length > 0) {
    sections.push({
      title: `New failures on several images (${shared.length})`,
      folded: false,
      intro: ['Said once here, not again under each image: a shared base image is the likely cause.'],
      header: ['| Severity | STIG ID | Title | Images |', '|---|---|---|---|'],
      rows: shared.map(
        ({ rule, images }) =>
          `| ${severityCell(rule)} | ${cell(rule.stigId ?? rule.ruleId)} | ${cell(rule.title, 300)} ` +
          `| ${images.map((image) => cell(image, 200)).join(', ')} |`,
      ),
    });
  }
  for (const member of members) {
    if (!member.report || member.error !== undefined) continue;
    const own = member.report.newFailures.filter((rule) => byRule.get(rule.ruleId)!.images.length === 1);
    if (own.length === 0) continue;
    const alsoShared = member.report.newFailures.length - own.length;
    sections.push({
      title: `New failures: ${clip(member.image, 200)} (${own.length}${alsoShared > 0 ? ` + ${alsoShared} above` : ''})`,
      folded: false,
      intro: [],
      header: RULE_HEADER,
      rows: own.map(ruleRow),
    });
  }
  return sections;
}

/** The images that reached no verdict: right under the set's verdict, which they make an error. */
function noVerdictSection(members: readonly SetMember[]): Section[] {
  const errors = members.filter((m) => !m.report || m.error !== undefined);
  if (errors.length === 0) return [];
  return [
    {
      title: `No verdict (${errors.length})`,
      folded: false,
      intro: ['These images reached no verdict, so the set has none either: it is never taken as a pass.'],
      header: [],
      rows: errors.map(
        (m) => `- **${cell(m.image, 200)}**: ${cell((m.error ?? 'no report').replace(/\s+/g, ' '), 1_000)}`,
      ),
    },
  ];
}

/** The folded waivers file for the set's new failures, each entry limited to the images it fails on. */
function waiverSnippetSection(members: readonly SetMember[]): Section[] {
  const byRule = newFailuresByRule(members);
  if (byRule.size === 0) return [];
  const imagesOf = new Map([...byRule.values()].map(({ rule, images }) => [rule, images]));
  const { head, entries } = waiverSnippetParts([...imagesOf.keys()], {
    imagesOf: (rule) => imagesOf.get(rule) ?? [],
  });
  const fence = codeFence([...head, ...entries]);
  return [
    {
      title: `To accept them as risks instead: a ready-to-commit ${WAIVERS_PATH} for the ${byRule.size} new failures`,
      folded: true,
      intro: [
        'Keep the entries you accept, fill in `reason`, `owner` and `expires` (YYYY-MM-DD), and commit the ' +
          `file as \`${WAIVERS_PATH}\` (docs/waivers.md). As pasted it is refused: nothing is waived unread.`,
      ],
      header: [`${fence}yaml`, ...head],
      rows: entries,
      trailer: [fence],
    },
  ];
}

/**
 * The set's report within `options.maxLength`: the verdict line, the images without a verdict, the table,
 * {@link setSections}, then the folded waivers file for the new failures.
 */
export function renderSetMarkdown(members: readonly SetMember[], options: SetMarkdownOptions): string {
  const { verdict, reason } = setVerdict(members);
  const icon = verdict === 'pass' ? '✅' : verdict === 'fail' ? '❌' : '❗';
  const word = verdict === 'pass' ? 'Gate passed' : verdict === 'fail' ? 'Gate failed' : 'No verdict';
  const head = [
    `## ${cell(options.heading, 200)}`,
    '',
    `${icon} **${word}:** ${escapeMarkdown(reason.replace(/^gate (failed|passed): /, ''))}`,
    '',
  ].join('\n');
  // The single image's order: the verdict and what it must be read with, the counts, the new failures,
  // then the waivers file for them.
  const sections: Section[] = [
    ...noVerdictSection(members),
    { title: '', folded: false, intro: tableLines(members), header: [], rows: [] },
    ...setSections(members),
    ...waiverSnippetSection(members),
  ];
  return fitSections(`${head}\n`, sections, options.maxLength, options.fullReportHint);
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Cuts a rendered Markdown report to `max` bytes at a line break, closes a `<details>` left open, and says
 * where the whole is.
 */
export function cutMarkdown(markdown: string, max: number, where: string): string {
  if (bytes(markdown) <= max) return markdown;
  const note = `\n\n_Cut to fit the job summary; the full report is in ${where}._\n`;
  const room = Math.max(0, max - bytes(note) - bytes('\n</details>\n'));
  let kept = Buffer.from(markdown, 'utf8').subarray(0, room).toString('utf8');
  while (bytes(kept) > room) kept = kept.slice(0, -1);
  const lineEnd = kept.lastIndexOf('\n');
  if (lineEnd > 0) kept = kept.slice(0, lineEnd);
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  return `${kept}${open > 0 ? '\n</details>' : ''}${note}`;
}

/**
 * The job summary for a set: the set's report, then each image's own full report (its stig-gate.md),
 * all within `maxLength` bytes — the set's report first, the images sharing what is left.
 */
export function renderSetSummary(
  members: readonly SetMember[],
  options: SetMarkdownOptions & { whereIs: (member: SetMember) => string },
): string {
  const setPart = renderSetMarkdown(members, { ...options, maxLength: Math.floor(options.maxLength / 3) });
  const withReports = members.filter((m) => m.markdown !== undefined);
  const share = Math.floor((options.maxLength - bytes(setPart) - 64) / Math.max(1, withReports.length));
  const parts = withReports.map((member) =>
    cutMarkdown(member.markdown!.trimEnd(), Math.max(0, share - 8), options.whereIs(member)),
  );
  return [setPart.trimEnd(), ...parts].join('\n\n---\n\n') + '\n';
}
