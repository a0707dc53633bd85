import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { carveDocument } from '../../src/results/carve.js';
import {
  XmlFragmentError,
  childElements,
  firstChild,
  parseXmlFragment,
  textContent,
  type XmlElement,
} from '../../src/results/xml-tree.js';
import { CLEAN_ARF, CLEAN_RESULTS, DATASTREAM, REMOTE_ACCESS_RESULTS } from '../support/paths.js';

function only(xml: string): XmlElement {
  const root = parseXmlFragment(xml);
  const elements = root.content.filter((c): c is XmlElement => typeof c !== 'string');
  expect(elements).toHaveLength(1);
  return elements[0]!;
}

describe('parseXmlFragment', () => {
  it('builds elements with local names, attributes and text in document order', () => {
    const rule = only(
      `<x:Rule id="r1" severity='high' x:weight = "2"><x:title xml:lang="en">A <x:sub idref="v"/> b</x:title><x:ident system="s">CCI-1</x:ident></x:Rule>`,
    );
    expect(rule.name).toBe('Rule');
    expect(rule.attributes).toEqual({ id: 'r1', severity: 'high', 'x:weight': '2' });
    expect(childElements(rule, 'ident').map(textContent)).toEqual(['CCI-1']);
    const title = firstChild(rule, 'title')!;
    expect(title.attributes['xml:lang']).toBe('en');
    expect(title.content).toHaveLength(3);
    expect(textContent(title).replace(/\s+/g, ' ')).toBe('A b');
  });

  it('keeps several top-level elements and drops the white space between them', () => {
    const root = parseXmlFragment('\n  <title>T</title>\n  <version>1</version>\n');
    expect(root.name).toBe('#fragment');
    expect(root.content.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['title', 'version']);
  });

  it('decodes only the predefined entities and numeric references, in text and attributes', () => {
    const element = only(
      `<t a="&quot;x&quot; &amp; &#x3C;y&#62;">&lt;b&gt; &amp;amp; &#233; &bogus; &unknown</t>`,
    );
    expect(element.attributes.a).toBe('"x" & <y>');
    expect(textContent(element)).toBe('<b> &amp; é &bogus; &unknown');
  });

  it('keeps CDATA as written (no entity decoding inside) and drops comments and processing instructions', () => {
    const element = only('<t>a<!-- <no>x</no> --><?pi <x>?><![CDATA[ <b> &amp; ]]>z</t>');
    expect(element.content).toEqual(['a', ' <b> &amp; ', 'z']);
  });

  it('treats attributes named like Object properties as plain attributes', () => {
    const element = only('<t __proto__="p" constructor="c"/>');
    expect(element.attributes.__proto__).toBe('p');
    expect(element.attributes.constructor).toBe('c');
    expect(only('<t/>').attributes.constructor).toBeUndefined();
  });

  it('reads a > inside a quoted attribute value as part of the value', () => {
    expect(only(`<t a="1 > 0" b='"q"'/>`).attributes).toEqual({ a: '1 > 0', b: '"q"' });
  });

  it.each([
    ['mismatched tags', '<a><b></a></b>', /mismatched tags: <b> is closed by <\/a>/],
    ['an element never closed', '<a><b/>', /<a> is never closed/],
    ['an end tag with nothing open', '</a>', /mismatched tags/],
    ['a stray <', '<a>1 < 2</a>', /not well-formed XML: "< 2<\/a>"/],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /not well-formed XML/],
    ['an attribute without quotes', '<a b=1/>', /not well-formed XML/],
  ])('refuses %s', (_what, xml, message) => {
    expect(() => parseXmlFragment(xml)).toThrow(XmlFragmentError);
    expect(() => parseXmlFragment(xml)).toThrow(message);
  });
});

/** A tree in a shape both parsers can be brought to: local names, non-xmlns attributes, merged trimmed text. */
interface Canonical {
  name: string;
  attributes: Record<string, string>;
  content: (Canonical | string)[];
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function canonicalAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes)
      .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
      .map(([name, value]) => [localName(name), value]),
  );
}

function mergeText(content: (Canonical | string)[]): (Canonical | string)[] {
  const merged: (Canonical | string)[] = [];
  for (const item of content) {
    const last = merged[merged.length - 1];
    if (typeof item === 'string' && typeof last === 'string') merged[merged.length - 1] = last + item;
    else merged.push(item);
  }
  return merged.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
}

function canonicalTree(element: XmlElement): Canonical {
  return {
    name: element.name,
    attributes: canonicalAttributes({ ...element.attributes }),
    content: mergeText(element.content.map((c) => (typeof c === 'string' ? c : canonicalTree(c)))),
  };
}

type OrderedNode = Record<string, unknown>;

/** fast-xml-parser's preserveOrder output: [{ name: [children], ':@': {attributes} } | { '#text': text }]. */
function canonicalFxp(node: OrderedNode): Canonical | string {
  if ('#text' in node) return String(node['#text']);
  const name = Object.keys(node).find((key) => key !== ':@')!;
  const children = node[name] as OrderedNode[];
  return {
    name,
    attributes: canonicalAttributes((node[':@'] as Record<string, string> | undefined) ?? {}),
    content: mergeText(children.map(canonicalFxp)),
  };
}

const fxp = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // The five XML entities and numeric references only, as parseXmlFragment decodes.
  processEntities: true,
  htmlEntities: false,
});

describe('parseXmlFragment agrees with fast-xml-parser on every carved fragment of real files', () => {
  it.each([CLEAN_RESULTS, CLEAN_ARF, REMOTE_ACCESS_RESULTS, DATASTREAM])('%s', async (file) => {
    async function* whole() {
      yield await readFile(file);
    }
    const carved = await carveDocument(whole());
    const fragments = [
      ...carved.rules.map((r) => r.xml),
      ...carved.testResults.map((t) => t.xml),
      ...carved.benchmarkHeader,
    ];
    expect(fragments.length).toBeGreaterThan(150);
    for (const xml of fragments) {
      const ours = canonicalTree(only(xml));
      const theirs = canonicalFxp((fxp.parse(xml) as OrderedNode[])[0]!);
      expect(ours).toEqual(theirs);
    }
  });
});

describe('parseXmlFragment on hostile input', () => {
  it.each([
    ['a quote in an attribute name', `<x b"=">hidden</x><y z='a"/>'/>`],
    ['a < in an attribute value', '<x a="1<2"/>'],
  ])('refuses %s', (_what, xml) => {
    expect(() => parseXmlFragment(xml)).toThrow(XmlFragmentError);
  });

  it('flattens text nested 100,000 elements deep without overflowing the stack', () => {
    const depth = 100_000;
    const element = only(`${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)}`);
    expect(textContent(element).trim()).toBe('deep');
  });
});
