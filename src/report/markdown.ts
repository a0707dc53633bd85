/**
 * The Markdown report, for the PR comment and the job summary, in the order that says what to do: the
 * verdict with what must be read with it (notices, waivers to review, warnings), the counts and the
 * baseline, the causes of the new failures, every new failure in a folded table, a folded ready-to-commit
 * waivers file for them, fixed, then still failing, waived and the rest folded in `<details>`. It stays
 * under a length limit by cutting the longest sections first and saying where the full list is.
 */
import { basename } from 'node:path';
import { describeThreshold } from '../gate/policy.js';
import type { GateResult, ScanIdentity } from '../gate/types.js';
import { clip, escapeHtml, escapeMarkdown } from './escape.js';
import { markdownSections, verdictSections, type Section } from './markdown-sections.js';
import { describeScanFacts, markdownDriftNotice } from './scan-facts-text.js';

export type { Section } from './markdown-sections.js';

/** GitHub's limit on an issue or pull request comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The default limit: GitHub's, less room for the hidden marker and anything the publisher adds. */
export const DEFAULT_MARKDOWN_MAX = GITHUB_COMMENT_LIMIT - 1_536;

export interface MarkdownOptions {
  /** Plain text (escaped here) for the top heading; default `STIG gate`. */
  heading?: string;
  /** Trusted Markdown naming where the full lists are when sections are cut, e.g. a link to the run. */
  fullReportHint?: string;
  /** Maximum size in UTF-8 bytes (never less than GitHub's character count); default {@link DEFAULT_MARKDOWN_MAX}. */
  maxLength?: number;
}

/** Renders the gate result as GitHub-flavoured Markdown no longer than `options.maxLength`. */
export function renderMarkdown(result: GateResult, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MARKDOWN_MAX;
  const hint = options.fullReportHint ?? 'the JSON report (`stig-gate.json`)';
  const head = verdictLines(result, options.heading ?? 'STIG gate').join('\n') + '\n';
  const sections = [
    ...verdictSections(result),
    { title: '', folded: false, intro: overviewLines(result), header: [], rows: [] },
    ...markdownSections(result),
    {
      title: 'The scans compared, and the policy',
      folded: true,
      intro: scanLines(result),
      header: [],
      rows: [],
    },
  ];
  return fitSections(head, sections, maxLength, hint);
}

/**
 * `head` (kept whole) and then `sections`, within `maxLength` UTF-8 bytes: when the whole is too long, the
 * longest sections are cut first, each saying how much it shows and that the rest is in `hint`.
 */
export function fitSections(head: string, sections: Section[], maxLength: number, hint: string): string {
  const render = (kept: readonly number[]) =>
    head + sections.map((section, i) => renderSection(section, kept[i]!, hint)).join('');

  const all = sections.map((section) => section.rows.length);
  const whole = render(all);
  if (bytes(whole) <= maxLength) return whole;

  // Water-filling: the largest per-section budget `cap` (bytes of rows) that fits, so the longest
  // sections are cut first and short ones stay whole.
  const prefixes = sections.map((section) => cumulative(section.rows.map((row) => bytes(row) + 1)));
  const fixedCost = sections.map((section, i) => ({
    whole: bytes(renderSection(section, 0, hint)) - bytes(cutNote(section, 0, hint)),
    cut: bytes(renderSection(section, 0, hint)) + 16,
    // What a section with rows adds to one without: the table's header rows, trailer and line breaks.
    withRows:
      (section.header.length > 0 ? bytes(section.header.join('\n')) + 2 : 1) +
      (section.trailer?.length ? bytes(section.trailer.join('\n')) + 1 : 0),
    rows: prefixes[i]!,
  }));
  const keptFor = (cap: number) => prefixes.map((prefix) => lastIndexAtMost(prefix, cap));
  const estimate = (cap: number) =>
    bytes(head) +
    keptFor(cap).reduce((sum, k, i) => {
      const cost = fixedCost[i]!;
      return sum + (k === all[i] ? cost.whole : cost.cut) + (k > 0 ? cost.withRows : 0) + cost.rows[k]!;
    }, 0);
  let low = 0;
  let high = Math.max(...prefixes.map((prefix) => prefix[prefix.length - 1]!));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimate(mid) <= maxLength) low = mid;
    else high = mid - 1;
  }
  for (let cap = low; ; cap = Math.floor(cap * 0.9)) {
    const text = render(keptFor(cap));
    if (bytes(text) <= maxLength) return text;
    if (cap === 0) return cutAtLine(text, maxLength, hint);
  }
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Last resort when even the fixed parts are too long (a set's table of hundreds of images, a tiny limit):
 * cut at a line break, so no table row or code span is left half, close a `<details>` left open, and say
 * where the whole is. With no room even for the note, a plain cut.
 */
function cutAtLine(text: string, max: number, hint: string): string {
  const note = `\n\n_Cut to keep this under GitHub's size limit; the full report is in ${hint}._\n`;
  const room = max - bytes(note) - bytes('\n</details>');
  if (room <= 0) return plainCut(text, max);
  let kept = plainCut(text, room);
  const lineEnd = kept.lastIndexOf('\n');
  if (lineEnd > 0) kept = kept.slice(0, lineEnd);
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  return `${kept}${open > 0 ? '\n</details>' : ''}${note}`;
}

function plainCut(text: string, max: number): string {
  let cut = Buffer.from(text, 'utf8').subarray(0, max).toString('utf8');
  while (bytes(cut) > max) cut = cut.slice(0, -1);
  return cut;
}

/** [0, a, a+b, …]: the size of the first k rows at index k. */
function cumulative(sizes: readonly number[]): number[] {
  const sums = [0];
  for (const size of sizes) sums.push(sums[sums.length - 1]! + size);
  return sums;
}

/** The largest k with prefix[k] <= cap. */
function lastIndexAtMost(prefix: readonly number[], cap: number): number {
  let k = 0;
  while (k + 1 < prefix.length && prefix[k + 1]! <= cap) k += 1;
  return k;
}

function cutNote(section: Section, kept: number, hint: string): string {
  const total = section.rows.length;
  if (kept >= total) return '';
  const shown = kept === 0 ? `None of the ${total} are shown here` : `Showing ${kept} of ${total}`;
  return `_${shown} to keep this under GitHub's size limit; the full list is in ${hint}._\n\n`;
}

function renderSection(section: Section, kept: number, hint: string): string {
  const rows = section.rows.slice(0, kept);
  const body =
    (section.intro.length > 0 ? section.intro.join('\n') + '\n\n' : '') +
    (rows.length > 0 ? [...section.header, ...rows, ...(section.trailer ?? [])].join('\n') + '\n\n' : '') +
    cutNote(section, kept, hint);
  if (section.title === '') return body;
  if (section.folded) {
    return `<details><summary>${escapeHtml(section.title)}</summary>\n\n${body}</details>\n\n`;
  }
  return `### ${escapeMarkdown(section.title)}\n\n${body}`;
}

/** `what` names the scan (the image, or where a baseline came from); default its target or file name. */
function scanLine(label: string, scan: ScanIdentity, what = scan.target ?? basename(scan.source)): string {
  const benchmark = `${scan.benchmark.title ?? scan.benchmark.id} ${scan.benchmark.version ?? ''}`.trim();
  const profile = scan.profile.title ?? scan.profile.id ?? '(no profile)';
  const when = scan.endTime ?? scan.startTime;
  return (
    `**${label}:** ${escapeMarkdown(clip(what, 400))} — ${escapeMarkdown(clip(benchmark, 200))}, ` +
    `profile ${escapeMarkdown(clip(profile, 200))}${when ? `, scanned ${escapeMarkdown(clip(when, 40))}` : ''} ` +
    `(${escapeMarkdown(clip(basename(scan.source), 120))})`
  );
}

/** ` · [its run](url)`: the workflow run whose artifact the baseline is (an http(s) URL the action built). */
function runLink(url: string | undefined): string {
  if (url === undefined || !/^https?:\/\/[^\s()<>[\]]+$/.test(url)) return '';
  return ` · [the run that made it](${url})`;
}

/** `**Current scanner:** OpenSCAP 1.4.2 · scanner … · container mode`, when anything is known. */
function scannerLine(label: string, scan: ScanIdentity): string[] {
  const facts = describeScanFacts(scan.facts);
  return facts === undefined ? [] : [`**${label} scanner:** ${escapeMarkdown(facts)}  `];
}

/** The heading, the verdict and the notices that change how it reads: kept whole, first. */
function verdictLines(result: GateResult, heading: string): string[] {
  const failed = result.verdict === 'fail';
  const reason = result.reason.replace(/^gate (failed|passed): /, '');
  return [
    `## ${escapeMarkdown(clip(heading, 200))}`,
    '',
    `${failed ? '❌' : '✅'} **Gate ${failed ? 'failed' : 'passed'}:** ${escapeMarkdown(reason)}`,
    '',
    // Beside the verdict: without them the verdict reads wrong (another profile, content for another OS).
    ...(result.notices ?? []).flatMap((notice) => [
      `> ⚠️ **Notice:** ${escapeMarkdown(clip(notice, 4000))}`,
      '',
    ]),
  ];
}

/** `2026-12-08 00:24 UTC` from an ISO 8601 time; anything else as it is. */
function readableTime(time: string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? time : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** An image reference with its digest shortened to 12 hex digits (the scans section has it whole). */
function shortDigest(image: string): string {
  return image.replace(/(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/gi, '$1…');
}

/**
 * The image a scan scanned, in escaped Markdown: the digest recorded beside it, else the results' own target
 * when it names one (in most modes it is a container's id or `unknown`).
 */
function scannedImage(scan: ScanIdentity): string {
  const image = scan.facts.targetDigest ?? scan.target;
  if (image === undefined || image === 'unknown') return 'an image its results do not name';
  if (/^[0-9a-f]{12}([0-9a-f]{52})?$/.test(image))
    return `container ${image.slice(0, 12)} (its results do not name the image)`;
  return escapeMarkdown(clip(shortDigest(image), 300));
}

/** `**Baseline:** app@sha256:…, scanned 2026-12-08 00:24 UTC (artifact …)`: what the new failures are new against. */
function baselineLine(result: GateResult): string {
  const baseline = result.baseline;
  if (!baseline) return '**Baseline:** none, so every failure counts as new.';
  const when = baseline.endTime ?? baseline.startTime;
  const parts = [
    scannedImage(baseline),
    ...(when ? [`scanned ${escapeMarkdown(clip(readableTime(when), 40))}`] : []),
  ];
  const from = result.baselineFrom ? ` (${escapeMarkdown(clip(result.baselineFrom, 400))})` : '';
  return `**Baseline:** ${parts.join(', ')}${from}${runLink(result.baselineRunUrl)}`;
}

/** The counts, the baseline and what to do: kept whole, under the verdict and above the causes. */
function overviewLines(result: GateResult): string[] {
  const { counts } = result;
  const columns: [string, number][] = [
    ['New failures', counts.newFailures],
    ['Fixed', counts.fixed],
    ['Still failing', counts.stillFailing],
    ['Waived', counts.waived],
    ...(result.inheritedFromHostEnabled
      ? [['Inherited from host', counts.inheritedFromHost] as [string, number]]
      : []),
    ['Passed', counts.passed],
    ['Not applicable', counts.notapplicable],
  ];
  return [
    `| ${columns.map(([name]) => name).join(' | ')} |`,
    `|${columns.map(() => '---:').join('|')}|`,
    `| ${columns.map(([, count]) => String(count)).join(' | ')} |`,
    '',
    baselineLine(result),
    ...(result.newFailures.length > 0
      ? [
          '',
          '**What to do:** fix the causes below in the image, or accept a failure as a risk with a waiver ' +
            '(the ready-to-commit file is folded under the table of new failures).',
        ]
      : []),
    // Last, so just above the causes: the new failures may come from the scanner, not the image.
    ...(result.scannerDrift ? ['', markdownDriftNotice(result.scannerDrift)] : []),
  ];
}

/** The folded record of what was compared: each scan, its scanner, and the policy. */
function scanLines(result: GateResult): string[] {
  const { policy } = result;
  const failOn =
    policy.failOn === 'new'
      ? 'new failures'
      : policy.failOn === 'any'
        ? 'any failure'
        : 'nothing (report only)';
  return [
    scanLine('Current', result.current, result.image) + '  ',
    ...scannerLine('Current', result.current),
    result.baseline
      ? scanLine('Baseline', result.baseline, result.baselineFrom) + '  '
      : '**Baseline:** none, so every failure counts as new.  ',
    ...(result.baseline ? scannerLine('Baseline', result.baseline) : []),
    `**Policy:** fail on ${failOn}; counting ${describeThreshold(policy.severityThreshold)}; ` +
      `inherited-from-host set ${result.inheritedFromHostEnabled ? 'on' : 'off'}.`,
  ];
}
