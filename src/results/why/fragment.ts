/**
 * Carved OVAL and TestResult fragments as a small read-only tree, for the evidence readers: parsed by the
 * one fast-xml-parser wrapper of the results layer (xml-fragment.ts: validated, the five XML entities and
 * character references only, DTDs refused), then viewed with local names. Namespace prefixes are dropped
 * from attributes too: OVAL's test, object and item names are unique across its platform schemas, and the
 * type is kept as the local name (`textfilecontent54_test`).
 */
import { parseXmlFragment, XmlFragmentError, type XmlElement } from '../xml-fragment.js';

/** An element: its local name, attributes (local names), text and child elements in order. */
export interface XmlNode {
  name: string;
  attributes: Readonly<Record<string, string>>;
  /** The element's own text (not its children's), as written. */
  text: string;
  children: readonly XmlNode[];
}

/** Raised for a fragment fast-xml-parser refuses; the reader adds the file name. */
export class EvidenceFragmentError extends Error {
  override readonly name = 'EvidenceFragmentError';
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function toNode(element: XmlElement): XmlNode {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(element.attributes)) attributes[localName(key)] = value;
  let text = '';
  const children: XmlNode[] = [];
  for (const part of element.content) {
    if (typeof part === 'string') text += part;
    else children.push(toNode(part));
  }
  return { name: element.name, attributes, text, children };
}

/**
 * The one top-level element of `xml`. Throws {@link EvidenceFragmentError} when there is none. `element`
 * names the fragment in errors (`<TestResult id="…">`); without it, it is an OVAL results element.
 */
export function parseFragment(xml: string, element?: string): XmlNode {
  // The carver passes over most of a wanted element by its end tag, unseen: a DTD inside it is refused
  // here, with a message that says so, before the parser sees it.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new EvidenceFragmentError(
      `${element === undefined ? 'an OVAL results element holds' : `in ${element}:`} a DTD (<!DOCTYPE or <!ENTITY); ` +
        'stig-gate refuses DTDs so that no entity is expanded',
    );
  }
  let root: XmlElement;
  try {
    root = parseXmlFragment(xml);
  } catch (error) {
    if (!(error instanceof XmlFragmentError)) throw error;
    throw new EvidenceFragmentError(
      element === undefined
        ? `an OVAL results element is not well-formed: ${error.message}`
        : `in ${element}: ${error.message}`,
    );
  }
  const first = root.content.find((part): part is XmlElement => typeof part !== 'string');
  if (!first) throw new EvidenceFragmentError(`${element ?? 'an OVAL results element'} could not be parsed`);
  return toNode(first);
}

/** Child elements named `name`. */
export function childrenNamed(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((child) => child.name === name) : [];
}

/** The first child element named `name`. */
export function childNamed(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((child) => child.name === name);
}

/** All text inside an element, its children's included, in document order. */
export function allText(node: XmlNode): string {
  return node.text + node.children.map(allText).join('');
}
