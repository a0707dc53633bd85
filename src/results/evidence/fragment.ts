/**
 * Carved OVAL and TestResult fragments parsed with fast-xml-parser, into a small read-only tree. The
 * carver has already refused DTDs, so no entity beyond XML's own and character references is ever
 * expanded. Namespace prefixes are dropped: OVAL's test, object and item names are unique across its
 * platform schemas, and the type is kept as the local name (`textfilecontent54_test`).
 */
import { XMLParser } from 'fast-xml-parser';

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

const TEXT = '#text';
const ATTRIBUTES = ':@';

// preserveOrder keeps children in document order and one-or-many uniform (always a list).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Needed for hexadecimal character references (&#x1b;); named HTML entities are never in OpenSCAP output.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

type Ordered = Record<string, unknown>;

function toNode(raw: Ordered): XmlNode | undefined {
  const name = Object.keys(raw).find((key) => key !== ATTRIBUTES);
  if (name === undefined || name === TEXT) return undefined;
  const attributes: Record<string, string> = {};
  const rawAttributes = raw[ATTRIBUTES];
  if (rawAttributes !== null && typeof rawAttributes === 'object') {
    for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
  }
  const children: XmlNode[] = [];
  let text = '';
  const content = raw[name];
  if (Array.isArray(content)) {
    for (const entry of content as Ordered[]) {
      if (Object.hasOwn(entry, TEXT)) text += String(entry[TEXT]);
      else {
        const child = toNode(entry);
        if (child) children.push(child);
      }
    }
  }
  return { name, attributes, text, children };
}

/** The one top-level element of `xml`. Throws {@link EvidenceFragmentError} when there is none. */
export function parseFragment(xml: string): XmlNode {
  // The carver passes over most of a wanted element by its end tag, unseen: a DTD inside it is refused
  // here, before fast-xml-parser (which would expand its entities) sees it.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new EvidenceFragmentError(
      'an OVAL results element holds a DTD (<!DOCTYPE or <!ENTITY); stig-gate refuses DTDs so that no entity is expanded',
    );
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (error) {
    throw new EvidenceFragmentError(`an OVAL results element is not well-formed: ${String(error)}`);
  }
  const first = Array.isArray(parsed) ? (parsed as Ordered[]).map(toNode).find(Boolean) : undefined;
  if (!first) throw new EvidenceFragmentError('an OVAL results element could not be parsed');
  return first;
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
