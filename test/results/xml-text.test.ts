import { describe, expect, it } from 'vitest';
import { decodeXmlEntities } from '../../src/results/xml-text.js';
import { parseXmlFragment } from '../../src/results/xml-fragment.js';

describe('decodeXmlEntities', () => {
  it('reads a reference to a character XML does not allow as U+FFFD', () => {
    expect(decodeXmlEntities('a&#xD800;b&#1;c&#xFFFE;d&#65535;e')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde');
  });

  it('keeps every character XML allows, from tab to the astral planes', () => {
    expect(decodeXmlEntities('&#9;&#xA;&#13;&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x1F600;&#x10FFFF;')).toBe(
      '\t\n\r \ud7ff\ue000\ufffd😀\u{10ffff}',
    );
  });

  it('gives the reports well-formed Unicode: no lone surrogate survives the reader', () => {
    const element = parseXmlFragment('<t a="&#xDC00;">x&#xD83D;y</t>').content[0];
    expect(element).toMatchObject({ attributes: { a: '\ufffd' }, content: ['x\ufffdy'] });
    expect(JSON.stringify(element)).not.toMatch(/\\ud[89a-f]/i);
  });
});
