/**
 * Parses the carved XCCDF fragments (Rules, TestResult, Benchmark header) with fast-xml-parser and joins
 * each rule-result to its Rule by `idref`. Only the Rules the TestResult names are parsed: a full
 * benchmark (1,500 Rules in a 16 MB Benchmark for a few hundred rule-results) is mostly Rules a scan never
 * judged. One-or-many elements are normalised here, once; result values and severities are
 * checked against XCCDF's lists, and anything else is an error, never a pass.
 */
import { ResultsFormatError } from '../errors.js';
import { attribute, type CarvedDocument, type CarvedProse, type CarvedRule } from './carve.js';
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
import { decodeXmlEntities, normalizeWhitespace } from './xml-text.js';
import {
  XmlFragmentError,
  childElements,
  firstChild,
  parseXmlFragment,
  textContent,
  type XmlElement,
} from './xml-fragment.js';

/** Raised for content that is well-formed XML but not usable results; the reader adds the file name. */
export class XccdfContentError extends Error {
  override readonly name = 'XccdfContentError';
}

/** The one top-level element of a carved fragment; a fragment that does not parse is named in the error. */
function parseElement(xml: string, name: string): XmlElement {
  let element: XmlElement | undefined;
  try {
    element = firstChild(parseXmlFragment(xml), name);
  } catch (error) {
    if (!(error instanceof XmlFragmentError)) throw error;
    const id = attribute(xml.slice(0, xml.indexOf('>')), 'id');
    throw new XmlFragmentError(`in <${name}${id === undefined ? '' : ` id="${id}"`}>: ${error.message}`);
  }
  if (element === undefined) throw new XccdfContentError(`could not parse a <${name}> element`);
  return element;
}

function attr(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes[name];
}

/** Plain text of an element that may carry XHTML: markup dropped, white space normalised; undefined if empty. */
function plainText(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const plain = normalizeWhitespace(textContent(element));
  return plain === '' ? undefined : plain;
}

/** The English (or first) of several language variants of a child element. */
function localizedElement(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  const variants = childElements(parent, name);
  return (
    variants.find((v) => (attr(v, 'xml:lang') ?? attr(v, 'lang') ?? 'en').startsWith('en')) ?? variants[0]
  );
}

/** The English (or first) text among several language variants of a child element. */
function localizedText(parent: XmlElement | undefined, name: string): string | undefined {
  return plainText(localizedElement(parent, name));
}

/** The English (or first) of several language variants of a prose child, told from their start tags. */
function localizedProse(prose: readonly CarvedProse[], name: string): CarvedProse | undefined {
  const variants = prose.filter((p) => p.name === name);
  return variants.find((v) => decodeXmlEntities(v.lang ?? 'en').startsWith('en')) ?? variants[0];
}

/**
 * Gives `outcome` its description, rationale and fix text as properties computed on first read and then
 * kept: they are most of a benchmark's text, and only reports about failing rules read them, so each is
 * parsed (by fast-xml-parser, like every fragment) only then. Prose that does not parse is an error naming
 * the file and the rule, when it is read. Empty elements give no property.
 */
function defineProse(source: string, outcome: RuleOutcome, prose: RuleMetadata['prose']): void {
  for (const key of ['description', 'rationale', 'fixText'] as const) {
    const carved = prose[key];
    // Only white space (or nothing) is no prose: no property, as for a missing element.
    if (carved === undefined || carved.empty) continue;
    Object.defineProperty(outcome, key, {
      enumerable: true,
      configurable: true,
      get() {
        let value: string | undefined;
        try {
          // Text without markup or references is its own plain text: no parse (a third of the prose
          // of real benchmarks, most rationales).
          value =
            carved.plain !== undefined
              ? normalizeWhitespace(carved.plain) || undefined
              : plainText(parseElement(carved.xml, carved.name));
        } catch (error) {
          if (!(error instanceof XmlFragmentError)) throw error;
          throw new ResultsFormatError(source, `rule ${outcome.ruleId}: ${error.message}`);
        }
        Object.defineProperty(outcome, key, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
      set(value: string | undefined) {
        Object.defineProperty(outcome, key, { value, enumerable: true, writable: true, configurable: true });
      },
    });
  }
}

interface RuleMetadata {
  severity?: string;
  weight?: string;
  title?: string;
  version?: string;
  /** Prose, flattened only when read (see {@link defineProse}). */
  prose: { description?: CarvedProse; rationale?: CarvedProse; fixText?: CarvedProse };
  idents: { system: string; value: string }[];
  references: ReferenceText[];
  checks: CheckReference[];
  groupIds: string[];
  groupTitle?: string;
}

function parseIdents(parent: XmlElement): { system: string; value: string }[] {
  return childElements(parent, 'ident').map((ident) => ({
    system: attr(ident, 'system') ?? '',
    value: normalizeWhitespace(textContent(ident)),
  }));
}

function parseChecks(parent: XmlElement): CheckReference[] {
  return childElements(parent, 'check').flatMap((check) => {
    const system = attr(check, 'system') ?? '';
    const refs = childElements(check, 'check-content-ref');
    if (refs.length === 0) return [{ system }];
    return refs.map((ref) => ({ system, name: attr(ref, 'name'), href: attr(ref, 'href') }));
  });
}

/** The id of a carved Rule, from its start tag (the Rule itself is parsed only when a result needs it). */
function carvedRuleId(rule: CarvedRule): string | undefined {
  const id = attribute(rule.xml.slice(0, rule.xml.indexOf('>')), 'id');
  return id === undefined ? undefined : decodeXmlEntities(id);
}

/** Parses one carved Rule into its metadata. */
function ruleMetadata(rule: XmlElement, carved: CarvedRule): RuleMetadata {
  const { groupIds, prose, references } = carved;
  const meta: RuleMetadata = {
    severity: attr(rule, 'severity'),
    weight: attr(rule, 'weight'),
    title: localizedText(rule, 'title'),
    version: plainText(firstChild(rule, 'version')),
    prose: {
      description: localizedProse(prose, 'description'),
      rationale: localizedProse(prose, 'rationale'),
      fixText: localizedProse(prose, 'fixtext'),
    },
    idents: parseIdents(rule),
    references: referenceTexts(references),
    checks: parseChecks(rule),
    groupIds,
  };
  const groupTitle = carved.groupTitle && plainText(parseElement(carved.groupTitle, 'title'));
  if (groupTitle) meta.groupTitle = groupTitle;
  return meta;
}

/**
 * The metadata of the Rules named in `wanted`, by rule id; the other Rules are not parsed. A Rule with no
 * id is an error whatever it is. With two Rules of one id, the later one counts (as a map keeps it).
 */
export function parseRules(
  carved: readonly CarvedRule[],
  wanted: ReadonlySet<string>,
): Map<string, RuleMetadata> {
  const byId = new Map<string, CarvedRule>();
  for (const rule of carved) {
    const id = carvedRuleId(rule);
    if (!id) throw new XccdfContentError('a <Rule> without an id');
    if (wanted.has(id)) byId.set(id, rule);
  }
  const rules = new Map<string, RuleMetadata>();
  for (const [id, rule] of byId) rules.set(id, ruleMetadata(parseElement(rule.xml, 'Rule'), rule));
  return rules;
}

/** A reference's `href` and its words. */
export interface ReferenceText {
  href: string;
  text: string;
}

/**
 * The references the model reads: those that can name an SRG, a CCI (SSG's `<reference
 * href="https://public.cyber.mil/stigs/cci/">CCI-000366</reference>`) or an SP 800-53 control (SSG's
 * references to NIST's SP 800-53 publication). Most do not: a reference whose XML has none of `SRG-`,
 * `CCI-`, `800-53`, an entity or character reference or a comment cannot name one in its text either,
 * so only the others are parsed (all of a Rule's at once).
 */
function referenceTexts(references: readonly string[]): ReferenceText[] {
  const candidates = references.filter(
    (xml) =>
      xml.includes('SRG-') ||
      xml.includes('CCI-') ||
      xml.includes('800-53') ||
      xml.includes('&') ||
      xml.includes('<!'),
  );
  if (candidates.length === 0) return [];
  // <reference> is free text or Dublin Core children; either way its words are what we search.
  return childElements(parseReferences(candidates.join('')), 'reference').map((reference) => ({
    href: attr(reference, 'href') ?? '',
    text: textContent(reference),
  }));
}

function parseReferences(xml: string): XmlElement {
  try {
    return parseXmlFragment(xml);
  } catch (error) {
    if (!(error instanceof XmlFragmentError)) throw error;
    throw new XmlFragmentError(`in a <reference>: ${error.message}`);
  }
}

const DISA_RULE_ID = /(SV-\d+)(r\d+)?/;
const VULN_ID = /(?:^|[^S])(V-\d+)\b/;
const SRG_ID = /\bSRG-[A-Z]+-\d+(?:-[A-Z]+-\d+)?\b/g;

const CCI_ID = /\bCCI-\d+\b/g;
/** SSG's control ids: `AC-2(4)`, `CM-6(a)`, `AU-2(d)`, `AC-17(2)`, `IA-5(1)(c)`. */
const SP_800_53_ID = /\b[A-Z]{2}-\d+(?:\([0-9a-z]+\))*/g;

/**
 * An SP 800-53 id written as SSG writes them (`AC-2(4)`, `CM-6(a)`, `IA-5(1)(c)`) in DISA's form, the form
 * the CCI map gives and OSCAL's ids are made from: `AC-2 (4)`, `CM-6 a`, `IA-5 (1) (c)`.
 */
export function normalizeControlId(id: string): string {
  const [family, ...parts] = id.replace(/\s+/g, '').split(/[()]+/).filter(Boolean);
  let enhanced = false;
  let text = family ?? id;
  for (const part of parts) {
    if (/^\d+$/.test(part) && !enhanced) {
      enhanced = true;
      text += ` (${part})`;
    } else {
      text += enhanced ? ` (${part})` : ` ${part}`;
    }
  }
  return text;
}

/** Whether a reference's href names NIST SP 800-53 (SSG: `…/NIST.SP.800-53r4.pdf`). */
function namesSp80053(href: string): boolean {
  return /800-53/.test(href);
}

/** Whether a reference's href is DISA's CCI list (`https://public.cyber.mil/stigs/cci/`). */
function namesCci(href: string): boolean {
  return /cyber\.mil\/stigs\/cci|\/cci\b/i.test(href);
}

/** STIG identifiers from a rule's id, its Groups and its idents/references. */
export function stigIdentifiers(
  ruleId: string,
  idents: readonly { system: string; value: string }[],
  groupIds: readonly string[],
  references: readonly ReferenceText[],
): StigIdentifiers {
  const stig: StigIdentifiers = { cci: [], srg: [] };
  const nist: string[] = [];
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
  for (const { href, text } of references) {
    if (namesCci(href))
      for (const cci of text.match(CCI_ID) ?? []) if (!stig.cci.includes(cci)) stig.cci.push(cci);
    if (namesSp80053(href)) {
      for (const id of text.match(SP_800_53_ID) ?? []) {
        const control = normalizeControlId(id);
        if (!nist.includes(control)) nist.push(control);
      }
    }
  }
  if (nist.length > 0) stig.nist = nist;
  for (const source of [...idents.map((i) => i.value), ...references.map((r) => r.text)]) {
    for (const srg of source.match(SRG_ID) ?? []) if (!stig.srg.includes(srg)) stig.srg.push(srg);
  }
  return stig;
}

/**
 * The value of a rule-result's one `<result>`. Two are an error, not the first one read: a rule-result
 * whose `pass` came before its `fail` would pass.
 */
function resultValue(ruleId: string, results: readonly XmlElement[]): RuleResultValue {
  if (results.length > 1) {
    throw new XccdfContentError(
      `rule-result ${ruleId} has ${results.length} <result> elements; XCCDF allows one`,
    );
  }
  const value = results[0] && textContent(results[0]).trim();
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
 * The Benchmark's title and version, and the Profile the TestResult names: a benchmark's other Profiles
 * (each a list of hundreds of selections) are not parsed.
 */
function parseHeader(parts: readonly string[], profileId: string | undefined): XmlElement {
  const wanted = parts.filter((xml) => {
    const startTag = xml.slice(0, xml.indexOf('>'));
    const name = /^<([^\s/>]+)/.exec(startTag)?.[1] ?? '';
    if (name !== 'Profile' && !name.endsWith(':Profile')) return true;
    const id = attribute(startTag, 'id');
    return profileId !== undefined && id !== undefined && decodeXmlEntities(id) === profileId;
  });
  try {
    return parseXmlFragment(wanted.join(''));
  } catch (error) {
    if (!(error instanceof XmlFragmentError)) throw error;
    throw new XmlFragmentError(`in the Benchmark's title, version or Profile: ${error.message}`);
  }
}

/** The longest OS text kept from a target's facts (they come from the scanned system). */
const OS_TEXT_MAX = 200;

/**
 * The target's OS from the TestResult's facts: `…:asset:identifier:os_name` and `os_version`, as DISA's
 * SCC writes them (`urn:scap:fact:…`; the `urn:xccdf:fact:…` spelling counts too). Plain text, clipped.
 */
function osOfFacts(facts: ReadonlyMap<string | undefined, string | undefined>): string | undefined {
  const fact = (field: string) =>
    (
      facts.get(`urn:scap:fact:asset:identifier:${field}`) ??
      facts.get(`urn:xccdf:fact:asset:identifier:${field}`)
    )
      ?.replace(/\s+/g, ' ')
      .trim();
  const text = [fact('os_name'), fact('os_version')].filter(Boolean).join(' ');
  return text === '' ? undefined : text.slice(0, OS_TEXT_MAX);
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
  const testResult = parseElement(chosen.xml, 'TestResult');
  const testResultId = attr(testResult, 'id') ?? '';
  if (carved.testResults.length > 1) {
    const others = carved.testResults
      .slice(0, -1)
      .map((t) => attribute(t.xml.slice(0, t.xml.indexOf('>')), 'id'));
    warnings.push(
      `${carved.testResults.length} TestResults in one file; using the last one (${testResultId}) and ignoring ${others.join(', ')}`,
    );
  }

  const ruleResults = childElements(testResult, 'rule-result');
  const metadata = parseRules(carved.rules, new Set(ruleResults.map((r) => attr(r, 'idref') ?? '')));
  const rules: RuleOutcome[] = ruleResults.map((ruleResult) => {
    const ruleId = attr(ruleResult, 'idref');
    if (!ruleId) throw new XccdfContentError('a <rule-result> without an idref');
    const meta = metadata.get(ruleId);
    const idents = [...(meta?.idents ?? []), ...parseIdents(ruleResult)];
    const checks = parseChecks(ruleResult);
    const outcome: RuleOutcome = {
      ruleId,
      result: resultValue(ruleId, childElements(ruleResult, 'result')),
      severity: severityValue(ruleId, attr(ruleResult, 'severity') ?? meta?.severity),
      title: meta?.title ?? ruleId,
      weight: weightValue(ruleId, attr(ruleResult, 'weight') ?? meta?.weight),
      stig: stigIdentifiers(ruleId, idents, meta?.groupIds ?? [], meta?.references ?? []),
      checks: checks.length > 0 ? checks : (meta?.checks ?? []),
    };
    if (meta?.version) outcome.stig.version = meta.version;
    if (meta?.groupTitle) outcome.stig.groupTitle = meta.groupTitle;
    if (meta) defineProse(source, outcome, meta.prose);
    return outcome;
  });

  const benchmarkId =
    (carved.benchmarkStartTag && attribute(carved.benchmarkStartTag, 'id')) ??
    attr(firstChild(testResult, 'benchmark'), 'id') ??
    '';
  const profileId = attr(firstChild(testResult, 'profile'), 'idref');
  const header = parseHeader(carved.benchmarkHeader, profileId);
  const profile = childElements(header, 'Profile').find((p) => attr(p, 'id') === profileId);
  const facts = new Map(
    childElements(firstChild(testResult, 'target-facts'), 'fact').map((f) => [attr(f, 'name'), plainText(f)]),
  );
  const testSystem = attr(testResult, 'test-system');

  const version = plainText(firstChild(header, 'version'));
  const releaseInfo = plainText(
    childElements(header, 'plain-text').find((p) => attr(p, 'id') === 'release-info'),
  );
  const benchmarkTitle = localizedText(header, 'title');
  const scannerVersion =
    facts.get('urn:xccdf:fact:scanner:version') ?? /:([^:]+)$/.exec(testSystem ?? '')?.[1];
  const scannerName =
    facts.get('urn:xccdf:fact:scanner:name') ?? (testSystem?.includes('openscap') ? 'OpenSCAP' : undefined);
  const target = plainText(firstChild(testResult, 'target'));
  const targetOs = osOfFacts(facts);

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
  if (version) results.benchmark.version = version;
  if (releaseInfo) results.benchmark.releaseInfo = releaseInfo;
  if (benchmarkTitle) results.benchmark.title = benchmarkTitle;
  if (profileId) results.profile.id = profileId;
  const profileTitle = localizedText(profile, 'title');
  if (profileTitle) results.profile.title = profileTitle;
  if (target) results.target = target;
  if (targetOs) results.targetOs = targetOs;
  if (scannerName) results.scanner.name = scannerName;
  if (scannerVersion) results.scanner.version = scannerVersion;
  const startTime = attr(testResult, 'start-time');
  const endTime = attr(testResult, 'end-time');
  if (startTime) results.startTime = startTime;
  if (endTime) results.endTime = endTime;
  return results;
}
