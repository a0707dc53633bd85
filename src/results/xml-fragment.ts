/**
 * Element trees for the fragments the carver cuts out of a results file (Rules, TestResults, the
 * Benchmark's header), parsed by fast-xml-parser. The carver only found where each fragment begins and
 * ends; here fast-xml-parser's validator checks its inside (mismatched or unclosed tags, a '<' in a tag)
 * and its parser builds the tree. Markup the validator lets pass but no scanner writes (`<!X …>`, a DTD's
 * `<!ENTITY …>` or `<!ELEMENT …>`, a `<![` that is not CDATA), which the parser would read as an element or
 * CDATA holding the siblings after it, is refused.
 *
 * Entities: only the five predefined ones and numeric character references are decoded (by
 * {@link decodeXmlEntities}, given to fast-xml-parser as its entity decoder). A DOCTYPE inside a fragment,
 * which fast-xml-parser would read and whose entities it would expand, is refused: the decoder throws as
 * soon as the parser hands it a declared entity set, so no DTD-declared entity is ever expanded.
 * What is read: elements, attributes, text, CDATA; comments and processing instructions are dropped.
 */
import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';
import { decodeXmlEntities } from './xml-text.js';

/** An element: local name, attributes by their written name, and its children in document order. */
export interface XmlElement {
  /** Local name: `xccdf-1.2:Rule` → `Rule` (the carver resolved the namespace of each carved element). */
  readonly name: string;
  /** Attribute values by name as written (`id`, `xml:lang`), entities decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Child elements and text (entities decoded, CDATA as written), in document order. */
  readonly content: readonly (XmlElement | string)[];
}

/** Raised for a fragment that is not well-formed; the reader adds the file name. */
export class XmlFragmentError extends Error {
  override readonly name = 'XmlFragmentError';
}

/** Nesting deeper than this is no results file (real XCCDF prose nests a handful of levels). */
const MAX_DEPTH = 1000;

/**
 * The largest fragment parsed. fast-xml-parser builds a text node one character at a time and needs about
 * 40 times a large text's size in memory: a 128 MB script output in a TestResult ran Node out of heap after a
 * minute. Past this, an error names the fragment instead (real TestResults of 2,000 rules are a few MB).
 */
const MAX_FRAGMENT_CHARS = 32 * 2 ** 20;

const TEXT = '#text';
const ATTRIBUTES = ':@';

/** The five predefined entities and numeric references only; a DTD's entities are refused, never kept. */
export const entityDecoder: EntityDecoderOptions = {
  decode: decodeXmlEntities,
  reset() {},
  setXmlVersion() {},
  addInputEntities() {
    throw new XmlFragmentError(
      'a DOCTYPE declaration inside an element; stig-gate refuses DTDs so that no entity is expanded',
    );
  },
  setExternalEntities(entities) {
    if (Object.keys(entities).length > 0) throw new XmlFragmentError('external entities are refused');
  },
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Values as written: no number or boolean parsing, no trimming (titles are normalised by the caller).
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  entityDecoder,
  maxNestedTags: MAX_DEPTH,
  // Tag names by local name (the carver checked the namespaces); attribute names stay as written.
  transformTagName: (name: string) => {
    if (name.charCodeAt(0) === BANG) throw bangMarkup(name);
    return localName(name);
  },
  jPath: false,
});

type OrderedNode = Record<string, unknown>;

const BANG = 0x21;

/** The declarations a DTD is made of; anywhere in a fragment they are a DTD's markup, refused as a DOCTYPE is. */
const DTD_DECLARATIONS = ['ENTITY', 'ELEMENT', 'ATTLIST', 'NOTATION'];

/**
 * fast-xml-parser's validator accepts `<!X …>` (and `<!ENTITY …>`, `<!ELEMENT …>`, …) outside a DOCTYPE, and
 * its parser then reads the markup as the start tag of an element named `!X` that holds every sibling after
 * it: rule-results after it would vanish from their TestResult. No scanner writes such markup; the parser
 * hands us its name as a tag name (before the namespace prefix is dropped), and we refuse it there.
 */
function bangMarkup(name: string): XmlFragmentError {
  const markup = `<${name.replace(/\/$/, '').slice(0, 40)}`;
  if (DTD_DECLARATIONS.includes(name.slice(1).replace(/\/$/, ''))) {
    return new XmlFragmentError(
      `a DTD declaration '${markup}' inside an element; OpenSCAP never writes one, and stig-gate refuses ` +
        'DTDs so that no entity is expanded',
    );
  }
  return new XmlFragmentError(`unexpected markup '${markup}': it is not XML, and OpenSCAP never writes it`);
}

/**
 * Refuses `<![` that does not begin CDATA: fast-xml-parser reads any `<![` as CDATA up to the next `]]>`,
 * so elements after it would be read as text. Comments and CDATA sections are passed over, so a `<![` they
 * hold as text is fine (one inside a processing instruction is refused; no scanner writes that either).
 */
function checkMarkedSections(xml: string): void {
  for (let at = xml.indexOf('<!'); at !== -1;) {
    let next = at + 2;
    if (xml.startsWith('<!--', at)) next = xml.indexOf('-->', at + 4);
    else if (xml.startsWith('<![CDATA[', at)) next = xml.indexOf(']]>', at + 9);
    else if (xml.startsWith('<![', at)) {
      throw new XmlFragmentError(
        `unexpected markup '${xml.slice(at, at + 9)}': it is not CDATA, and OpenSCAP never writes it`,
      );
    }
    // An unclosed comment or CDATA section is the parser's to report.
    if (next === -1) return;
    at = xml.indexOf('<!', next);
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * Parses a fragment — one or more elements, as carved — into a synthetic root element named `#fragment`
 * whose content is the fragment's top-level elements (white space between them is dropped).
 */
export function parseXmlFragment(xml: string): XmlElement {
  if (xml.length > MAX_FRAGMENT_CHARS) {
    const mb = (xml.length / 2 ** 20).toFixed(0);
    throw new XmlFragmentError(
      `one element of ${mb} MB (a TestResult, Rule or OVAL item, e.g. a script's output or a matched line), ` +
        `past the ${MAX_FRAGMENT_CHARS / 2 ** 20} MB stig-gate reads in one piece; no scan of an image writes one ` +
        'that large unless a check printed or matched a very large file: see scan.log',
    );
  }
  // One synthetic root, so that a header of several elements is one document to the validator.
  const wrapped = `<fragment>${xml}</fragment>`;
  const valid = XMLValidator.validate(wrapped);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new XmlFragmentError(`not well-formed XML (line ${line}, column ${col}): ${msg}`);
  }
  checkMarkedSections(xml);
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(wrapped) as OrderedNode[];
  } catch (error) {
    if (error instanceof XmlFragmentError) throw error;
    // What fast-xml-parser refuses beyond well-formedness: nesting deeper than MAX_DEPTH, and names such as
    // __proto__ or constructor (it guards the objects it builds against prototype pollution).
    throw new XmlFragmentError(`XML that stig-gate does not read: ${(error as Error).message}`);
  }
  const root = toElements(nodes)[0];
  if (root === undefined || typeof root === 'string') throw new XmlFragmentError('no element found');
  // Indentation between top-level elements is no content of anything.
  return {
    name: '#fragment',
    attributes: {},
    content: root.content.filter((c) => typeof c !== 'string'),
  };
}

/** fast-xml-parser's ordered nodes (`{ tag: children, ':@': attributes }`, `{ '#text': text }`) as elements. */
function toElements(nodes: OrderedNode[]): (XmlElement | string)[] {
  // A stack, not recursion: the depth is bounded by the parser, but the conversion need not rely on it.
  const top: (XmlElement | string)[] = [];
  const pending: { nodes: OrderedNode[]; into: (XmlElement | string)[] }[] = [{ nodes, into: top }];
  while (pending.length > 0) {
    const { nodes: level, into } = pending.pop()!;
    for (const node of level) {
      for (const key in node) {
        if (key === ATTRIBUTES) continue;
        const value = node[key];
        if (key === TEXT) {
          into.push(String(value));
          continue;
        }
        const content: (XmlElement | string)[] = [];
        into.push({ name: key, attributes: attributesOf(node[ATTRIBUTES]), content });
        pending.push({ nodes: value as OrderedNode[], into: content });
      }
    }
  }
  return top;
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(
  Object.create(null) as Record<string, string>,
);

function attributesOf(raw: unknown): Readonly<Record<string, string>> {
  if (raw === undefined) return NO_ATTRIBUTES;
  // No prototype: an attribute named constructor is just an attribute.
  const attributes = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(raw as Record<string, unknown>))
    attributes[name] = String(value);
  return attributes;
}

/** The child elements of `element` named `name` (local name). */
export function childElements(element: XmlElement | undefined, name: string): XmlElement[] {
  if (element === undefined) return [];
  const found: XmlElement[] = [];
  for (const child of element.content)
    if (typeof child !== 'string' && child.name === name) found.push(child);
  return found;
}

/** The first child element of `element` named `name`. */
export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (element === undefined) return undefined;
  for (const child of element.content) if (typeof child !== 'string' && child.name === name) return child;
  return undefined;
}

/**
 * All the text inside `element`, markup dropped. Element boundaries count as a space so that words in
 * neighbouring XHTML blocks (`<p>a</p><p>b</p>`) do not run together; callers normalise white space.
 */
export function textContent(element: XmlElement): string {
  const parts: string[] = [];
  const pending: (XmlElement | string)[] = [...element.content].reverse();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') parts.push(next);
    else {
      parts.push(' ');
      pending.push(' ');
      for (let i = next.content.length - 1; i >= 0; i--) pending.push(next.content[i]!);
    }
  }
  return parts.join('');
}
