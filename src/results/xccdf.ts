/**
 * Parses the carved XCCDF fragments (Rules, TestResult, Benchmark header) and joins each rule-result to
 * its Rule by `idref`. One-or-many elements are normalised here, once; result values and severities are
 * checked against XCCDF's lists, and anything else is an error, never a pass.
 */
import { XMLParser } from 'fast-xml-parser';
import { attribute, type CarvedDocument, type CarvedRule } from './carve.js';
import {
  RULE_RESULT_VALUES,
  SEVERITIES,
  countResults,
  type CheckReference,
  type RuleOutcome,
  type RuleResultValue,
  type ScanResults,
  type ResultsFormat,
  type Severity,
  type StigIdentifiers,
} from './model.js';
import { decodeXmlEntities, normalizeWhitespace, xmlToPlainText } from './xml-text.js';

/** Raised for content that is well-formed XML but not usable results; the reader adds the file name. */
export class XccdfContentError extends Error {
  override readonly name = 'XccdfContentError';
}

const ALWAYS_ARRAYS = new Set([
  'rule-result',
  'ident',
  'reference',
  'check',
  'check-content-ref',
  'fact',
  'target',
  'title',
  'fixtext',
  'select',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '$',
  removeNSPrefix: true,
  // Entities are decoded by hand (xml-text.ts): only the predefined ones exist without a DTD.
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Text that may carry XHTML is kept raw and flattened to plain text afterwards (prose is lifted out
  // before parsing: see liftProse).
  stopNodes: ['*.title', '*.description', '*.rationale', '*.fixtext'],
  isArray: (name) => ALWAYS_ARRAYS.has(name),
});

/** A parsed element: attributes under `$`, text under `#text`, children by local name. */
interface XmlNode {
  $?: Record<string, string>;
  '#text'?: string;
  [child: string]: unknown;
}

function parseFragment(xml: string, rootName: string): XmlNode {
  const parsed = parser.parse(xml) as Record<string, unknown>;
  const found = parsed[rootName];
  const node: unknown = Array.isArray(found) ? found[0] : found;
  if (node === undefined) throw new XccdfContentError(`could not parse a <${rootName}> element`);
  return typeof node === 'string' ? { '#text': node } : (node as XmlNode);
}

function nodes(value: unknown): XmlNode[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) =>
    typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': String(item) },
  );
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.$?.[name];
  return value === undefined ? undefined : decodeXmlEntities(value);
}

/** Plain text of an element whose content may be markup (stop nodes) or plain text. */
function text(node: XmlNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const raw = node['#text'];
  if (raw === undefined) return undefined;
  const plain = xmlToPlainText(raw);
  return plain === '' ? undefined : plain;
}

/** The English (or first) text among several language variants; `prose` resolves lifted-out text. */
function localizedText(value: unknown, prose?: readonly string[]): string | undefined {
  const variants = nodes(value);
  const chosen =
    variants.find((v) => (attr(v, 'xml:lang') ?? attr(v, 'lang') ?? 'en').startsWith('en')) ?? variants[0];
  const lifted = chosen?.$?.[PROSE_ATTRIBUTE];
  if (lifted === undefined || prose === undefined) return text(chosen);
  const plain = xmlToPlainText(prose[Number(lifted)] ?? '');
  return plain === '' ? undefined : plain;
}

const PROSE_ATTRIBUTE = 'stig-gate-prose';
/** A description, rationale or fixtext element with content (self-closing ones are left alone). */
const PROSE_ELEMENT =
  /<((?:[\w.-]+:)?)(description|rationale|fixtext)((?:\s(?:[^>"'/]|"[^"]*"|'[^']*')*)?)>([\s\S]*?)<\/\1\2\s*>/g;

/**
 * Lifts the prose elements out of Rules before they are parsed: they are most of a Rule's bytes and need
 * no parsing, only flattening to text, so the parser sees a small skeleton (several times faster). Each
 * element is replaced by an empty one pointing into the returned `prose` list.
 */
function liftProse(xml: string): { skeleton: string; prose: string[] } {
  const prose: string[] = [];
  const skeleton = xml.replace(
    PROSE_ELEMENT,
    (_whole, prefix: string, name: string, attrs: string, body: string) => {
      prose.push(body);
      return `<${prefix}${name}${attrs} ${PROSE_ATTRIBUTE}="${prose.length - 1}"/>`;
    },
  );
  return { skeleton, prose };
}

interface RuleMetadata {
  severity?: string;
  weight?: string;
  title?: string;
  description?: string;
  rationale?: string;
  fixText?: string;
  idents: { system: string; value: string }[];
  references: string[];
  checks: CheckReference[];
  groupIds: string[];
}

function parseIdents(value: unknown): { system: string; value: string }[] {
  return nodes(value).map((ident) => ({
    system: attr(ident, 'system') ?? '',
    value: normalizeWhitespace(decodeXmlEntities(ident['#text'] ?? '')),
  }));
}

function parseChecks(value: unknown): CheckReference[] {
  return nodes(value).flatMap((check) => {
    const system = attr(check, 'system') ?? '';
    const refs = nodes(check['check-content-ref']);
    if (refs.length === 0) return [{ system }];
    return refs.map((ref) => ({ system, name: attr(ref, 'name'), href: attr(ref, 'href') }));
  });
}

function referenceText(node: XmlNode): string {
  // <reference> is free text or Dublin Core children; either way its words are what we search.
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) if (key !== '$') walk(child);
    }
  };
  walk(node);
  return decodeXmlEntities(parts.join(' '));
}

/** Parses carved Rules into metadata by rule id. */
export function parseRules(carved: readonly CarvedRule[]): Map<string, RuleMetadata> {
  const rules = new Map<string, RuleMetadata>();
  // One parser call for all Rules: the per-call set-up costs more than the parsing of one small Rule.
  const { skeleton, prose } = liftProse(`<rules>${carved.map((r) => r.xml).join('')}</rules>`);
  const parsed = nodes(parseFragment(skeleton, 'rules').Rule);
  if (parsed.length !== carved.length) throw new XccdfContentError('could not parse every <Rule> element');
  for (const [index, { groupIds }] of carved.entries()) {
    const rule = parsed[index]!;
    const id = attr(rule, 'id');
    if (!id) throw new XccdfContentError('a <Rule> without an id');
    rules.set(id, {
      severity: attr(rule, 'severity'),
      weight: attr(rule, 'weight'),
      title: localizedText(rule.title),
      description: localizedText(rule.description, prose),
      rationale: localizedText(rule.rationale, prose),
      fixText: localizedText(rule.fixtext, prose),
      idents: parseIdents(rule.ident),
      references: nodes(rule.reference).map(referenceText),
      checks: parseChecks(rule.check),
      groupIds,
    });
  }
  return rules;
}

const DISA_RULE_ID = /(SV-\d+)(r\d+)?/;
const VULN_ID = /(?:^|[^S])(V-\d+)\b/;
const SRG_ID = /\bSRG-[A-Z]+-\d+(?:-[A-Z]+-\d+)?\b/g;

/** STIG identifiers from a rule's id, its Groups and its idents/references. */
export function stigIdentifiers(
  ruleId: string,
  idents: readonly { system: string; value: string }[],
  groupIds: readonly string[],
  references: readonly string[],
): StigIdentifiers {
  const stig: StigIdentifiers = { cci: [], srg: [] };
  const disa = DISA_RULE_ID.exec(ruleId);
  if (disa) {
    stig.ruleId = disa[1];
    if (disa[2]) stig.revision = disa[2];
  }
  const vuln =
    [...groupIds]
      .reverse()
      .map((id) => VULN_ID.exec(id)?.[1])
      .find(Boolean) ?? idents.map((i) => /^V-\d+$/.exec(i.value)?.[0]).find(Boolean);
  if (vuln) stig.vulnId = vuln;
  for (const ident of idents) {
    if (/^CCI-\d+$/.test(ident.value) && !stig.cci.includes(ident.value)) stig.cci.push(ident.value);
  }
  for (const source of [...idents.map((i) => i.value), ...references]) {
    for (const srg of source.match(SRG_ID) ?? []) if (!stig.srg.includes(srg)) stig.srg.push(srg);
  }
  return stig;
}

function resultValue(ruleId: string, raw: string | undefined): RuleResultValue {
  const value = raw?.trim();
  if (value === undefined || value === '') {
    throw new XccdfContentError(`rule-result ${ruleId} has no <result>`);
  }
  if (!(RULE_RESULT_VALUES as readonly string[]).includes(value)) {
    throw new XccdfContentError(
      `rule-result ${ruleId} has result '${value}', which is not an XCCDF result value (${RULE_RESULT_VALUES.join(', ')})`,
    );
  }
  return value as RuleResultValue;
}

function severityValue(ruleId: string, raw: string | undefined): Severity {
  const value = raw?.trim() || 'unknown';
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new XccdfContentError(
      `rule ${ruleId} has severity '${value}'; XCCDF allows ${SEVERITIES.join(', ')}`,
    );
  }
  return value as Severity;
}

function weightValue(ruleId: string, raw: string | undefined): number {
  if (raw === undefined) return 1;
  const weight = Number(raw);
  if (!Number.isFinite(weight) || weight < 0)
    throw new XccdfContentError(`rule ${ruleId} has weight '${raw}'`);
  return weight;
}

function formatOf(carved: CarvedDocument, testResultNamespace: string): ResultsFormat {
  switch (carved.root.name) {
    case 'asset-report-collection':
      return 'arf';
    case 'TestResult':
      return 'testresult';
    default:
      return testResultNamespace.endsWith('/1.1') ? 'xccdf-1.1' : 'xccdf-1.2';
  }
}

function missingTestResult(carved: CarvedDocument): XccdfContentError {
  const { name, namespace } = carved.root;
  if (name === 'data-stream-collection') {
    return new XccdfContentError(
      'this is a SCAP source data stream (the content oscap evaluates), not scan results; ' +
        'expected the output of oscap --results or --results-arf',
    );
  }
  if (name === 'Benchmark') {
    return new XccdfContentError(
      'this XCCDF Benchmark holds no <TestResult>: it is a benchmark, not the results of a scan ' +
        '(expected the output of oscap --results or --results-arf)',
    );
  }
  if (name === 'asset-report-collection') {
    return new XccdfContentError('this ARF report collection holds no XCCDF <TestResult>');
  }
  return new XccdfContentError(
    `expected XCCDF results (<Benchmark> with a <TestResult>), ARF (<asset-report-collection>) or a ` +
      `<TestResult>, found <${name}>${namespace ? ` in namespace ${namespace}` : ''}`,
  );
}

/**
 * Builds the scan model from a carved document. With several TestResults (oscap appends one per
 * evaluation when results are fed back in), the last one in the document is the scan and a warning names
 * the others: the newest evaluation is the one a gate must judge.
 */
export function buildScanResults(source: string, carved: CarvedDocument): ScanResults {
  const chosen = carved.testResults[carved.testResults.length - 1];
  if (!chosen) throw missingTestResult(carved);
  const warnings: string[] = [];
  const testResult = parseFragment(chosen.xml, 'TestResult');
  const testResultId = attr(testResult, 'id') ?? '';
  if (carved.testResults.length > 1) {
    const others = carved.testResults
      .slice(0, -1)
      .map((t) => attribute(t.xml.slice(0, t.xml.indexOf('>')), 'id'));
    warnings.push(
      `${carved.testResults.length} TestResults in one file; using the last one (${testResultId}) and ignoring ${others.join(', ')}`,
    );
  }

  const metadata = parseRules(carved.rules);
  const rules: RuleOutcome[] = nodes(testResult['rule-result']).map((ruleResult) => {
    const ruleId = attr(ruleResult, 'idref');
    if (!ruleId) throw new XccdfContentError('a <rule-result> without an idref');
    const meta = metadata.get(ruleId);
    const idents = [...(meta?.idents ?? []), ...parseIdents(ruleResult.ident)];
    const checks = parseChecks(ruleResult.check);
    const outcome: RuleOutcome = {
      ruleId,
      result: resultValue(ruleId, nodes(ruleResult.result)[0]?.['#text']),
      severity: severityValue(ruleId, attr(ruleResult, 'severity') ?? meta?.severity),
      title: meta?.title ?? ruleId,
      weight: weightValue(ruleId, attr(ruleResult, 'weight') ?? meta?.weight),
      stig: stigIdentifiers(ruleId, idents, meta?.groupIds ?? [], meta?.references ?? []),
      checks: checks.length > 0 ? checks : (meta?.checks ?? []),
    };
    if (meta?.description) outcome.description = meta.description;
    if (meta?.rationale) outcome.rationale = meta.rationale;
    if (meta?.fixText) outcome.fixText = meta.fixText;
    return outcome;
  });

  const benchmarkRef = nodes(testResult.benchmark)[0];
  const benchmarkId =
    (carved.benchmarkStartTag && attribute(carved.benchmarkStartTag, 'id')) ?? attr(benchmarkRef, 'id') ?? '';
  // Wrapped in one element so that title stays a stop node (its XHTML and CDATA are flattened like any other).
  const header = parseFragment(`<header>${carved.benchmarkHeader.join('')}</header>`, 'header');
  const profileId = attr(nodes(testResult.profile)[0], 'idref');
  const profile = nodes(header.Profile).find((p) => attr(p, 'id') === profileId);
  const facts = new Map(
    nodes(nodes(testResult['target-facts'])[0]?.fact).map((f) => [attr(f, 'name'), f['#text']]),
  );
  const testSystem = attr(testResult, 'test-system');

  const version = nodes(header.version)[0]?.['#text'];
  const benchmarkTitle = localizedText(header.title);
  const scannerVersion =
    facts.get('urn:xccdf:fact:scanner:version') ?? /:([^:]+)$/.exec(testSystem ?? '')?.[1];
  const scannerName =
    facts.get('urn:xccdf:fact:scanner:name') ?? (testSystem?.includes('openscap') ? 'OpenSCAP' : undefined);
  const target = nodes(testResult.target)[0]?.['#text'];

  const results: ScanResults = {
    source,
    format: formatOf(carved, chosen.namespace),
    benchmark: { id: benchmarkId },
    profile: {},
    scanner: {},
    testResultId,
    rules,
    counts: countResults(rules),
    warnings,
  };
  if (version) results.benchmark.version = normalizeWhitespace(decodeXmlEntities(version));
  if (benchmarkTitle) results.benchmark.title = benchmarkTitle;
  if (profileId) results.profile.id = profileId;
  const profileTitle = profile && localizedText(profile.title);
  if (profileTitle) results.profile.title = profileTitle;
  if (target) results.target = decodeXmlEntities(target);
  if (scannerName) results.scanner.name = decodeXmlEntities(scannerName);
  if (scannerVersion) results.scanner.version = decodeXmlEntities(scannerVersion);
  const startTime = attr(testResult, 'start-time');
  const endTime = attr(testResult, 'end-time');
  if (startTime) results.startTime = startTime;
  if (endTime) results.endTime = endTime;
  return results;
}
