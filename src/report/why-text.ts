/**
 * A failing rule's evidence in plain words: one short finding per deciding test ("/usr/lib/apk/db/installed
 * has P:dropbear", "no line of /etc/ssl/openssl.cnf matches …") and the full plain-text lines an engineer
 * or an assessor reads (checklists' finding details use {@link evidenceLines}). No Markdown here: every
 * value is flattened to one line with control characters removed; callers escape for their format.
 */
import type {
  EvidenceField,
  OvalItemEvidence,
  OvalObjectEvidence,
  OvalTestEvidence,
  RuleEvidence,
} from '../results/model.js';
import { oneLine } from './escape.js';

/** A finding as parts: plain words (ours) and values (from the scan), so each format can mark values up. */
export type FindingPart = { text: string } | { value: string };

function field(fields: readonly EvidenceField[], name: string): EvidenceField | undefined {
  return fields.find((f) => f.name === name);
}

function value(text: string): FindingPart {
  return { value: oneLine(text) };
}

function words(text: string): FindingPart {
  return { text };
}

/** What a test's object names: a file, a directory and a file name pattern, a variable, or its fields. */
function subject(object: OvalObjectEvidence | undefined): FindingPart[] {
  if (!object) return [words('its object')];
  const fields = object.fields;
  const filepath = field(fields, 'filepath');
  const path = field(fields, 'path');
  const filename = field(fields, 'filename');
  const name = field(fields, 'name');
  if (filepath) {
    return filepath.operation ? [words('files matching '), value(filepath.value)] : [value(filepath.value)];
  }
  if (path && filename) {
    return filename.operation || path.operation
      ? [words('files in '), value(path.value), words(' named like '), value(filename.value)]
      : [value(`${path.value.replace(/\/+$/, '')}/${filename.value}`)];
  }
  if (path) return [value(path.value)];
  if (name) return [words('variable '), value(name.value)];
  return [value(fields.map((f) => `${f.name} ${f.value}`).join(', ') || object.type)];
}

/** `-rwxr-xrwx`-style mode from a file item's permission fields; undefined without them. */
export function fileMode(fields: readonly EvidenceField[]): string | undefined {
  const bit = (name: string) => field(fields, name)?.value === 'true';
  if (!field(fields, 'uread')) return undefined;
  const type = field(fields, 'type')?.value;
  const kind = type === 'directory' ? 'd' : type === 'symbolic link' ? 'l' : '-';
  const triple = (who: 'u' | 'g' | 'o', special: boolean, specialChar: string) =>
    (bit(`${who}read`) ? 'r' : '-') +
    (bit(`${who}write`) ? 'w' : '-') +
    (special ? (bit(`${who}exec`) ? specialChar : specialChar.toUpperCase()) : bit(`${who}exec`) ? 'x' : '-');
  return (
    kind + triple('u', bit('suid'), 's') + triple('g', bit('sgid'), 's') + triple('o', bit('sticky'), 't')
  );
}

/** What one collected item shows, as finding parts. */
function itemParts(item: OvalItemEvidence): FindingPart[] {
  const fields = item.fields;
  const file = field(fields, 'filepath')?.value ?? field(fields, 'path')?.value;
  if (item.type.startsWith('textfilecontent')) {
    const text = field(fields, 'text')?.value ?? '';
    return [value(file ?? '?'), words(' has '), value(text)];
  }
  if (item.type === 'file_item') {
    const mode = fileMode(fields);
    const owner = [field(fields, 'user_id')?.value, field(fields, 'group_id')?.value];
    return [
      value(file ?? '?'),
      words(mode ? ' is ' : ' exists'),
      ...(mode ? [value(mode)] : []),
      ...(owner[0] !== undefined ? [words(', owner '), value(`${owner[0]}:${owner[1] ?? '?'}`)] : []),
    ];
  }
  if (item.type.startsWith('filehash')) {
    const kind = field(fields, 'hash_type')?.value ?? 'hash';
    return [
      value(file ?? '?'),
      words(' has '),
      value(kind),
      words(' '),
      value(field(fields, 'hash')?.value ?? '?'),
    ];
  }
  if (item.type.startsWith('environmentvariable')) {
    return [
      words('variable '),
      value(field(fields, 'name')?.value ?? '?'),
      words(' is '),
      value(field(fields, 'value')?.value ?? ''),
    ];
  }
  return [value(fields.map((f) => `${f.name} ${f.value}`).join(', ') || item.type)];
}

/**
 * The finding of one deciding test: what it found (its items), or that nothing was found, or why it
 * could not tell.
 */
export function testFinding(test: OvalTestEvidence): FindingPart[] {
  const object = test.object;
  if (test.items.length > 0) {
    const parts: FindingPart[] = [];
    test.items.forEach((item, i) => {
      if (i > 0) parts.push(words('; '));
      parts.push(...itemParts(item));
    });
    if (test.itemsOmitted > 0) parts.push(words(` (and ${test.itemsOmitted} more)`));
    const expected = test.state?.fields ?? [];
    if (expected.length > 0) {
      parts.push(words('; expected '));
      expected.forEach((f, i) => {
        parts.push(words(`${i > 0 ? ', ' : ''}${f.name} ${f.operation ? `${f.operation} ` : ''}`));
        parts.push(value(f.value));
      });
    }
    return parts;
  }
  const flag = object?.flag;
  if (flag === 'error' || test.result === 'error' || flag === 'not collected') {
    const message = [...(object?.messages ?? []), ...test.messages][0];
    return [words('could not check '), ...subject(object), ...(message ? [words(': '), value(message)] : [])];
  }
  if (object?.type.startsWith('textfilecontent')) {
    const pattern = field(object.fields, 'pattern');
    return [words('no line of '), ...subject(object), words(' matches '), value(pattern?.value ?? '?')];
  }
  if (object?.type.startsWith('environmentvariable')) return [...subject(object), words(' is not set')];
  return [...subject(object), words(' does not exist')];
}

/** A finding as one plain line. */
export function findingText(parts: readonly FindingPart[]): string {
  return parts.map((p) => ('text' in p ? p.text : p.value)).join('');
}

/** The one-line summary of a rule's evidence: its first deciding test's finding (or the script's output). */
export function evidenceSummary(evidence: RuleEvidence): string {
  if (evidence.kind === 'sce') {
    return `${oneLine(evidence.script)} printed: ${oneLine(evidence.output[0] ?? '(nothing)')}`;
  }
  const first = evidence.tests[0];
  if (!first) return `OVAL definition ${oneLine(evidence.definitionId)} is ${evidence.definitionResult}`;
  const more = evidence.tests.length - 1 + evidence.testsOmitted;
  return (
    findingText(testFinding(first)) + (more > 0 ? ` (and ${more} more test${more === 1 ? '' : 's'})` : '')
  );
}

function fieldsText(fields: readonly EvidenceField[]): string {
  return fields
    .map((f) => `${f.name}${f.operation ? ` (${f.operation})` : ''} ${oneLine(f.value)}`)
    .join(', ');
}

function testHeading(test: OvalTestEvidence): string {
  const how = [test.type, test.checkExistence, test.check && `check ${test.check}`]
    .filter(Boolean)
    .join(', ');
  const result = test.negated ? `${test.result}, negated` : test.result;
  return `test ${test.comment ? `"${oneLine(test.comment)}"` : oneLine(test.id)} (${oneLine(how)}): ${result}`;
}

/**
 * A rule's evidence as plain text lines (no Markdown, no control characters), for text output and for
 * checklists' finding details. Lines after the first are indented by two spaces per level.
 */
export function evidenceLines(evidence: RuleEvidence): string[] {
  if (evidence.kind === 'sce') {
    return [
      `SCE script ${oneLine(evidence.script)} printed:`,
      ...evidence.output.map((line) => `  ${oneLine(line)}`),
      ...(evidence.outputOmitted > 0 ? [`  (and ${evidence.outputOmitted} more lines)`] : []),
    ];
  }
  const lines = [
    `OVAL definition ${oneLine(evidence.definitionId)}${evidence.title ? ` "${oneLine(evidence.title)}"` : ''}: ${evidence.definitionResult}`,
  ];
  for (const test of evidence.tests) {
    lines.push(`  ${testHeading(test)}`);
    if (test.object) {
      const flag = test.object.flag ? ` [${oneLine(test.object.flag)}]` : '';
      lines.push(`    looked at: ${fieldsText(test.object.fields) || oneLine(test.object.type)}${flag}`);
      if (test.object.variables.length > 0) lines.push(`    variables: ${fieldsText(test.object.variables)}`);
    }
    if (test.state && test.state.fields.length > 0)
      lines.push(`    expected: ${fieldsText(test.state.fields)}`);
    lines.push(`    found: ${findingText(testFinding(test))}`);
    for (const message of [...(test.object?.messages ?? []), ...test.messages])
      lines.push(`    message: ${oneLine(message)}`);
  }
  if (evidence.testsOmitted > 0) lines.push(`  (and ${evidence.testsOmitted} more tests)`);
  return lines;
}
