/**
 * Element trees for the small fragments the carver cuts out of a results file: Rules, TestResults and the
 * Benchmark's header, a few hundred kB whatever the file's size.
 *
 * Why not fast-xml-parser here: measured on the real samples (198 Rules and a TestResult, ~200 kB), it needs
 * 50–80 ms in a fresh process — most of `summarize`'s own time, and more than the whole budget the results
 * engine has against xmllint. One sticky regular expression turns them into trees in under 15 ms, and is
 * the check of their inside: the carver only found where each begins and ends, so anything that is not a
 * well-formed element, text, CDATA, comment or processing instruction (a DTD, mismatched or unclosed tags,
 * a '<' in a tag) is an error here.
 * What is read: elements, attributes, text, CDATA; comments and processing instructions are dropped.
 * Only the predefined entities and numeric references are decoded; nothing is ever expanded.
 */
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

/**
 * One token at a time, anchored (`y`): a start tag (name, attributes, `/` when empty), an end tag, text,
 * CDATA, a comment or a processing instruction. Anything else where a token should start is an error.
 */
const TOKEN =
  /<([^\s/>!?"'<]+)((?:\s+[^\s=/>"'<]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\/([^\s>"'<]+)\s*>|([^<]+)|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/y;
// A name starts the text or follows white space: unanchored, a long run of name characters with no '='
// after it was tried from each of its characters (quadratic; 4 s for a 50 kB tag).
const ATTRIBUTE = /(?<![^\s])([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(
  Object.create(null) as Record<string, string>,
);

interface OpenElement {
  written: string;
  element: { name: string; attributes: Readonly<Record<string, string>>; content: (XmlElement | string)[] };
}

/**
 * Parses a fragment — one or more elements, as carved — into a synthetic root element named `#fragment`
 * whose content is the fragment's top-level elements (white space between them is dropped).
 */
export function parseXmlFragment(xml: string): XmlElement {
  const root: OpenElement = {
    written: '#fragment',
    element: { name: '#fragment', attributes: {}, content: [] },
  };
  const stack: OpenElement[] = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(xml);
    if (token === null)
      throw new XmlFragmentError(`not well-formed XML: ${JSON.stringify(xml.slice(at, at + 40))}`);
    const parent = stack[stack.length - 1]!;
    // Indexed, not destructured: array destructuring goes through the iterator protocol, which in code
    // not yet optimised (a results file is read once per process) was ~40% of this loop.
    const startName = token[1];
    if (startName !== undefined) {
      const attributeText = token[2];
      const colon = startName.indexOf(':');
      const element = {
        name: colon === -1 ? startName : startName.slice(colon + 1),
        attributes: attributeText ? parseAttributes(attributeText) : NO_ATTRIBUTES,
        content: [],
      };
      parent.element.content.push(element);
      if (!token[3]) stack.push({ written: startName, element });
      continue;
    }
    const endName = token[4];
    if (endName !== undefined) {
      if (stack.length === 1 || parent.written !== endName) {
        throw new XmlFragmentError(`mismatched tags: <${parent.written}> is closed by </${endName}>`);
      }
      stack.pop();
      continue;
    }
    // Indentation between top-level elements is no content of anything.
    if (stack.length === 1) continue;
    const text = token[5];
    if (text !== undefined) parent.element.content.push(decodeXmlEntities(text));
    else if (token[6] !== undefined) parent.element.content.push(token[6]);
  }
  if (stack.length > 1) throw new XmlFragmentError(`<${stack[stack.length - 1]!.written}> is never closed`);
  return root.element;
}

function parseAttributes(text: string): Record<string, string> {
  // No prototype: an attribute named __proto__ or constructor is just an attribute.
  const attributes = Object.create(null) as Record<string, string>;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match !== null; match = ATTRIBUTE.exec(text)) {
    attributes[match[1]!] = decodeXmlEntities(match[2] ?? match[3] ?? '');
  }
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
  // A stack, not recursion: hostile XHTML nested thousands deep must not overflow the call stack.
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
