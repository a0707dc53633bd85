import { describe, expect, it } from 'vitest';
import {
  XmlFragmentError,
  childElements,
  firstChild,
  parseXmlFragment,
  textContent,
  type XmlElement,
} from '../../src/results/xml-fragment.js';

function only(xml: string): XmlElement {
  const root = parseXmlFragment(xml);
  const elements = root.content.filter((c): c is XmlElement => typeof c !== 'string');
  expect(elements).toHaveLength(1);
  return elements[0]!;
}

describe('parseXmlFragment (fast-xml-parser)', () => {
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
      `<t a="&quot;x&quot; &amp; &#x3C;y&#62;">&lt;b&gt; &amp;amp; &#233; &bogus; &nbsp;</t>`,
    );
    expect(element.attributes.a).toBe('"x" & <y>');
    expect(textContent(element)).toBe('<b> &amp; é &bogus; &nbsp;');
  });

  it('keeps CDATA as written (no entity decoding inside) and drops comments and processing instructions', () => {
    const element = only('<t>a<!-- <no>x</no> --><?pi x?><![CDATA[ <b> &amp; ]]>z</t>');
    expect(textContent(element)).toBe('a <b> &amp; z');
    expect(element.content.every((c) => typeof c === 'string')).toBe(true);
  });

  it('reads a > inside a quoted attribute value as part of the value', () => {
    expect(only(`<t a="1 > 0" b='"q"'/>`).attributes).toEqual({ a: '1 > 0', b: '"q"' });
  });

  it('gives an element without attributes no inherited ones', () => {
    expect(only('<t/>').attributes.constructor).toBeUndefined();
  });

  // XML forbids it, fast-xml-parser's validator lets it pass: the value is plain text to every report.
  it("keeps a '<' inside an attribute value as text", () => {
    expect(only('<x a="1<2"/>').attributes.a).toBe('1<2');
  });

  it.each([
    ['mismatched tags', '<a><b></a></b>', /not well-formed XML .*Expected closing tag 'b'/],
    ['an element never closed', '<a><b/>', /not well-formed XML .*Expected closing tag 'a'/],
    ['an end tag with nothing open', '</a>', /not well-formed XML/],
    ['a stray <', '<a>1 < 2</a>', /not well-formed XML/],
    ['an attribute without quotes', '<a b=1/>', /not well-formed XML/],
    ['a quote in an attribute name', `<x b"=">hidden</x><y z='a"/>'/>`, /not well-formed XML/],
    // fast-xml-parser guards the objects it builds against prototype pollution; no XCCDF name is one of these.
    ['an attribute named __proto__', '<t __proto__="p"/>', /does not read: .*"__proto__"/],
    ['an attribute named constructor', '<t constructor="c"/>', /does not read: .*"constructor"/],
    ['an element named prototype', '<prototype/>', /does not read: .*"prototype"/],
  ])('refuses %s', (_what, xml, message) => {
    expect(() => parseXmlFragment(xml)).toThrow(XmlFragmentError);
    expect(() => parseXmlFragment(xml)).toThrow(message);
  });
});

describe('no DTD-declared entity is ever expanded', () => {
  // fast-xml-parser reads a DOCTYPE wherever it finds one, and with its own entity decoder would expand
  // what it declares ('boom' here); its validator accepts this. The fragment parser must refuse it.
  it.each([
    ['an internal entity', '<a><!DOCTYPE a [<!ENTITY x "boom">]>&x;</a>'],
    ['an external entity', '<a><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>&x;</a>'],
    ['a DOCTYPE without entities', '<a><!DOCTYPE a>text</a>'],
    ['a DOCTYPE before the element', '<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>'],
  ])('refuses %s', (_what, xml) => {
    let thrown: unknown;
    try {
      parseXmlFragment(xml);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(XmlFragmentError);
    expect((thrown as Error).message).toMatch(/DOCTYPE|External entities are not supported/);
    expect((thrown as Error).message).not.toContain('boom');
  });

  it('leaves an undeclared entity reference as written', () => {
    expect(textContent(only('<a>&x; &lol9;</a>'))).toBe('&x; &lol9;');
  });
});

describe('markup that is neither element, comment, CDATA nor processing instruction is refused', () => {
  // fast-xml-parser's validator accepts these, and its parser reads each as an element named '!…' that
  // holds every following sibling: rule-results after a '<!X>' in a TestResult would vanish unread.
  it.each([
    [1, '<a><b>1</b><!X><c>2</c></a>', /unexpected markup '<!X'/],
    [2, '<a><b>1</b><!X foo><c>2</c></a>', /unexpected markup '<!X'/],
    [3, '<a><b>1</b><!x:c><c>2</c></a>', /unexpected markup '<!x:c'/],
    [4, '<a><b>1</b><!X/><c>2</c></a>', /unexpected markup '<!X'/],
    [5, '<a><b>1</b><! X><c>2</c></a>', /unexpected markup '<!'/],
    [6, '<a><b>1</b><!- x -><c>2</c></a>', /unexpected markup '<!-'/],
    [7, '<a><b>1</b><!ENTITY x "y"><c>2</c></a>', /DTD declaration '<!ENTITY' .*refuses DTDs/],
    [8, '<a><!ELEMENT c ANY><c>2</c></a>', /DTD declaration '<!ELEMENT' .*refuses DTDs/],
    [9, '<a><!ATTLIST c x CDATA #IMPLIED><c>2</c></a>', /DTD declaration '<!ATTLIST'/],
    [10, '<a><!NOTATION n SYSTEM "x"><c>2</c></a>', /DTD declaration '<!NOTATION'/],
    // fast-xml-parser reads any '<![' as CDATA, up to the next ']]>': what it holds would be read as text.
    [11, '<a><b>1</b><![x[<c>2</c>]]><d/></a>', /unexpected markup '<!\[x\[<c>2': it is not CDATA/],
    [12, '<a><![ <c>2</c> ]]></a>', /unexpected markup '<!\[ <c>/],
    [13, '<a><![cdata[<c>2</c>]]></a>', /unexpected markup '<!\[cdata\['/],
  ])('%i. %s', (_n, xml, message) => {
    expect(() => parseXmlFragment(xml)).toThrow(XmlFragmentError);
    expect(() => parseXmlFragment(xml)).toThrow(message);
  });

  it('keeps the siblings around comments, CDATA and processing instructions', () => {
    const root = only('<a><b>1</b><!-- <!X> <![x[ --><![CDATA[<!X> <![x[]]><?pi <!X>?><c>2</c></a>');
    expect(root.content.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['b', '<!X> <![x[', 'c']);
  });
});

describe('parseXmlFragment on deep nesting', () => {
  it('flattens text nested 900 elements deep', () => {
    const depth = 900;
    const element = only(`${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)}`);
    expect(textContent(element).trim()).toBe('deep');
  });

  it('refuses nesting 100,000 deep with an error, not a stack overflow', () => {
    const depth = 100_000;
    expect(() => parseXmlFragment(`${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)}`)).toThrow(
      /does not read: Maximum nested tags exceeded/,
    );
  });
});
