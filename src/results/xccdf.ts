/**
 * Parses the carved XCCDF fragments (Rules, TestResult, Benchmark header) with fast-xml-parser and joins
 * each rule-result to its Rule by `idref`. Only the Rules the TestResult names are parsed: a full
 * benchmark (1,500 Rules in a 16 MB Benchmark for a few hundred rule-results) is mostly Rules a scan never
 * judged. One-or-many elements are normalised here, once; result values and severities are
 * checked against XCCDF's lists, and anything else is an error, never a pass.
 */
import { attribute, type CarvedDocument } from './carve.js';
import {
  RULE_RESULT_VALUES,
  SEVERITIES,
  countResults,
  type RuleOutcome,
  type RuleResultValue,
  type ScanResults,
  type ResultsFormat,
  type Severity,
  type StigIdentifiers,
} from './model.js';
import { redactText } from './why/redact.js';
import {
  BenchmarkRules,
  defineOnDemand,
  defineProse,
  parseChecks,
  parseIdents,
  ruleMetadataError,
  ruleProse,
  type ReferenceText,
  type RuleMetadata,
} from './rule-metadata.js';
import { decodeXmlEntities } from './xml-text.js';
import {
  XmlFragmentError,
  childElements,
  firstChild,
  parseXmlFragment,
  textContent,
  type XmlElement,
} from './xml-fragment.js';
import { XccdfContentError, attr, localizedText, parseElement, plainText } from './xccdf-element.js';

export { XccdfContentError } from './xccdf-element.js';
export type { ReferenceText } from './rule-metadata.js';

const DISA_RULE_ID = /(SV-\d+)(r\d+)?/;
const VULN_ID = /(?:^|[^S])(V-\d+)\b/;
const SRG_ID = /\bSRG-[A-Z]+-\d+(?:-[A-Z]+-\d+)?\b/g;

const CCI_ID = /\bCCI-\d+\b/g;
/**
 * SSG's control ids: `AC-2(4)`, `CM-6(a)`, `AU-2(d)`, `AC-17(2)`, `IA-5(1)(c)`; some spaced as DISA writes
 * them (`AC-6 (1)`, `CM-7 (5) (b)`, `CM-6 b`), and a few SP 800-53A assessment objectives (`CM-6.1(iv)`,
 * `CM-5(6).1`).
 */
const SP_800_53_ID = /\b[A-Z]{2}-\d+(?:\s*\([0-9a-z]+\))*(?:\.\d+(?:\s*\([0-9a-z]+\))*)?(?:\s+[a-z]\b)?/g;

/**
 * An SP 800-53 id written as SSG writes them (`AC-2(4)`, `CM-6(a)`, `IA-5(1)(c)`) in DISA's form, the form
 * the CCI map gives and OSCAL's ids are made from: `AC-2 (4)`, `CM-6 a`, `IA-5 (1) (c)`.
 */
export function normalizeControlId(id: string): string {
  // An SP 800-53A assessment objective (`CM-6.1(iv)`, `CM-5(6).1`) is a part of its control's assessment:
  // the control (`CM-6`, `CM-5 (6)`).
  const objective = /^([^.]+)\.\d/.exec(id);
  if (objective) return normalizeControlId(objective[1]!);
  // DISA's own spacing (`CM-6 b`): the item as SSG writes it, `CM-6(b)`.
  const [family, ...parts] = id
    .replace(/\s+([a-z])$/, '($1)')
    .replace(/\s+/g, '')
    .split(/[()]+/)
    .filter(Boolean);
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
 * Whether a rule-result's Rule is read only when its title, STIG ids, checks or prose are: a notselected
 * result that carries its own severity and weight, as oscap writes every rule-result. A whole benchmark
 * embedded in an ARF (SSG's RHEL 8 STIG: 1,520 Rules, 1,132 of them notselected) is mostly such Rules,
 * which only a report that lists every rule reads, and no assessor format.
 */
function readsRuleOnDemand(ruleResult: XmlElement, hasRule: boolean): boolean {
  if (!hasRule || attr(ruleResult, 'severity') === undefined || attr(ruleResult, 'weight') === undefined)
    return false;
  const results = childElements(ruleResult, 'result');
  return results.length === 1 && textContent(results[0]!).trim() === 'notselected';
}

/** What an outcome takes from its Rule (none when the benchmark has no Rule of that id). */
function fromRule(
  ruleId: string,
  meta: RuleMetadata | undefined,
  ownIdents: readonly { system: string; value: string }[],
  ownChecks: RuleOutcome['checks'],
): Pick<RuleOutcome, 'title' | 'stig' | 'checks'> {
  const idents = [...(meta?.idents ?? []), ...ownIdents];
  const stig = stigIdentifiers(ruleId, idents, meta?.groupIds ?? [], meta?.references ?? []);
  if (meta?.version) stig.version = meta.version;
  if (meta?.groupTitle) stig.groupTitle = meta.groupTitle;
  return {
    title: meta?.title ?? ruleId,
    stig,
    checks: ownChecks.length > 0 ? ownChecks : (meta?.checks ?? []),
  };
}

/**
 * One outcome per rule-result, joined with its Rule. The Rules of the results a check gave are parsed
 * now, in document order, so that a malformed one fails the read; the Rules of notselected results
 * ({@link readsRuleOnDemand}) when a property taken from them is first read, and a malformed one is then
 * an error naming the file and the rule, as prose is. Either way the properties are the same.
 */
/** The scanner's own messages on a rule-result (why a check did not run, say), redacted: they quote the image. */
function addMessages(outcome: RuleOutcome, ruleResult: XmlElement): void {
  const messages = childElements(ruleResult, 'message').flatMap((m) => plainText(m) ?? []);
  if (messages.length > 0) outcome.messages = messages.map(redactText);
}

function ruleOutcomes(
  source: string,
  ruleResults: readonly XmlElement[],
  benchmark: BenchmarkRules,
): RuleOutcome[] {
  const onDemand = new Set<XmlElement>();
  const parsedNow = new Set<string>();
  for (const ruleResult of ruleResults) {
    const ruleId = attr(ruleResult, 'idref') ?? '';
    if (readsRuleOnDemand(ruleResult, benchmark.carved(ruleId) !== undefined)) onDemand.add(ruleResult);
    else parsedNow.add(ruleId);
  }
  for (const id of benchmark.ids()) if (parsedNow.has(id)) benchmark.metadata(id);

  return ruleResults.map((ruleResult) => {
    const ruleId = attr(ruleResult, 'idref');
    if (!ruleId) throw new XccdfContentError('a <rule-result> without an idref');
    const result = resultValue(ruleId, childElements(ruleResult, 'result'));
    const ownIdents = parseIdents(ruleResult);
    const ownChecks = parseChecks(ruleResult);
    if (onDemand.has(ruleResult)) {
      const outcome: RuleOutcome = {
        ruleId,
        result,
        severity: severityValue(ruleId, attr(ruleResult, 'severity')),
        // Placeholders that keep the properties in the order of an outcome read at once.
        title: ruleId,
        weight: weightValue(ruleId, attr(ruleResult, 'weight')),
        stig: { cci: [], srg: [] },
        checks: [],
      };
      defineOnDemand(outcome, ['title', 'stig', 'checks'], () => {
        try {
          return fromRule(ruleId, benchmark.metadata(ruleId), ownIdents, ownChecks);
        } catch (error) {
          throw ruleMetadataError(source, ruleId, error);
        }
      });
      addMessages(outcome, ruleResult);
      defineProse(source, outcome, ruleProse(benchmark.carved(ruleId)!));
      return outcome;
    }
    const meta = benchmark.metadata(ruleId);
    const outcome: RuleOutcome = {
      ruleId,
      result,
      severity: severityValue(ruleId, attr(ruleResult, 'severity') ?? meta?.severity),
      title: ruleId,
      weight: weightValue(ruleId, attr(ruleResult, 'weight') ?? meta?.weight),
      stig: { cci: [], srg: [] },
      checks: [],
    };
    Object.assign(outcome, fromRule(ruleId, meta, ownIdents, ownChecks));
    addMessages(outcome, ruleResult);
    if (meta) defineProse(source, outcome, meta.prose);
    return outcome;
  });
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
  const benchmarkRules = new BenchmarkRules(
    carved.rules,
    new Set(ruleResults.map((r) => attr(r, 'idref') ?? '')),
  );
  const rules = ruleOutcomes(source, ruleResults, benchmarkRules);

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
