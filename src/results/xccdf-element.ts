/**
 * Reading parsed XCCDF fragments: the one top-level element of a carved fragment, attributes, plain text
 * and language variants. Shared by the TestResult/header reader (xccdf.ts) and the Rule reader
 * (rule-metadata.ts).
 */
import { attribute } from './carve.js';
import { normalizeWhitespace } from './xml-text.js';
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
export function parseElement(xml: string, name: string): XmlElement {
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

export function attr(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes[name];
}

/** Plain text of an element that may carry XHTML: markup dropped, white space normalised; undefined if empty. */
export function plainText(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const plain = normalizeWhitespace(textContent(element));
  return plain === '' ? undefined : plain;
}

/** The English (or first) of several language variants of a child element. */
export function localizedElement(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  const variants = childElements(parent, name);
  return (
    variants.find((v) => (attr(v, 'xml:lang') ?? attr(v, 'lang') ?? 'en').startsWith('en')) ?? variants[0]
  );
}

/** The English (or first) text among several language variants of a child element. */
export function localizedText(parent: XmlElement | undefined, name: string): string | undefined {
  return plainText(localizedElement(parent, name));
}
