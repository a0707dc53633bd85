/**
 * oscap's own results files (results-arf.xml, results.xml) with what it collected from the image redacted
 * by the same rules as the reports' evidence (why/redact.ts): each OVAL item's fields through
 * {@link redactItemFields}, variable values through {@link redactVariableValue}, and oscap's messages and
 * SCE script output (`check-import`) through {@link redactText}. Everything else is written back as read.
 *
 * Read and written by fast-xml-parser, whole, names as written: the data stream the ARF embeds
 * (`report-requests`) and OVAL results' copy of the definitions are stop nodes, kept as their bytes, never
 * parsed (nothing in them comes from the image, and they are most of a real ARF). Entities: the five
 * predefined ones and character references only; a DTD is refused (see xml-fragment.ts).
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { redactItemFields, redactText, redactVariableValue } from './why/redact.js';
import type { EvidenceField } from './why-model.js';
import { entityDecoder, XmlFragmentError } from './xml-fragment.js';

/** What redaction did to one document. */
export interface RedactedDocument {
  xml: string;
  /** How many values (item fields, variable values, messages, script outputs) were replaced. */
  replaced: number;
}

const TEXT = '#text';
const CDATA = '#cdata';
const COMMENT = '#comment';
const ATTRIBUTES = ':@';

/** Parts of a results file kept as their bytes: the content as given to oscap, holding nothing it read. */
const KEPT_AS_WRITTEN = ['*.arf:report-requests', '*.oval_definitions'];

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: false,
  ignorePiTags: false,
  commentPropName: COMMENT,
  cdataPropName: CDATA,
  entityDecoder,
  stopNodes: KEPT_AS_WRITTEN,
  maxNestedTags: 1000,
});

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  commentPropName: COMMENT,
  cdataPropName: CDATA,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: true,
  stopNodes: KEPT_AS_WRITTEN,
});

type OrderedNode = Record<string, unknown>;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The element name of an ordered node (its one key that is not the attributes). */
function tagOf(node: OrderedNode): string | undefined {
  for (const key in node) if (key !== ATTRIBUTES) return key;
  return undefined;
}

function childrenOf(node: OrderedNode, tag: string): OrderedNode[] {
  const value = node[tag];
  return Array.isArray(value) ? (value as OrderedNode[]) : [];
}

/** All text inside, CDATA included, in document order. */
function textOf(nodes: OrderedNode[]): string {
  let text = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === TEXT) text += String(node[TEXT]);
    else if (tag !== undefined && tag !== COMMENT && !tag.startsWith('?'))
      text += textOf(childrenOf(node, tag));
  }
  return text;
}

/** An element's content replaced by one text (CDATA kept as CDATA). */
function setText(node: OrderedNode, tag: string, text: string): void {
  const cdata = childrenOf(node, tag).some((child) => tagOf(child) === CDATA);
  node[tag] = cdata ? [{ [CDATA]: [{ [TEXT]: text }] }] : [{ [TEXT]: text }];
}

class Redactor {
  replaced = 0;

  /** An element's whole text through `redact`, replaced when it changed. */
  private redactElement(node: OrderedNode, tag: string, redact: (text: string) => string): void {
    const before = textOf(childrenOf(node, tag));
    const after = redact(before);
    if (after === before) return;
    setText(node, tag, after);
    this.replaced++;
  }

  /** An OVAL item: its fields (child elements, by local name) through the evidence's item rules. */
  private redactItem(item: OrderedNode, tag: string): void {
    const elements = childrenOf(item, tag).filter((child) => {
      const name = tagOf(child);
      return name !== undefined && name !== TEXT && name !== COMMENT && name !== CDATA;
    });
    const fields: EvidenceField[] = elements.map((element) => {
      const name = tagOf(element)!;
      return { name: localName(name), value: textOf(childrenOf(element, name)) };
    });
    const redacted = redactItemFields(localName(tag), fields);
    redacted.forEach((field, i) => {
      if (field.value === fields[i]!.value) return;
      const element = elements[i]!;
      setText(element, tagOf(element)!, field.value);
      this.replaced++;
    });
  }

  walk(nodes: OrderedNode[], inSystemData = false): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === undefined || tag === TEXT || tag === COMMENT || tag === CDATA || tag.startsWith('?'))
        continue;
      const name = localName(tag);
      if (inSystemData) this.redactItem(node, tag);
      else if (name === 'variable_value' || name === 'tested_variable')
        this.redactElement(node, tag, redactVariableValue);
      else if (name === 'message' || name === 'check-import') this.redactElement(node, tag, redactText);
      else this.walk(childrenOf(node, tag), name === 'system_data');
    }
  }
}

/**
 * `xml` (an ARF, XCCDF results or OVAL results document) with every value oscap read from the image
 * redacted; `source` names it in errors. Throws {@link XmlFragmentError} for what is not well-formed XML or
 * holds a DTD.
 */
export function redactResultsDocument(xml: string, source: string): RedactedDocument {
  let tree: OrderedNode[];
  try {
    tree = parser.parse(xml) as OrderedNode[];
  } catch (error) {
    if (error instanceof XmlFragmentError) throw new XmlFragmentError(`${source}: ${error.message}`);
    throw new XmlFragmentError(`${source}: not XML stig-gate can redact: ${(error as Error).message}`);
  }
  const redactor = new Redactor();
  redactor.walk(tree);
  const built = builder.build(tree) as string;
  return { xml: built, replaced: redactor.replaced };
}
