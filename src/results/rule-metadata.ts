/**
 * A benchmark's Rules, as carved, read into the metadata the model takes from them (title, idents,
 * checks, references, prose). Each Rule is parsed (by fast-xml-parser) at most once, and only when asked
 * for: a whole benchmark embedded in an ARF is mostly Rules the profile did not select, whose metadata
 * only a report that lists them reads (see xccdf.ts). A Group title shared by a Group's Rules is parsed
 * once.
 */
import { ResultsFormatError } from '../errors.js';
import { attribute, type CarvedProse, type CarvedRule } from './carve.js';
import type { CheckReference, RuleOutcome } from './model.js';
import { decodeXmlEntities, normalizeWhitespace } from './xml-text.js';
import {
  XmlFragmentError,
  childElements,
  firstChild,
  parseXmlFragment,
  textContent,
  type XmlElement,
} from './xml-fragment.js';
import { XccdfContentError, attr, localizedText, parseElement, plainText } from './xccdf-element.js';

/** A reference's `href` and its words. */
export interface ReferenceText {
  href: string;
  text: string;
}

export interface RuleMetadata {
  severity?: string;
  weight?: string;
  title?: string;
  version?: string;
  /** Prose, flattened only when read (see {@link defineProse}). */
  prose: RuleProse;
  idents: { system: string; value: string }[];
  references: ReferenceText[];
  checks: CheckReference[];
  groupIds: string[];
  groupTitle?: string;
}

export interface RuleProse {
  description?: CarvedProse;
  rationale?: CarvedProse;
  fixText?: CarvedProse;
}

export function parseIdents(parent: XmlElement): { system: string; value: string }[] {
  return childElements(parent, 'ident').map((ident) => ({
    system: attr(ident, 'system') ?? '',
    value: normalizeWhitespace(textContent(ident)),
  }));
}

export function parseChecks(parent: XmlElement): CheckReference[] {
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

/** The English (or first) of several language variants of a prose child, told from their start tags. */
function localizedProse(prose: readonly CarvedProse[], name: string): CarvedProse | undefined {
  const variants = prose.filter((p) => p.name === name);
  return variants.find((v) => decodeXmlEntities(v.lang ?? 'en').startsWith('en')) ?? variants[0];
}

/** A carved Rule's description, rationale and fix text, chosen without parsing them. */
export function ruleProse(carved: CarvedRule): RuleProse {
  return {
    description: localizedProse(carved.prose, 'description'),
    rationale: localizedProse(carved.prose, 'rationale'),
    fixText: localizedProse(carved.prose, 'fixtext'),
  };
}

/**
 * The Rules a TestResult names, by id, parsed on demand. A Rule with no id is an error whatever it is.
 * With two Rules of one id, the later one counts (as a map keeps it).
 */
export class BenchmarkRules {
  private readonly byId = new Map<string, CarvedRule>();
  private readonly parsed = new Map<string, RuleMetadata>();
  /** Group titles by their XML: the Rules of one Group share it. */
  private readonly groupTitles = new Map<string, string | undefined>();

  constructor(carved: readonly CarvedRule[], wanted: ReadonlySet<string>) {
    for (const rule of carved) {
      const id = carvedRuleId(rule);
      if (!id) throw new XccdfContentError('a <Rule> without an id');
      if (wanted.has(id)) this.byId.set(id, rule);
    }
  }

  /** The carved Rule of `id`, unparsed. */
  carved(id: string): CarvedRule | undefined {
    return this.byId.get(id);
  }

  /** Ids in document order (of the Rule kept for each). */
  ids(): IterableIterator<string> {
    return this.byId.keys();
  }

  /** The metadata of the Rule `id`, parsed on the first call; undefined when the benchmark has no such Rule. */
  metadata(id: string): RuleMetadata | undefined {
    const known = this.parsed.get(id);
    if (known !== undefined) return known;
    const carved = this.byId.get(id);
    if (carved === undefined) return undefined;
    const meta = ruleMetadata(parseElement(carved.xml, 'Rule'), carved, this.groupTitle(carved.groupTitle));
    this.parsed.set(id, meta);
    return meta;
  }

  private groupTitle(xml: string | undefined): string | undefined {
    if (xml === undefined) return undefined;
    if (this.groupTitles.has(xml)) return this.groupTitles.get(xml);
    const title = plainText(parseElement(xml, 'title'));
    this.groupTitles.set(xml, title);
    return title;
  }
}

/** Parses one carved Rule into its metadata. */
function ruleMetadata(rule: XmlElement, carved: CarvedRule, groupTitle: string | undefined): RuleMetadata {
  const meta: RuleMetadata = {
    severity: attr(rule, 'severity'),
    weight: attr(rule, 'weight'),
    title: localizedText(rule, 'title'),
    version: plainText(firstChild(rule, 'version')),
    prose: ruleProse(carved),
    idents: parseIdents(rule),
    references: referenceTexts(carved.references),
    checks: parseChecks(rule),
    groupIds: carved.groupIds,
  };
  if (groupTitle) meta.groupTitle = groupTitle;
  return meta;
}

/**
 * The references the model reads: those that can name an SRG, a CCI (SSG's `<reference
 * href="https://public.cyber.mil/stigs/cci/">CCI-000366</reference>`) or an SP 800-53 control (SSG's
 * references to NIST's SP 800-53 publication). The carver keeps only the references whose XML has one of
 * `SRG-`, `CCI-`, `800-53`, an entity or character reference or a comment (see carve.ts): the others
 * cannot name one in their text either. They are parsed all of a Rule's at once.
 */
function referenceTexts(references: readonly string[]): ReferenceText[] {
  if (references.length === 0) return [];
  // <reference> is free text or Dublin Core children; either way its words are what we search.
  return childElements(parseReferences(references.join('')), 'reference').map((reference) => ({
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

/** The error a Rule's metadata read on demand gives: the file and the rule named. */
function onDemandError(source: string, ruleId: string, error: unknown): unknown {
  if (error instanceof XmlFragmentError || error instanceof XccdfContentError)
    return new ResultsFormatError(source, `rule ${ruleId}: ${error.message}`);
  return error;
}

/**
 * Gives `outcome` its description, rationale and fix text as properties computed on first read and then
 * kept: they are most of a benchmark's text, and only reports about failing rules read them, so each is
 * parsed (by fast-xml-parser, like every fragment) only then. Prose that does not parse is an error naming
 * the file and the rule, when it is read. Empty elements give no property.
 */
export function defineProse(source: string, outcome: RuleOutcome, prose: RuleProse): void {
  for (const key of ['description', 'rationale', 'fixText'] as const) {
    const carved = prose[key];
    // Only white space (or nothing) is no prose: no property, as for a missing element.
    if (carved === undefined || carved.empty) continue;
    defineOnDemand(outcome, [key], () => {
      try {
        // Text without markup or references is its own plain text: no parse (a third of the prose
        // of real benchmarks, most rationales).
        const value =
          carved.plain !== undefined
            ? normalizeWhitespace(carved.plain) || undefined
            : plainText(parseElement(carved.xml, carved.name));
        return { [key]: value };
      } catch (error) {
        throw onDemandError(source, outcome.ruleId, error);
      }
    });
  }
}

/**
 * Gives `target` the enumerable properties `keys`, computed together by `compute` on the first read of
 * any of them and kept from then on as plain data properties (a property assigned before is kept as
 * assigned). An error `compute` throws is thrown by that read, naming what it names.
 */
export function defineOnDemand<T extends object, K extends keyof T>(
  target: T,
  keys: readonly K[],
  compute: () => Pick<T, K>,
): void {
  const getters = new Map<PropertyKey, () => unknown>();
  const settle = (values: Pick<T, K>) => {
    for (const key of keys) {
      if (Object.getOwnPropertyDescriptor(target, key)?.get !== getters.get(key)) continue;
      Object.defineProperty(target, key, {
        value: values[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  };
  for (const key of keys) {
    const get = () => {
      settle(compute());
      return target[key];
    };
    getters.set(key, get);
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get,
      set(value: unknown) {
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      },
    });
  }
}

/** {@link onDemandError}, for the Rule metadata that xccdf.ts reads on demand. */
export function ruleMetadataError(source: string, ruleId: string, error: unknown): unknown {
  return onDemandError(source, ruleId, error);
}
